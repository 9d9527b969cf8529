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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.TabularFile;
import vn.chuan.units.Unit;
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

    PeopleImport(PersonRegistry registry, Units units, TransactionTemplate transaction, Clock clock) {
        this.registry = registry;
        this.units = units;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Reads a small file held in memory; larger ones should come as an {@link ImportSource} over a file. */
    public ImportAnalysis analyse(UserScope scope, InputStream input, String fileName, ImportProgress progress) {
        try {
            return analyse(scope, ImportSource.of(input.readAllBytes()), fileName, progress);
        } catch (IOException e) {
            return new ImportAnalysis(fileName, List.of("Không đọc được tệp tải lên."), List.of(), List.of(), List.of(), 0,
                    null);
        }
    }

    /** Reads and checks the whole file, streaming, and says per row what importing it would do. Writes nothing. */
    public ImportAnalysis analyse(UserScope scope, ImportSource source, String fileName, ImportProgress progress) {
        List<RowPlan> plans = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Scan scan = scan(scope, source, fileName, errors, (chunk, done) -> {
            plans.addAll(plan(scope, chunk, errors));
            progress.update("Đang đọc và kiểm tra", done, -1);
        });
        List<String> fileErrors = scan.fileErrors();
        errors.sort(Comparator.comparingInt(RowError::row));
        return new ImportAnalysis(fileName, fileErrors, scan.warnings(), fileErrors.isEmpty() ? errors : List.of(),
                fileErrors.isEmpty() ? plans : List.of(), scan.rows(), source);
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
            return new ImportResult(false, 0, 0, 0, (int) analysis.invalidRows(), "Không có dòng hợp lệ nào để nhập.");
        }
        Set<Integer> invalidRows = analysis.invalidRowNumbers();
        int total = analysis.planned();
        int[] counts = new int[3];
        // The file is read again on a second thread while this one writes: reading and writing overlap.
        BlockingQueue<List<ImportedPerson>> chunks = new ArrayBlockingQueue<>(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<ImportedPerson> end = List.of();
        CompletableFuture<Scan> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return scan(scope, analysis.source(), analysis.fileName(), new ArrayList<>(),
                        (chunk, done) -> put(chunks, chunk, writing));
            } finally {
                put(chunks, end, writing);
            }
        });
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    for (List<ImportedPerson> chunk = chunks.take(); chunk != end; chunk = chunks.take()) {
                        List<ImportedPerson> valid = chunk.stream().filter(p -> !invalidRows.contains(p.row())).toList();
                        write(scope, valid, analysis.fileName(), counts);
                        progress.update("Đang ghi vào cơ sở dữ liệu", counts[0] + counts[1] + counts[2], total);
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
            });
        } finally {
            // If writing failed, the reader must not wait forever for room in the queue.
            writing.set(false);
            chunks.clear();
        }
        return written(counts, invalidRows.size());
    }

    /**
     * For batch work: checks and writes in one reading of the file (instead of analysing, then
     * reading again to write), with the same rules. Everything happens in one transaction, which is
     * rolled back (nothing written) when the file is unreadable, or has an invalid row and
     * {@code validRowsOnly} was not asked; once a row error is seen without it, the rest of the file
     * is only checked, so that every error is listed.
     */
    public DirectImport importDirectly(UserScope scope, ImportSource source, String fileName, boolean validRowsOnly,
            ImportProgress progress) {
        // The reader (a second thread) adds row errors while this one plans and writes.
        List<RowError> errors = Collections.synchronizedList(new ArrayList<>());
        int[] planned = new int[RowPlan.Action.values().length];
        int[] counts = new int[3];
        // Reading and checking the file (parsing xlsx is most of it) overlaps writing: two cores, both busy.
        BlockingQueue<List<ImportedPerson>> chunks = new ArrayBlockingQueue<>(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger rowsRead = new AtomicInteger();
        List<ImportedPerson> end = new ArrayList<>();
        CompletableFuture<Scan> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return scan(scope, source, fileName, errors, (chunk, done) -> {
                    rowsRead.set(done);
                    put(chunks, chunk, writing);
                });
            } finally {
                put(chunks, end, writing);
            }
        });
        Scan[] scan = new Scan[1];
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    for (List<ImportedPerson> chunk = chunks.take(); chunk != end; chunk = chunks.take()) {
                        Map<String, PersonRecord> existing = registry.findByCodes(chunk.stream().map(p -> p.details().code()).toList());
                        List<RowPlan> plans = plan(scope, chunk, errors, existing);
                        plans.forEach(p -> planned[p.action().ordinal()]++);
                        progress.update("Đang kiểm tra và ghi", rowsRead.get(), -1);
                        if (!validRowsOnly && !errors.isEmpty()) {
                            // Nothing will be kept: only check the rest, so that every error is listed.
                            continue;
                        }
                        Set<Integer> planRows = new HashSet<>();
                        plans.forEach(p -> planRows.add(p.row()));
                        write(scope, chunk.stream().filter(p -> planRows.contains(p.row())).toList(), fileName, counts, existing);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                }
                scan[0] = reading.join();
                if (!scan[0].fileErrors().isEmpty() || (!validRowsOnly && !errors.isEmpty())) {
                    status.setRollbackOnly();
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
                ? refused(scan[0].fileErrors(), invalid) : written(counts, invalid);
        return new DirectImport(scan[0].fileErrors(), scan[0].warnings(), scan[0].fileErrors().isEmpty() ? errors : List.of(),
                scan[0].rows(), planned[RowPlan.Action.CREATE.ordinal()], planned[RowPlan.Action.UPDATE.ordinal()],
                planned[RowPlan.Action.UNCHANGED.ordinal()], result);
    }

    /** Nothing written: the file is unreadable, or has invalid rows and only valid rows were not asked for. */
    private static ImportResult refused(List<String> fileErrors, int invalidRows) {
        if (!fileErrors.isEmpty()) {
            return new ImportResult(false, 0, 0, 0, 0, "Không nhập: " + String.join(" ", fileErrors));
        }
        return new ImportResult(false, 0, 0, 0, invalidRows, "Không nhập gì: tệp có " + invalidRows
                + " dòng lỗi. Hãy sửa các dòng lỗi, hoặc chọn chỉ nhập các dòng hợp lệ.");
    }

    /** Written: created, changed, unchanged, and the invalid rows skipped. */
    private static ImportResult written(int[] counts, int invalidRows) {
        return new ImportResult(counts[0] + counts[1] + counts[2] > 0, counts[0], counts[1], counts[2], invalidRows,
                String.format("Đã nhập: %d tạo mới, %d thay đổi, %d giữ nguyên%s.", counts[0], counts[1], counts[2],
                        invalidRows == 0 ? "" : ", " + invalidRows + " dòng lỗi bị bỏ qua"));
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

    private void write(UserScope scope, List<ImportedPerson> chunk, String fileName, int[] counts) {
        write(scope, chunk, fileName, counts, registry.findByCodes(chunk.stream().map(p -> p.details().code()).toList()));
    }

    /** As above, with the records of the chunk's codes read in this transaction ({@code existing}). */
    private void write(UserScope scope, List<ImportedPerson> chunk, String fileName, int[] counts, Map<String, PersonRecord> existing) {
        List<PersonHistory> creations = new ArrayList<>();
        for (ImportedPerson person : chunk) {
            PersonRecord record = existing.get(person.details().code());
            if (record == null) {
                creations.add(history(person));
                counts[0]++;
            } else if (update(scope, person, record)) {
                counts[1]++;
            } else {
                counts[2]++;
            }
        }
        registry.importNew(scope, creations, fileName);
    }

    // ---- reading ---------------------------------------------------------------------------------

    private record Scan(List<String> fileErrors, List<String> warnings, int rows) {
    }

    private interface ChunkHandler {
        void chunk(List<ImportedPerson> chunk, int rowsSoFar);
    }

    /**
     * Streams the file once: checks every row, reports errors, and hands the valid rows over in
     * chunks; only the codes seen are kept, so memory does not grow with the rows' content.
     */
    private Scan scan(UserScope scope, ImportSource source, String fileName, List<RowError> errors, ChunkHandler handler) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Optional<Unit>> unitCache = new HashMap<>();
        InterchangeReader reader = new InterchangeReader(scope,
                code -> unitCache.computeIfAbsent(code, c -> units.findByCodeAsWritten(c, today)), today);
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<ImportedPerson> chunk = new ArrayList<>(CHUNK);
        int[] rows = {0};
        try (InputStream in = source.open()) {
            TabularFile.readWithHeader(in, fileName, InterchangeReader::looksLikeHeader, new TabularFile.HeaderedRows() {
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
                                "mã cán bộ trùng với dòng " + first + " trong cùng tệp"));
                        return;
                    }
                    reader.read(rowNumber, values, errors).ifPresent(chunk::add);
                    if (chunk.size() == CHUNK) {
                        handler.chunk(List.copyOf(chunk), rows[0]);
                        chunk.clear();
                    }
                }
            });
        } catch (TabularFile.InvalidFileException e) {
            reader.fileErrors().add(e.getMessage());
        } catch (IOException e) {
            reader.fileErrors().add("Không đọc được tệp tải lên.");
        }
        List<String> fileErrors = new ArrayList<>(reader.fileErrors());
        if (!reader.headerSeen() && fileErrors.isEmpty()) {
            fileErrors.add("Tệp rỗng: không có dòng tiêu đề.");
        } else if (fileErrors.isEmpty() && rows[0] == 0) {
            fileErrors.add("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
        }
        if (fileErrors.isEmpty() && !chunk.isEmpty()) {
            handler.chunk(List.copyOf(chunk), rows[0]);
        }
        return new Scan(fileErrors, reader.warnings(), rows[0]);
    }

    // ---- planning --------------------------------------------------------------------------------

    private List<RowPlan> plan(UserScope scope, List<ImportedPerson> chunk, List<RowError> errors) {
        return plan(scope, chunk, errors, registry.findByCodes(chunk.stream().map(p -> p.details().code()).toList()));
    }

    /** As above, with the records of the chunk's codes already read ({@code existing}). */
    private List<RowPlan> plan(UserScope scope, List<ImportedPerson> chunk, List<RowError> errors, Map<String, PersonRecord> existing) {
        List<RowPlan> plans = new ArrayList<>(chunk.size());
        Set<Long> visible = registry.visibleAmong(scope, existing.values().stream().map(r -> r.id().value()).toList());
        for (ImportedPerson person : chunk) {
            PersonRecord record = existing.get(person.details().code());
            if (record != null && !visible.contains(record.id().value())) {
                errors.add(new RowError(person.row(), InterchangeColumn.MA_CAN_BO.header(), record.code(),
                        "người có mã này đang công tác ở đơn vị ngoài phạm vi của bạn"));
                continue;
            }
            List<RowPlan.FieldChange> changes;
            try {
                changes = record == null ? List.of() : changes(person, record);
            } catch (InvalidPersonDataException e) {
                // The row contradicts what the record keeps (a new post starting before the current one, a birth date
                // after the recorded party admission …).
                boolean start = "startedOn".equals(e.field());
                errors.add(new RowError(person.row(), (start ? InterchangeColumn.NGAY_BAT_DAU : InterchangeColumn.NGAY_SINH).header(),
                        start ? (person.startedOn() == null ? "" : Dates.format(person.startedOn())) : Dates.format(person.details().birthDate()),
                        e.getMessage()));
                continue;
            }
            RowPlan.Action action = record == null ? RowPlan.Action.CREATE
                    : changes.isEmpty() ? RowPlan.Action.UNCHANGED : RowPlan.Action.UPDATE;
            plans.add(new RowPlan(person.row(), person.details().code(), person.details().fullName(), action, changes));
        }
        return plans;
    }

    /** Field by field, what the row would change in the record as it is today. */
    private List<RowPlan.FieldChange> changes(ImportedPerson person, PersonRecord record) {
        LocalDate today = LocalDate.now(clock);
        List<RowPlan.FieldChange> changes = new ArrayList<>();
        PersonDetails d = merged(person, record);
        add(changes, "Họ và tên", record.fullName(), d.fullName());
        add(changes, "Ngày sinh", Dates.format(record.birthDate()), Dates.format(d.birthDate()));
        add(changes, "Giới tính", record.gender().label(), d.gender().label());
        add(changes, "Dân tộc", record.ethnicity(), d.ethnicity());
        add(changes, "Số CCCD", record.citizenId(), d.citizenId());
        add(changes, "Đảng viên", record.partyMember() ? "Có" : "Không", d.partyMember() ? "Có" : "Không");
        Optional<Assignment> post = record.assignmentOn(today);
        if (post.isEmpty() || !samePost(post.get(), person)) {
            // The write's own check, asked now: a row accepted here is never refused when written.
            registry.refusalOfNewPost(record, startOf(person)).ifPresent(reason -> {
                throw new InvalidPersonDataException("startedOn", reason);
            });
            add(changes, "Chức vụ", post.map(a -> a.titleName() + ", " + a.unitName()).orElse(null),
                    PositionTitle.byCode(person.titleCode()).name() + ", " + person.unit().name());
        }
        Map<Dimension, ScaleLevel> current = record.levelsOn(today);
        for (Map.Entry<Dimension, ScaleLevel> stated : person.levels().entrySet()) {
            boolean recorded = record.highestOn(stated.getKey(), today).isPresent();
            ScaleLevel now = current.get(stated.getKey());
            if (!recorded || !now.code().equals(stated.getValue().code())) {
                add(changes, stated.getKey().label(), recorded ? now.label() : null, stated.getValue().label());
            }
        }
        if (person.fieldOfStudy() != null) {
            String field = record.highestOn(Dimension.PROFESSIONAL, today).map(Qualification::fieldOfStudy).orElse(null);
            add(changes, "Chuyên ngành", field, person.fieldOfStudy());
        }
        return changes;
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

    private PersonHistory history(ImportedPerson person) {
        LocalDate start = startOf(person);
        NewAssignment post = new NewAssignment(person.unit().id(), person.category(), person.titleCode(), start,
                AssignmentReason.TUYEN_DUNG);
        List<QualificationDetails> qualifications = new ArrayList<>();
        for (Map.Entry<Dimension, ScaleLevel> level : person.levels().entrySet()) {
            // The interchange format gives no dates: a level imported with a new person counts as always held.
            qualifications.add(new QualificationDetails(level.getKey(), level.getValue(),
                    level.getKey() == Dimension.PROFESSIONAL ? person.fieldOfStudy() : null, null, null, null));
        }
        PersonDetails d = person.details();
        return new PersonHistory(d, List.of(new PersonHistory.Post(post, null, null)), qualifications);
    }

    /** The post starts on the stated date, or today; never before its unit existed. */
    private LocalDate startOf(ImportedPerson person) {
        LocalDate start = person.startedOn() == null ? LocalDate.now(clock) : person.startedOn();
        LocalDate birthPlus15 = person.details().birthDate().plusYears(15);
        if (start.isBefore(birthPlus15)) {
            start = birthPlus15;
        }
        return start.isBefore(person.unit().validFrom()) ? person.unit().validFrom() : start;
    }

    private boolean update(UserScope scope, ImportedPerson person, PersonRecord record) {
        if (changes(person, record).isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        PersonDetails details = merged(person, record);
        if (!details.equals(new PersonDetails(record.code(), record.fullName(), record.birthDate(), record.gender(),
                record.ethnicity(), record.citizenId(), record.partyMember(), record.partyJoinedOn()))) {
            registry.correctIdentity(scope, record.id(), record.version(), details);
        }
        Optional<Assignment> post = record.assignmentOn(today);
        if (post.isEmpty() || !samePost(post.get(), person)) {
            // The date the check accepted (the stated one, else today), never another one.
            LocalDate start = startOf(person);
            registry.assign(scope, record.id(), new NewAssignment(person.unit().id(), person.category(), person.titleCode(),
                    start, post.isEmpty() ? AssignmentReason.TUYEN_DUNG : AssignmentReason.DIEU_DONG));
        }
        Map<Dimension, ScaleLevel> current = record.levelsOn(today);
        for (Map.Entry<Dimension, ScaleLevel> stated : person.levels().entrySet()) {
            Dimension dimension = stated.getKey();
            ScaleLevel level = stated.getValue();
            Optional<Qualification> top = record.highestOn(dimension, today);
            String field = dimension == Dimension.PROFESSIONAL && person.fieldOfStudy() != null ? person.fieldOfStudy()
                    : top.map(Qualification::fieldOfStudy).orElse(null);
            if (top.isEmpty() || level.rank() > current.get(dimension).rank()) {
                // A higher level than recorded: a new qualification, known from today.
                registry.grantQualification(scope, record.id(), new QualificationDetails(dimension, level, field, null,
                        top.isEmpty() ? null : today, null));
            } else if (!level.code().equals(top.get().level().code()) || !Objects.equals(field, top.get().fieldOfStudy())) {
                // A lower level, or another field of study: the file corrects the recorded one.
                Qualification q = top.get();
                registry.correctQualification(scope, record.id(), q.id(), q.version(), new QualificationDetails(dimension,
                        level, field, q.institution(), q.acquiredOn(), q.evidence()));
            }
        }
        if (person.fieldOfStudy() != null && !person.levels().containsKey(Dimension.PROFESSIONAL)) {
            record.highestOn(Dimension.PROFESSIONAL, today).filter(q -> !person.fieldOfStudy().equals(q.fieldOfStudy()))
                    .ifPresent(q -> registry.correctQualification(scope, record.id(), q.id(), q.version(),
                            new QualificationDetails(Dimension.PROFESSIONAL, q.level(), person.fieldOfStudy(), q.institution(),
                                    q.acquiredOn(), q.evidence())));
        }
        return true;
    }
}
