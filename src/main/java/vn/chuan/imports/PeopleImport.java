package vn.chuan.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.people.Assignment;
import vn.chuan.people.InvalidPersonDataException;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonHistory;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.Qualification;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.Shares;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.WorkingAge;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Import of people in the interchange format. {@link #analyse} reads and checks a file and says,
 * per row, what would happen; {@link #apply} writes it in one transaction: all rows, or with
 * {@code validRowsOnly} the valid ones, or nothing. Importing the same file twice changes nothing
 * the second time.
 */
@Service
public class PeopleImport {

    private static final int CHUNK = 500;

    private final PersonRegistry registry;
    private final Units units;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PersonnelFiles dossiers;

    PeopleImport(PersonRegistry registry, Units units, TransactionTemplate transaction, Clock clock, PersonnelFiles dossiers) {
        this.dossiers = dossiers;
        this.registry = registry;
        this.units = units;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Reads a small file held in memory, as the state today; larger ones should come as an {@link ImportSource} over a file. */
    public ImportAnalysis analyse(UserScope scope, InputStream input, String fileName, ImportProgress progress) {
        return analyse(scope, input, fileName, ListDate.TODAY, progress);
    }

    /** Reads a small file held in memory as the state on {@code list}'s date. */
    public ImportAnalysis analyse(UserScope scope, InputStream input, String fileName, ListDate list, ImportProgress progress) {
        try {
            return analyse(scope, ImportSource.of(input.readAllBytes()), fileName, list, progress);
        } catch (IOException e) {
            return new ImportAnalysis(fileName, list, List.of(Messages.text("imports.unreadableFile")), List.of(), List.of(),
                    List.of(), 0,
                    null);
        }
    }

    /**
     * Reads and checks the whole file, streaming, and says per row what importing it would do on
     * the date it describes (and, for a complete list, who leaves). Writes nothing.
     */
    public ImportAnalysis analyse(UserScope scope, ImportSource source, String fileName, ListDate list, ImportProgress progress) {
        Run run = new Run(scope, list, LocalDate.now(clock), fileName);
        Optional<String> refusal = list.refusal(run.today());
        if (refusal.isPresent()) {
            return new ImportAnalysis(fileName, list, List.of(refusal.get()), List.of(), List.of(), List.of(), 0, source);
        }
        List<RowPlan> plans = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Scan scan = scan(run, source, errors, (chunk, done) -> {
            plan(run, chunk, errors, registry.findByCodes(codes(chunk))).forEach(row -> plans.add(row.plan()));
            progress.update(Messages.text("imports.job.reading"), done, -1);
        });
        List<String> fileErrors = scan.fileErrors();
        errors.sort(Comparator.comparingInt(RowError::row));
        if (fileErrors.isEmpty() && list.complete()) {
            leavers(run, scan).forEach(leaver -> plans.add(leaver.plan()));
        }
        ImportAnalysis analysis = new ImportAnalysis(fileName, list, fileErrors, scan.warnings(), fileErrors.isEmpty() ? errors : List.of(),
                fileErrors.isEmpty() ? plans : List.of(), scan.rows(), source);
        if (fileErrors.isEmpty()) {
            // The personnel file's sheets of the same workbook, checked as they would be written after the people.
            Set<String> created = plans.stream().filter(p -> p.action() == RowPlan.Action.CREATE).map(RowPlan::code)
                    .collect(java.util.stream.Collectors.toSet());
            analysis.fileSheets(dossiers.previewSheets(scope, source::open, fileName, created));
        }
        return analysis;
    }

    /**
     * Writes an analysed file, reading it again: all rows in one transaction, or with
     * {@code validRowsOnly} the rows without errors; refused (nothing written) when the file has
     * errors and only valid rows were not asked for.
     */
    public ImportResult apply(UserScope scope, ImportAnalysis analysis, boolean validRowsOnly, ImportProgress progress) {
        if (!analysis.readable() || (analysis.errorCount() > 0 && !validRowsOnly)) {
            return refused(analysis.fileErrors(), (int) analysis.invalidRows());
        }
        if (analysis.planned() == 0) {
            return new ImportResult(false, 0, 0, 0, 0, (int) analysis.invalidRows(), Messages.text("imports.job.noValidRow"));
        }
        Run run = new Run(scope, analysis.list(), LocalDate.now(clock), analysis.fileName());
        Set<Integer> invalidRows = analysis.invalidRowNumbers();
        int total = analysis.planned();
        int[] counts = new int[4];
        // The file is read again on a second thread while this one writes: reading and writing overlap.
        BlockingQueue<List<ImportedPerson>> chunks = new ArrayBlockingQueue<>(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<ImportedPerson> end = List.of();
        CompletableFuture<Scan> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return scan(run, analysis.source(), new ArrayList<>(), (chunk, done) -> put(chunks, chunk, writing));
            } finally {
                put(chunks, end, writing);
            }
        });
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    for (List<ImportedPerson> chunk = chunks.take(); chunk != end; chunk = chunks.take()) {
                        List<ImportedPerson> valid = chunk.stream().filter(p -> !invalidRows.contains(p.row())).toList();
                        // Checked again against the records as this transaction reads them: a row the check accepted and
                        // that the records now refuse (they changed meanwhile) writes nothing at all.
                        List<RowError> changed = new ArrayList<>();
                        List<Planned> rows = plan(run, valid, changed, registry.findByCodes(codes(valid)));
                        if (!changed.isEmpty()) {
                            throw new IllegalStateException("the records changed since the check: " + changed.get(0).describe());
                        }
                        write(run, rows, counts);
                        progress.update(Messages.text("imports.job.writing"), counts[0] + counts[1] + counts[2], total);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                }
                Scan scan = reading.join();
                if (!scan.fileErrors().isEmpty()) {
                    // The file changed between the check and the writing: write nothing.
                    throw new IllegalStateException("file no longer readable: " + scan.fileErrors());
                }
                if (run.list().complete()) {
                    counts[3] = leave(run, leavers(run, scan));
                }
                if (run.list().dated()) {
                    registry.recordYearlyList(scope, run.on(), run.fileName(), run.list().complete(), scan.rows());
                }
            });
        } finally {
            // If writing failed, the reader must not wait forever for room in the queue.
            writing.set(false);
            chunks.clear();
        }
        return withFileSheets(scope, analysis.source(), analysis.fileName(), written(counts, invalidRows.size()));
    }

    /**
     * Once the people are written, the personnel file's sheets of the same workbook (family, work,
     * training, salary, the 2C's fields), if it has them: what they changed is added to the result.
     */
    private ImportResult withFileSheets(UserScope scope, ImportSource source, String fileName, ImportResult result) {
        if (!result.written()) {
            return result;
        }
        PersonnelFiles.SheetImport sheets = dossiers.importSheets(scope, source::open, fileName);
        if (!sheets.present() && sheets.errors().isEmpty()) {
            return result;
        }
        String note = sheets.summary();
        if (!sheets.errors().isEmpty()) {
            note += " " + Messages.text("imports.job.sheetErrors", sheets.errors().size(),
                    String.join(" ", sheets.errors().subList(0, Math.min(5, sheets.errors().size()))));
        }
        return result.withNote(note);
    }

    /** As {@link #importDirectly(UserScope, ImportSource, String, ListDate, boolean, ImportProgress)}, the state today. */
    public DirectImport importDirectly(UserScope scope, ImportSource source, String fileName, boolean validRowsOnly,
            ImportProgress progress) {
        return importDirectly(scope, source, fileName, ListDate.TODAY, validRowsOnly, progress);
    }

    /**
     * For batch work: checks and writes in one reading of the file (instead of analysing, then
     * reading again to write), with the same rules. Everything happens in one transaction, which is
     * rolled back (nothing written) when the file is unreadable, or has an invalid row and
     * {@code validRowsOnly} was not asked; once a row error is seen without it, the rest of the file
     * is only checked, so that every error is listed.
     */
    public DirectImport importDirectly(UserScope scope, ImportSource source, String fileName, ListDate list,
            boolean validRowsOnly, ImportProgress progress) {
        Run run = new Run(scope, list, LocalDate.now(clock), fileName);
        Optional<String> refusal = list.refusal(run.today());
        if (refusal.isPresent()) {
            return new DirectImport(List.of(refusal.get()), List.of(), List.of(), 0, 0, 0, 0, List.of(), refused(List.of(refusal.get()), 0));
        }
        // The reader (a second thread) adds row errors while this one plans and writes.
        List<RowError> errors = Collections.synchronizedList(new ArrayList<>());
        int[] planned = new int[RowPlan.Action.values().length];
        int[] counts = new int[4];
        // Reading and checking the file (parsing xlsx is most of it) overlaps writing: two cores, both busy.
        BlockingQueue<List<ImportedPerson>> chunks = new ArrayBlockingQueue<>(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger rowsRead = new AtomicInteger();
        List<ImportedPerson> end = new ArrayList<>();
        CompletableFuture<Scan> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return scan(run, source, errors, (chunk, done) -> {
                    rowsRead.set(done);
                    put(chunks, chunk, writing);
                });
            } finally {
                put(chunks, end, writing);
            }
        });
        Scan[] scan = new Scan[1];
        List<RowPlan> leaving = new ArrayList<>();
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    for (List<ImportedPerson> chunk = chunks.take(); chunk != end; chunk = chunks.take()) {
                        List<Planned> rows = plan(run, chunk, errors, registry.findByCodes(codes(chunk)));
                        rows.forEach(row -> planned[row.plan().action().ordinal()]++);
                        progress.update(Messages.text("imports.job.checkingAndWriting"), rowsRead.get(), -1);
                        if (!validRowsOnly && !errors.isEmpty()) {
                            // Nothing will be kept: only check the rest, so that every error is listed.
                            continue;
                        }
                        write(run, rows, counts);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                }
                scan[0] = reading.join();
                boolean refused = !scan[0].fileErrors().isEmpty() || (!validRowsOnly && !errors.isEmpty());
                if (!refused && list.complete()) {
                    List<Leaver> leavers = leavers(run, scan[0]);
                    leavers.forEach(leaver -> leaving.add(leaver.plan()));
                    counts[3] = leave(run, leavers);
                }
                if (refused) {
                    status.setRollbackOnly();
                } else if (list.dated()) {
                    registry.recordYearlyList(scope, run.on(), fileName, list.complete(), scan[0].rows());
                }
            });
        } finally {
            // If writing failed, the reader must not wait forever for room in the queue.
            writing.set(false);
            chunks.clear();
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        int invalid = (int) errors.stream().map(RowError::row).distinct().count();
        ImportResult result = !scan[0].fileErrors().isEmpty() || (invalid > 0 && !validRowsOnly)
                ? refused(scan[0].fileErrors(), invalid) : withFileSheets(scope, source, fileName, written(counts, invalid));
        return new DirectImport(scan[0].fileErrors(), scan[0].warnings(), scan[0].fileErrors().isEmpty() ? errors : List.of(),
                scan[0].rows(), planned[RowPlan.Action.CREATE.ordinal()], planned[RowPlan.Action.UPDATE.ordinal()],
                planned[RowPlan.Action.UNCHANGED.ordinal()], List.copyOf(leaving), result);
    }

    /** Nothing written: the file is unreadable, or has invalid rows and only valid rows were not asked for. */
    private static ImportResult refused(List<String> fileErrors, int invalidRows) {
        if (!fileErrors.isEmpty()) {
            return new ImportResult(false, 0, 0, 0, 0, 0, Messages.text("imports.job.notImported", String.join(" ", fileErrors)));
        }
        return new ImportResult(false, 0, 0, 0, 0, invalidRows, Messages.text("imports.job.rowsWithErrors", invalidRows));
    }

    /** Written: created, changed, unchanged, left (a complete list), and the invalid rows skipped. */
    private static ImportResult written(int[] counts, int invalidRows) {
        return new ImportResult(counts[0] + counts[1] + counts[2] + counts[3] > 0, counts[0], counts[1], counts[2], counts[3],
                invalidRows, Messages.text("imports.job.done", Shares.count(counts[0]), Shares.count(counts[1]), Shares.count(counts[2]),
                        counts[3] == 0 ? "" : Messages.text("imports.job.leavers", Shares.count(counts[3])),
                        invalidRows == 0 ? "" : Messages.text("imports.job.rowsSkipped", Shares.count(invalidRows))));
    }

    /** Hands a chunk to the writer; gives up once the writer has stopped. */
    private static void put(BlockingQueue<List<ImportedPerson>> queue, List<ImportedPerson> chunk,
            AtomicBoolean writing) {
        try {
            while (writing.get()) {
                if (queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            throw new IllegalStateException("the writer stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    private static List<String> codes(List<ImportedPerson> chunk) {
        return chunk.stream().map(p -> p.details().code()).toList();
    }

    /** Writes planned rows, as planned in this transaction: creations in one batch, each change through the registry. */
    private void write(Run run, List<Planned> rows, int[] counts) {
        List<PersonHistory> creations = new ArrayList<>();
        for (Planned row : rows) {
            if (row.record() == null) {
                creations.add(history(run, row.person()));
                counts[0]++;
            } else if (row.delta().isEmpty()) {
                counts[2]++;
            } else {
                update(run.scope(), row.record(), row.delta());
                counts[1]++;
            }
        }
        registry.importNew(run.scope(), creations, run.fileName());
        if (run.list().dated()) {
            registry.markListed(run.scope(), rows.stream().map(row -> row.person().details().code()).toList(), run.on());
        }
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** One import's settings: who imports, the date the file describes, today. */
    private record Run(UserScope scope, ListDate list, LocalDate today, String fileName) {

        LocalDate on() {
            return list.on(today);
        }
    }

    /** What one reading found: the file's errors and warnings, the rows read, and every code and unit the rows name. */
    private record Scan(List<String> fileErrors, List<String> warnings, int rows, Set<String> codes, Set<UnitId> units) {
    }

    private interface ChunkHandler {
        void chunk(List<ImportedPerson> chunk, int rowsSoFar);
    }

    /**
     * Streams the file once: checks every row, reports errors, and hands the valid rows over in
     * chunks; only the codes and units seen are kept, so memory does not grow with the rows' content.
     */
    private Scan scan(Run run, ImportSource source, List<RowError> errors, ChunkHandler handler) {
        Map<String, Optional<Unit>> unitCache = new HashMap<>();
        InterchangeReader reader = new InterchangeReader(run.scope(),
                code -> unitCache.computeIfAbsent(code, c -> units.findByCodeAsWritten(c, run.on())), run.on(), run.list().dated());
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        Set<UnitId> unitsNamed = new HashSet<>();
        List<ImportedPerson> chunk = new ArrayList<>(CHUNK);
        int[] rows = {0};
        try (InputStream in = source.open()) {
            TabularFile.readWithHeader(in, run.fileName(), InterchangeReader::looksLikeHeader, new TabularFile.HeaderedRows() {
                @Override
                public boolean header(List<String> cells) {
                    return reader.header(cells);
                }

                @Override
                public void row(int rowNumber, List<String> cells) {
                    if (reader.isSecondHeaderRow(cells) || reader.isTotalRow(rowNumber, cells)) {
                        return;
                    }
                    Map<InterchangeColumn, String> values = reader.cells(cells);
                    if (values == null) {
                        return;
                    }
                    rows[0]++;
                    String code = values.getOrDefault(InterchangeColumn.MA_CAN_BO, "");
                    Integer first = code.isEmpty() ? null : firstRowOfCode.putIfAbsent(code, rowNumber);
                    if (first != null) {
                        errors.add(new RowError(rowNumber, InterchangeColumn.MA_CAN_BO.header(), code,
                                Messages.text("imports.row.duplicateCode", first)));
                        return;
                    }
                    reader.read(rowNumber, values, errors).ifPresent(person -> {
                        chunk.add(person);
                        unitsNamed.add(person.unit().id());
                    });
                    if (chunk.size() == CHUNK) {
                        handler.chunk(List.copyOf(chunk), rows[0]);
                        chunk.clear();
                    }
                }
            });
        } catch (TabularFile.InvalidFileException e) {
            reader.fileErrors().add(e.getMessage());
        } catch (IOException e) {
            reader.fileErrors().add(Messages.text("imports.unreadableFile"));
        }
        List<String> fileErrors = new ArrayList<>(reader.fileErrors());
        if (!reader.headerSeen() && fileErrors.isEmpty()) {
            fileErrors.add(Messages.text("imports.file.empty"));
        } else if (fileErrors.isEmpty() && rows[0] == 0) {
            fileErrors.add(Messages.text("imports.file.headerOnly"));
        }
        if (fileErrors.isEmpty() && !chunk.isEmpty()) {
            handler.chunk(List.copyOf(chunk), rows[0]);
        }
        return new Scan(fileErrors, reader.warnings(), rows[0], firstRowOfCode.keySet(), unitsNamed);
    }

    // ---- planning --------------------------------------------------------------------------------

    /** A row checked against its record (null: a new person) and what it changes there, as shown and as written. */
    private record Planned(ImportedPerson person, PersonRecord record, Delta delta, RowPlan plan) {
    }

    /**
     * Checks a chunk against the records of its codes ({@code existing}, read by the caller's
     * transaction): each valid row with what it changes; the others are added to {@code errors}.
     */
    private List<Planned> plan(Run run, List<ImportedPerson> chunk, List<RowError> errors, Map<String, PersonRecord> existing) {
        List<Planned> plans = new ArrayList<>(chunk.size());
        Set<Long> visible = registry.visibleAmong(run.scope(), existing.values().stream().map(r -> r.id().value()).toList());
        Map<String, LocalDate> listed = run.list().dated() ? registry.listedOn(existing.keySet()) : Map.of();
        for (ImportedPerson person : chunk) {
            PersonRecord record = existing.get(person.details().code());
            if (record != null && !visible.contains(record.id().value())) {
                errors.add(new RowError(person.row(), InterchangeColumn.MA_CAN_BO.header(), record.code(),
                        Messages.text("imports.row.personOutOfScope")));
                continue;
            }
            if (record == null) {
                plans.add(new Planned(person, null, null, new RowPlan(person.row(), person.details().code(),
                        person.details().fullName(), RowPlan.Action.CREATE, List.of(), List.of())));
                continue;
            }
            Delta delta;
            try {
                delta = delta(run, person, record, listed.get(record.code()));
            } catch (InvalidPersonDataException e) {
                // The row contradicts what the record keeps (a new post starting before the current one, a birth date
                // after the recorded party admission …).
                boolean start = "startedOn".equals(e.field());
                errors.add(new RowError(person.row(), (start ? InterchangeColumn.NGAY_BAT_DAU : InterchangeColumn.NGAY_SINH).header(),
                        start ? (person.startedOn() == null ? "" : Dates.format(person.startedOn())) : Dates.format(person.details().birthDate()),
                        e.getMessage()));
                continue;
            }
            plans.add(new Planned(person, record, delta, new RowPlan(person.row(), person.details().code(), person.details().fullName(),
                    delta.isEmpty() ? RowPlan.Action.UNCHANGED : RowPlan.Action.UPDATE, delta.shown(), delta.notes())));
        }
        return plans;
    }

    /** What a row changes in an existing record, on the date the file describes: shown in the preview, written the same. */
    private record Delta(PersonDetails identity, PostChange post, List<NewAssignment> concurrent, List<LevelChange> levels,
            List<RowPlan.FieldChange> shown, List<String> notes) {

        boolean isEmpty() {
            return identity == null && post == null && concurrent.isEmpty() && levels.isEmpty();
        }
    }

    /** A change to the posts: a new one from a date, an earlier start of a known one, or a past one between known ones. */
    private sealed interface PostChange permits NewPost, EarlierStart, PastPost {
    }

    private record NewPost(NewAssignment post) implements PostChange {
    }

    private record EarlierStart(Assignment post, LocalDate startedOn) implements PostChange {
    }

    private record PastPost(NewAssignment post, LocalDate endedOn) implements PostChange {
    }

    /** A level granted ({@code replaced} null) or a recorded one corrected (its level, field of study or date). */
    private record LevelChange(Qualification replaced, QualificationDetails details) {
    }

    /**
     * Field by field, what the row changes in the record on the date it describes. A list older
     * than what is known of the person (a later list had them, or a later post is recorded) fills
     * in their past only: identity and present post stay as the newer information made them.
     */
    private Delta delta(Run run, ImportedPerson person, PersonRecord record, LocalDate listedOn) {
        LocalDate on = run.on();
        List<RowPlan.FieldChange> shown = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean newest = (listedOn == null || !on.isBefore(listedOn))
                && record.assignments().stream().noneMatch(a -> a.isPrincipal() && a.startedOn().isAfter(on));
        PersonDetails identity = merged(person, record);
        if (identity.equals(new PersonDetails(record.code(), record.fullName(), record.birthDate(), record.gender(),
                record.ethnicity(), record.citizenId(), record.partyMember(), record.partyJoinedOn()))) {
            identity = null;
        } else if (newest) {
            add(shown, Messages.text("imports.field.fullName"), record.fullName(), identity.fullName());
            add(shown, Messages.text("imports.field.birthDate"), Dates.format(record.birthDate()), Dates.format(identity.birthDate()));
            add(shown, Messages.text("imports.field.gender"), record.gender().label(), identity.gender().label());
            add(shown, Messages.text("imports.field.ethnicity"), record.ethnicity(), identity.ethnicity());
            add(shown, Messages.text("imports.field.citizenId"), record.citizenId(), identity.citizenId());
            add(shown, Messages.text("imports.field.partyMember"), record.partyMember() ? Messages.text("imports.yes") : Messages.text("imports.no"),
                    identity.partyMember() ? Messages.text("imports.yes") : Messages.text("imports.no"));
        } else {
            identity = null;
            notes.add(Messages.text("imports.delta.olderIdentityKept"));
        }
        PostChange post = postChange(run, person, record, newest, shown);
        List<NewAssignment> concurrent = newest ? concurrentPosts(run, person, record, shown) : List.of();
        List<LevelChange> levels = new ArrayList<>();
        for (Map.Entry<Dimension, ScaleLevel> stated : person.levels().entrySet()) {
            levelChange(run, person, record, listedOn, newest, stated.getKey(), stated.getValue(), levels, shown, notes);
        }
        Optional<Qualification> professional = record.highestOn(Dimension.PROFESSIONAL, on);
        if (person.fieldOfStudy() != null && newest) {
            add(shown, Messages.text("imports.field.fieldOfStudy"), professional.map(Qualification::fieldOfStudy).orElse(null),
                    person.fieldOfStudy());
            if (!person.levels().containsKey(Dimension.PROFESSIONAL)) {
                professional.filter(q -> !person.fieldOfStudy().equals(q.fieldOfStudy())).ifPresent(q -> levels.add(new LevelChange(q,
                        new QualificationDetails(Dimension.PROFESSIONAL, q.level(), person.fieldOfStudy(), q.institution(),
                                q.acquiredOn(), q.evidence()))));
            }
        }
        return new Delta(identity, post, concurrent, levels, shown, notes);
    }

    /**
     * The concurrent posts the row lists and the record does not hold on its date. One it holds and
     * the row does not list is kept: a list names who holds a title, not that another stopped.
     */
    private List<NewAssignment> concurrentPosts(Run run, ImportedPerson person, PersonRecord record, List<RowPlan.FieldChange> shown) {
        Set<String> held = record.postsOn(run.on()).stream().map(Assignment::titleCode).collect(Collectors.toSet());
        List<NewAssignment> added = person.concurrentTitleCodes().stream().filter(code -> !held.contains(code))
                .map(code -> concurrentPost(run, person, code)).toList();
        if (!added.isEmpty()) {
            add(shown, Messages.text("imports.field.concurrentTitles"), titleNames(record.postsOn(run.on()).stream()
                    .filter(a -> !a.isPrincipal()).map(Assignment::titleCode).toList()), titleNames(person.concurrentTitleCodes()));
        }
        return added;
    }

    private static NewAssignment concurrentPost(Run run, ImportedPerson person, String titleCode) {
        return new NewAssignment(person.unit().id(), PositionTitle.byCode(titleCode).category(), titleCode, startOf(run, person),
                AssignmentReason.BO_NHIEM, PostKind.KIEM_NHIEM);
    }

    private static String titleNames(List<String> codes) {
        return codes.isEmpty() ? null : codes.stream().map(PositionTitle::nameOf).collect(Collectors.joining("; "));
    }

    /** The post the row states on its date, against the posts recorded; null when the record already has it. */
    private PostChange postChange(Run run, ImportedPerson person, PersonRecord record, boolean newest,
            List<RowPlan.FieldChange> shown) {
        LocalDate on = run.on();
        String stated = PositionTitle.byCode(person.titleCode()).name() + ", " + person.unit().name();
        Optional<Assignment> held = record.assignmentOn(on);
        if (held.isPresent() && samePost(held.get(), person)) {
            return null;
        }
        LocalDate start = startOf(run, person);
        if (held.isPresent()) {
            if (!newest) {
                throw new InvalidPersonDataException("startedOn", Messages.text("imports.delta.otherPostOnDate", Dates.format(on),
                        held.get().titleName(), held.get().unitName()));
            }
            // A move between the two lists: at the latest on this list's date.
            refuseIfPresent(registry.refusalOfNewPost(record, start));
            add(shown, Messages.text("imports.field.post"), held.get().titleName() + ", " + held.get().unitName(), stated);
            return new NewPost(new NewAssignment(person.unit().id(), person.category(), person.titleCode(), start,
                    AssignmentReason.DIEU_DONG));
        }
        Optional<Assignment> next = record.assignments().stream().filter(a -> a.isPrincipal() && a.startedOn().isAfter(on))
                .min(Comparator.comparing(Assignment::startedOn));
        if (next.isEmpty()) {
            // Nothing held on this date nor after it: a newcomer, or a return.
            refuseIfPresent(registry.refusalOfNewPost(record, start));
            add(shown, Messages.text("imports.field.post"), null, stated);
            return new NewPost(new NewAssignment(person.unit().id(), person.category(), person.titleCode(), start,
                    AssignmentReason.TUYEN_DUNG));
        }
        if (samePost(next.get(), person)) {
            // An older list shows the known post held already then.
            refuseIfPresent(registry.refusalOfEarlierStart(record, next.get(), start));
            add(shown, Messages.text("imports.delta.startOn", stated), Dates.format(next.get().startedOn()), Dates.format(start));
            return new EarlierStart(next.get(), start);
        }
        // An older list shows another post: held until the known one starts (or its unit ends).
        LocalDate end = next.get().startedOn().minusDays(1);
        if (person.unit().validTo() != null && person.unit().validTo().isBefore(end)) {
            end = person.unit().validTo();
        }
        NewAssignment past = new NewAssignment(person.unit().id(), person.category(), person.titleCode(), start,
                AssignmentReason.TUYEN_DUNG);
        refuseIfPresent(registry.refusalOfPastPost(record, past, end));
        add(shown, Messages.text("imports.delta.postUntil", Dates.format(end)), null, stated);
        return new PastPost(past, end);
    }

    private static void refuseIfPresent(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new InvalidPersonDataException("startedOn", reason);
        });
    }

    /**
     * A level the row states on one dimension, against the one held on its date. A plain import
     * (today) corrects a lower one; a dated list never lowers a dated level (a note says so) and
     * dates an undated higher one after the list, since the list shows it was not held yet.
     */
    private void levelChange(Run run, ImportedPerson person, PersonRecord record, LocalDate listedOn, boolean newest,
            Dimension dimension, ScaleLevel level, List<LevelChange> levels, List<RowPlan.FieldChange> shown, List<String> notes) {
        LocalDate on = run.on();
        Optional<Qualification> held = record.highestOn(dimension, on);
        String statedField = dimension == Dimension.PROFESSIONAL ? person.fieldOfStudy() : null;
        String field = statedField != null && newest ? statedField : held.map(Qualification::fieldOfStudy).orElse(statedField);
        if (held.isPresent() && held.get().level().code().equals(level.code())) {
            Qualification q = held.get();
            if (!Objects.equals(field, q.fieldOfStudy())) {
                levels.add(new LevelChange(q, new QualificationDetails(dimension, level, field, q.institution(), q.acquiredOn(),
                        q.evidence())));
            }
            return;
        }
        if (held.isEmpty() || level.rank() > held.get().level().rank()) {
            add(shown, dimension.label(), held.map(q -> q.level().label()).orElse(null), level.label());
            if (!run.list().dated()) {
                // The interchange format gives no dates: a level new to the record counts as always held, a higher one from today.
                levels.add(new LevelChange(null, new QualificationDetails(dimension, level, field, null,
                        held.isEmpty() ? null : run.today(), null)));
                return;
            }
            Optional<Qualification> later = record.qualificationsOf(dimension).stream()
                    .filter(q -> q.level().code().equals(level.code()) && q.acquiredOn() != null && q.acquiredOn().isAfter(on))
                    .findFirst();
            if (later.isPresent()) {
                // Known from a later date: the list shows it held by this one.
                Qualification q = later.get();
                levels.add(new LevelChange(q, new QualificationDetails(dimension, level, q.fieldOfStudy(), q.institution(), on,
                        q.evidence())));
            } else {
                levels.add(new LevelChange(null, new QualificationDetails(dimension, level, field, null, on, null)));
            }
            return;
        }
        Qualification higher = held.get();
        if (!run.list().dated()) {
            // A lower level than recorded: the file corrects the recorded one.
            add(shown, dimension.label(), higher.level().label(), level.label());
            levels.add(new LevelChange(higher, new QualificationDetails(dimension, level, field, higher.institution(),
                    higher.acquiredOn(), higher.evidence())));
            return;
        }
        if (higher.acquiredOn() != null) {
            notes.add(Messages.text("imports.delta.levelKept", dimension.label(), level.label(), higher.level().label(),
                    Dates.format(higher.acquiredOn())));
            return;
        }
        // Undated (held always) but not yet on this list's date: reached by the next date the person is known on.
        LocalDate reached = listedOn != null && listedOn.isAfter(on) ? listedOn : run.today();
        add(shown, dimension.label(), higher.level().label(), Messages.text("imports.delta.levelFrom", level.label(), higher.level().label(),
                Dates.format(reached)));
        levels.add(new LevelChange(null, new QualificationDetails(dimension, level, statedField, null, on, null)));
        levels.add(new LevelChange(higher, new QualificationDetails(dimension, higher.level(), higher.fieldOfStudy(),
                higher.institution(), reached, higher.evidence())));
    }

    private static boolean samePost(Assignment post, ImportedPerson person) {
        return post.unitId().equals(person.unit().id()) && post.category() == person.category()
                && post.titleCode().equals(person.titleCode());
    }

    private static void add(List<RowPlan.FieldChange> changes, String field, String oldValue, String newValue) {
        if (!Objects.equals(blankToNull(oldValue), blankToNull(newValue))) {
            changes.add(new RowPlan.FieldChange(field, oldValue, newValue));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The row's identity, with blank optional cells keeping what the record holds. */
    private static PersonDetails merged(ImportedPerson person, PersonRecord record) {
        PersonDetails d = person.details();
        boolean party = person.partyMember() == null ? record.partyMember() : person.partyMember();
        return new PersonDetails(record.code(), d.fullName(), d.birthDate(), d.gender(), d.ethnicity(),
                d.citizenId() == null ? record.citizenId() : d.citizenId(), party,
                party ? record.partyJoinedOn() : null);
    }

    // ---- writing ---------------------------------------------------------------------------------

    private PersonHistory history(Run run, ImportedPerson person) {
        NewAssignment post = new NewAssignment(person.unit().id(), person.category(), person.titleCode(), startOf(run, person),
                AssignmentReason.TUYEN_DUNG);
        // A plain import gives no dates: a level imported with a new person counts as always held. A yearly list
        // says it was held by the list's date, no earlier: an older list may still show a lower one.
        LocalDate acquired = run.list().dated() ? run.on() : null;
        List<QualificationDetails> qualifications = new ArrayList<>();
        for (Map.Entry<Dimension, ScaleLevel> level : person.levels().entrySet()) {
            qualifications.add(new QualificationDetails(level.getKey(), level.getValue(),
                    level.getKey() == Dimension.PROFESSIONAL ? person.fieldOfStudy() : null, null, acquired, null));
        }
        List<PersonHistory.Post> posts = new ArrayList<>();
        posts.add(new PersonHistory.Post(post, null, null));
        person.concurrentTitleCodes().forEach(code -> posts.add(new PersonHistory.Post(concurrentPost(run, person, code), null, null)));
        return new PersonHistory(person.details(), posts, qualifications);
    }

    /** The post starts on the stated date, or the date the file describes; never before its unit existed. */
    private static LocalDate startOf(Run run, ImportedPerson person) {
        LocalDate start = person.startedOn() == null ? run.on() : person.startedOn();
        LocalDate earliest = WorkingAge.earliestStart(person.details().birthDate());
        if (start.isBefore(earliest)) {
            start = earliest;
        }
        return start.isBefore(person.unit().validFrom()) ? person.unit().validFrom() : start;
    }

    /** Writes what a row changes in a record, through the registry's audited calls. */
    private void update(UserScope scope, PersonRecord record, Delta delta) {
        if (delta.identity() != null) {
            registry.correctIdentity(scope, record.id(), record.version(), delta.identity());
        }
        if (delta.post() instanceof NewPost p) {
            registry.assign(scope, record.id(), p.post());
        } else if (delta.post() instanceof EarlierStart p) {
            registry.startEarlier(scope, record.id(), p.post().id(), p.post().version(), p.startedOn());
        } else if (delta.post() instanceof PastPost p) {
            registry.recordPastPost(scope, record.id(), p.post(), p.endedOn(), AssignmentReason.DIEU_DONG);
        }
        for (NewAssignment concurrent : delta.concurrent()) {
            registry.assign(scope, record.id(), concurrent);
        }
        for (LevelChange change : delta.levels()) {
            if (change.replaced() == null) {
                registry.grantQualification(scope, record.id(), change.details());
            } else {
                registry.correctQualification(scope, record.id(), change.replaced().id(), change.replaced().version(),
                        change.details());
            }
        }
    }

    // ---- a complete list: who is missing -----------------------------------------------------------

    /** A person missing from a complete list, and the post of the list's units they leave. */
    private record Leaver(PersonRecord person, Assignment post, LocalDate endedOn) {

        RowPlan plan() {
            return new RowPlan(0, person.code(), person.fullName(), RowPlan.Action.LEAVE, List.of(new RowPlan.FieldChange(
                    Messages.text("imports.field.post"), post.titleName() + ", " + post.unitName(), Messages.text("imports.delta.leftFrom",
                            Dates.format(endedOn.plusDays(1))))),
                    List.of());
        }
    }

    /**
     * Those holding a post on the list's date in a unit the list names, and missing from it: they
     * leave the day before the chosen date (never before the post started or a list that had them).
     * One found in another unit of the file is not missing: their row moves them.
     */
    private List<Leaver> leavers(Run run, Scan scan) {
        LocalDate on = run.on();
        Map<String, Long> holders = new HashMap<>(registry.holdingPostIn(scan.units(), on));
        holders.keySet().removeAll(scan.codes());
        List<Leaver> leavers = new ArrayList<>();
        List<Long> ids = List.copyOf(holders.values());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<PersonRecord> records = registry.findByIds(run.scope(), ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            Map<String, LocalDate> listed = registry.listedOn(records.stream().map(PersonRecord::code).toList());
            for (PersonRecord record : records) {
                LocalDate listedOn = listed.get(record.code());
                boolean newer = (listedOn != null && listedOn.isAfter(on))
                        || record.assignments().stream().anyMatch(a -> a.isPrincipal() && a.startedOn().isAfter(on));
                Optional<Assignment> post = record.assignmentOn(on).filter(a -> scan.units().contains(a.unitId()));
                if (newer || post.isEmpty()) {
                    // Known on a later date: an older complete list does not end the present.
                    continue;
                }
                LocalDate end = run.list().leavingOn(run.today()).minusDays(1);
                LocalDate earliest = listedOn != null && listedOn.isAfter(post.get().startedOn()) ? listedOn : post.get().startedOn();
                leavers.add(new Leaver(record, post.get(), end.isBefore(earliest) ? earliest : end));
            }
        }
        leavers.sort(Comparator.comparing(l -> l.person().code()));
        return leavers;
    }

    private int leave(Run run, List<Leaver> leavers) {
        for (Leaver leaver : leavers) {
            registry.endAssignment(run.scope(), leaver.person().id(), leaver.post().id(), leaver.post().version(), leaver.endedOn(),
                    AssignmentReason.ROI_DANH_SACH);
        }
        return leavers.size();
    }
}
