package vn.chuan.dossier;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.evaluation.Conduct;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.Qualification;
import vn.chuan.security.SensitiveAccess;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/**
 * The personnel file's facade: reads a person's file within the user's scope (leaving the
 * sensitive sections out for a role without the right, recording each view of them), and writes
 * every part of it with its audit entry. Scope is the person registry's: a person out of scope is
 * not found.
 */
@Service
public class PersonnelFiles {

    static final String SUBJECT_PROFILE = "PROFILE";
    /** Audit entries of sensitive fields: shown in a person's history only to roles that see sensitive data. */
    static final String SUBJECT_SENSITIVE = AuditEvent.SENSITIVE_SUBJECT;
    static final String SUBJECT_ENTRY = "DOSSIER_ENTRY";
    static final String SUBJECT_DOCUMENT = "DOCUMENT";

    private final PersonRegistry people;
    private final DossierRepository repository;
    private final SensitiveAccess sensitive;
    private final SensitiveData views;
    private final Conduct conduct;
    private final AuditLog audit;
    private final Clock clock;
    private final long documentLimit;

    PersonnelFiles(PersonRegistry people, DossierRepository repository, SensitiveAccess sensitive, SensitiveData views,
            Conduct conduct, AuditLog audit, Clock clock, @Value("${chuan.documents.max-bytes:10485760}") long documentLimit) {
        this.people = people;
        this.repository = repository;
        this.sensitive = sensitive;
        this.views = views;
        this.conduct = conduct;
        this.audit = audit;
        this.clock = clock;
        this.documentLimit = documentLimit;
    }

    // ---- reading -------------------------------------------------------------------------------------

    /** One person's file; a view of its sensitive sections is recorded with {@code purpose}. */
    @Transactional
    public PersonnelFile open(UserScope scope, PersonId id, SensitiveData.Purpose purpose) {
        return openAll(scope, List.of(id.value()), purpose).get(0);
    }

    /** The files of these persons within the scope (those out of scope are left out), in the order given. */
    @Transactional
    public List<PersonnelFile> openAll(UserScope scope, List<Long> ids, SensitiveData.Purpose purpose) {
        List<PersonRecord> records = ids.size() == 1 ? List.of(people.get(scope, new PersonId(ids.get(0)))) : people.findByIds(scope, ids);
        return filesOf(scope, records, purpose, ids.size() == 1, true);
    }

    /**
     * The files of records the caller has already read within {@code scope} (the national file reads
     * them by the thousand); documents are listed for a single person only.
     */
    @Transactional
    public List<PersonnelFile> filesOf(UserScope scope, List<PersonRecord> records, SensitiveData.Purpose purpose) {
        return filesOf(scope, records, purpose, false, true);
    }

    /**
     * As {@link #filesOf(UserScope, List, SensitiveData.Purpose)}; {@code askSensitive} false leaves the
     * sensitive sections out even for a role that may see them (a list or an export not asked to hold them).
     */
    private List<PersonnelFile> filesOf(UserScope scope, List<PersonRecord> records, SensitiveData.Purpose purpose, boolean withDocuments,
            boolean askSensitive) {
        List<Long> found = records.stream().map(r -> r.id().value()).toList();
        boolean shown = askSensitive && sensitive.allows(scope);
        Map<Long, Profile> profiles = repository.profiles(found);
        Map<Long, List<FamilyMember>> family = repository.family(found);
        Map<Long, List<WorkEntry>> work = repository.work(found);
        Map<Long, List<TrainingEntry>> training = repository.training(found);
        Map<Long, List<SalaryStep>> salary = repository.salary(found);
        Map<Long, List<Conduct.Discipline>> disciplines = conduct.disciplinesOf(found);
        Map<Long, List<Conduct.Award>> awards = conduct.awardsOf(found);
        List<PersonnelFile> files = new ArrayList<>();
        for (PersonRecord record : records) {
            long id = record.id().value();
            Profile profile = profiles.getOrDefault(id, Profile.EMPTY);
            files.add(new PersonnelFile(record, shown ? profile : profile.withoutSensitive(), shown,
                    shown ? family.get(id) : List.of(), work.get(id), training.get(id), salary.get(id),
                    withDocuments ? documents(record, attachables(record, salary.get(id), disciplines.getOrDefault(id, List.of()),
                            awards.getOrDefault(id, List.of()))) : List.of(), disciplines.getOrDefault(id, List.of()),
                    awards.getOrDefault(id, List.of())));
        }
        if (shown && !found.isEmpty()) {
            views.recordViews(found, purpose);
        }
        return files;
    }

    /**
     * The salary histories of these persons (the caller has read them within its scope), oldest step
     * first: what the due dates read. Nothing sensitive, no view recorded.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<SalaryStep>> salaryOf(List<Long> personIds) {
        return repository.salary(personIds);
    }

    /** Whether the scope's role sees the sensitive sections (religion, health, family). */
    public boolean seesSensitive(UserScope scope) {
        return sensitive.allows(scope);
    }

    public List<SalaryRank> ranks() {
        return repository.ranks();
    }

    /** The portrait photos of these persons (the latest of each), for the printed 2C. */
    @Transactional(readOnly = true)
    public Map<Long, byte[]> photos(List<PersonnelFile> files) {
        return repository.photos(files.stream().map(f -> f.person().id().value()).toList());
    }

    // ---- loading many files at once -------------------------------------------------------------------

    /** One person's file as a batch brings it, keyed by the person's code. */
    public record FileContent(String personCode, Profile profile, List<FamilyMember> family, List<WorkEntry> work,
            List<TrainingEntry> training, List<SalaryStep> salary) {
    }

    /**
     * Writes the files of many persons at once (the demo province), replacing nothing: for persons
     * whose files are empty. Persons whose codes are unknown are skipped; the count written is returned.
     */
    @Transactional
    public int loadAll(List<FileContent> contents) {
        return repository.loadAll(contents);
    }

    // ---- the interchange workbook ----------------------------------------------------------------------

    /**
     * The personnel file of these persons as an export carries it ({@link FileExport}); religion,
     * health and family only when asked ({@code askSensitive}) by a role that sees them, each such
     * export recorded as a view.
     */
    @Transactional
    public FileExport export(UserScope scope, List<Long> ids, boolean askSensitive) {
        boolean shown = askSensitive && sensitive.allows(scope);
        List<PersonnelFile> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            all.addAll(filesOf(scope, people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + 1000))),
                    SensitiveData.Purpose.XUAT, false, shown));
        }
        return new FileExport(all, shown);
    }

    /** A file to read, perhaps more than once (the people sheet, then the personnel file's columns and sheets). */
    @FunctionalInterface
    public interface Source {
        java.io.InputStream open() throws java.io.IOException;
    }

    /** Whether a column header names one of the 2C's own fields (an import reads it as such, not as unknown). */
    public static boolean isProfileHeader(String header) {
        return ProfileField.byHeader(header).isPresent();
    }

    /** The 2C's own fields as template columns: label, ASCII key, what it holds. */
    public static List<List<String>> profileColumnHelp() {
        return java.util.Arrays.stream(ProfileField.values()).map(f -> List.of(f.label(), f.key(), f.help())).toList();
    }

    /** The personnel file's sheets, empty, for the import template. */
    public static void writeTemplateSheets(org.dhatim.fastexcel.Workbook workbook) {
        FileSheets.write(workbook, List.of(), true);
    }

    /** Each sheet of the template, and what it holds (for the template's help sheet). */
    public static List<Map.Entry<String, String>> sheetHelp() {
        return java.util.Arrays.stream(FileSheets.Sheet.values()).filter(s -> s != FileSheets.Sheet.PROFILE)
                .map(s -> Map.entry(s.title(), s.help())).toList();
    }

    /**
     * What the personnel file's sheets of an imported workbook changed (or, {@code written} false, would
     * change): persons whose file changes, and what was not read.
     */
    public record SheetImport(boolean present, boolean written, int persons, List<String> errors) implements java.io.Serializable {

        public String summary() {
            return Messages.text(written ? "dossier.sheet.summary" : "dossier.sheet.preview", persons);
        }
    }

    /**
     * Reads the personnel file's sheets of a workbook (none: nothing happens) and, for each person of
     * the scope a sheet lists, replaces what that part of the file held; the same content changes
     * nothing. Rows that cannot be read, persons out of scope and entries the rules refuse are
     * listed and left out; the rest is written, audited per person.
     */
    @Transactional
    public SheetImport importSheets(UserScope scope, Source source, String fileName) {
        return sheets(scope, source, fileName, true, java.util.Set.of());
    }

    /**
     * What {@link #importSheets} would do, nothing written: for an import's preview. Persons the same
     * import creates ({@code created}, by code) have no file yet: their rows are checked and counted.
     */
    @Transactional(readOnly = true)
    public SheetImport previewSheets(UserScope scope, Source source, String fileName, java.util.Set<String> created) {
        return sheets(scope, source, fileName, false, created);
    }

    private SheetImport sheets(UserScope scope, Source source, String fileName, boolean write, java.util.Set<String> created) {
        FileSheets.Read read;
        try {
            read = FileSheets.read(source, fileName);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>(read.errors());
        if (read.rows().isEmpty()) {
            return new SheetImport(false, write, 0, errors);
        }
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        read.rows().values().forEach(byCode -> codes.addAll(byCode.keySet()));
        Map<String, PersonRecord> found = people.findByCodes(codes);
        java.util.Set<Long> visible = people.visibleAmong(scope, found.values().stream().map(r -> r.id().value()).toList());
        java.util.Set<String> changed = new java.util.HashSet<>();
        List<SalaryRank> ranks = repository.ranks();
        boolean shown = sensitive.allows(scope);
        for (Map.Entry<FileSheets.Sheet, Map<String, List<Map<String, String>>>> sheet : read.rows().entrySet()) {
            for (Map.Entry<String, List<Map<String, String>>> person : sheet.getValue().entrySet()) {
                PersonRecord record = found.get(person.getKey());
                boolean known = record != null && visible.contains(record.id().value());
                boolean comingWithThisFile = !write && record == null && created.contains(person.getKey());
                if (!known && !comingWithThisFile) {
                    errors.add(Messages.text("dossier.sheet.unknownPerson", sheet.getKey().title(), person.getKey()));
                    continue;
                }
                if (sheet.getKey() == FileSheets.Sheet.FAMILY && !shown) {
                    continue;
                }
                try {
                    if (FileSheetImport.apply(this, repository, audit, scope, known ? record : null, sheet.getKey(), person.getValue(), ranks,
                            shown, write, errors)) {
                        changed.add(person.getKey());
                    }
                } catch (InvalidDossierException e) {
                    errors.add(Messages.text("dossier.sheet.refused", sheet.getKey().title(), person.getKey(), e.getMessage()));
                }
            }
        }
        return new SheetImport(true, write, changed.size(), errors);
    }

    // ---- the 2C's own fields -------------------------------------------------------------------------

    /**
     * Saves the 2C's fields. A role without the right to sensitive data keeps religion and health as
     * they are (it never saw them); the form's version guards against a lost update.
     */
    @Transactional
    public void saveProfile(UserScope scope, PersonId id, Profile typed, int expectedVersion) {
        PersonRecord person = writable(scope, id);
        Optional<Profile> stored = repository.profile(id.value());
        if (stored.isEmpty() && expectedVersion != 0) {
            throw new InvalidDossierException("version", Messages.text("dossier.profile.changedMeanwhile"));
        }
        Profile before = stored.orElse(Profile.EMPTY);
        boolean shown = sensitive.allows(scope);
        Profile after = shown ? typed : typed.withSensitiveOf(before);
        check(after);
        if (!repository.saveProfile(id.value(), after, expectedVersion, stored.isPresent())) {
            throw new InvalidDossierException(null, Messages.text("dossier.profile.changedMeanwhile"));
        }
        AuditEvent.Builder plain = AuditEvent.of(SUBJECT_PROFILE, id.value(), "UPDATE").person(id.value())
                .summary(Messages.text("dossier.audit.profileSaved", person.fullName()));
        AuditEvent.Builder secret = AuditEvent.of(SUBJECT_SENSITIVE, id.value(), "UPDATE").person(id.value())
                .summary(Messages.text("dossier.audit.sensitiveSaved", person.fullName()));
        for (ProfileField field : ProfileField.values()) {
            (field.sensitive() ? secret : plain).change(field.label(), field.text(before), field.text(after));
        }
        if (plain.hasChanges()) {
            audit.record(plain.build());
        }
        if (secret.hasChanges()) {
            audit.record(secret.build());
        }
    }

    private void check(Profile p) {
        atMost("otherNames", p.otherNames(), 150);
        atMost("birthPlace", p.birthPlace(), 300);
        atMost("homeTown", p.homeTown(), 300);
        atMost("permanentResidence", p.permanentResidence(), 300);
        atMost("currentResidence", p.currentResidence(), 300);
        atMost("religion", p.religion(), 60);
        atMost("healthStatus", p.healthStatus(), 100);
        atMost("recruitedBy", p.recruitedBy(), 200);
        atMost("occupationBefore", p.occupationBefore(), 200);
        atMost("partyPosts", p.partyPosts(), 300);
        atMost("massOrganisations", p.massOrganisations(), 300);
        atMost("armyRank", p.armyRank(), 60);
        atMost("honours", p.honours(), 300);
        atMost("strengths", p.strengths(), 300);
        LocalDate today = LocalDate.now(clock);
        future("recruitedOn", p.recruitedOn(), today);
        future("partyOfficialOn", p.partyOfficialOn(), today);
        future("armyEnlistedOn", p.armyEnlistedOn(), today);
        if (p.armyEnlistedOn() != null && p.armyDischargedOn() != null && p.armyDischargedOn().isBefore(p.armyEnlistedOn())) {
            throw new InvalidDossierException("armyDischargedOn", Messages.text("dossier.profile.dischargedBeforeEnlisted"));
        }
        if (p.heightCm() != null && (p.heightCm() < 100 || p.heightCm() > 230)) {
            throw new InvalidDossierException("heightCm", Messages.text("dossier.profile.height"));
        }
        if (p.weightKg() != null && (p.weightKg() < 25 || p.weightKg() > 250)) {
            throw new InvalidDossierException("weightKg", Messages.text("dossier.profile.weight"));
        }
        if (p.bloodGroup() != null && !p.bloodGroup().isBlank() && !p.bloodGroup().matches("A|B|AB|O")) {
            throw new InvalidDossierException("bloodGroup", Messages.text("dossier.profile.bloodGroup"));
        }
        if (p.socialInsuranceNo() != null && !p.socialInsuranceNo().isBlank() && !p.socialInsuranceNo().matches("\\d{10}")) {
            throw new InvalidDossierException("socialInsuranceNo", Messages.text("dossier.profile.socialInsurance"));
        }
    }

    private static void future(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new InvalidDossierException(field, Messages.text("dossier.dateInFuture", Dates.format(date)));
        }
    }

    // ---- histories -------------------------------------------------------------------------------------

    @Transactional
    public long addFamily(UserScope scope, PersonId id, FamilyMember member) {
        PersonRecord person = writable(scope, id);
        if (!sensitive.allows(scope)) {
            throw new InvalidDossierException(null, Messages.text("dossier.sensitive.notAllowed"));
        }
        checkFamily(member);
        long entry = repository.addFamily(id.value(), member);
        audit.record(AuditEvent.of(SUBJECT_SENSITIVE, entry, "CREATE").person(id.value())
                .summary(Messages.text("dossier.audit.familyAdded", person.fullName(), member.relation().label(), member.fullName())).build());
        return entry;
    }

    void checkFamily(FamilyMember member) {
        required("fullName", member.fullName());
        atMost("fullName", member.fullName(), 150);
        atMost("homeTown", member.homeTown(), 300);
        atMost("occupation", member.occupation(), 200);
        atMost("workplace", member.workplace(), 300);
        if (member.relation() == null) {
            throw new InvalidDossierException("relation", Messages.text("dossier.family.relationRequired"));
        }
        int year = LocalDate.now(clock).getYear();
        if (member.birthYear() != null && (member.birthYear() < 1880 || member.birthYear() > year)) {
            throw new InvalidDossierException("birthYear", Messages.text("dossier.family.birthYearRange", year));
        }
    }

    @Transactional
    public long addWork(UserScope scope, PersonId id, WorkEntry work) {
        PersonRecord person = writable(scope, id);
        checkWork(work);
        long entry = repository.addWork(id.value(), work);
        audit.record(AuditEvent.of(SUBJECT_ENTRY, entry, "CREATE").person(id.value())
                .summary(Messages.text("dossier.audit.workAdded", person.fullName(), work.post(), Dates.format(work.fromOn()))).build());
        return entry;
    }

    void checkWork(WorkEntry work) {
        required("post", work.post());
        atMost("post", work.post(), 300);
        atMost("place", work.place(), 300);
        period(work.fromOn(), work.toOn());
    }

    @Transactional
    public long addTraining(UserScope scope, PersonId id, TrainingEntry course) {
        PersonRecord person = writable(scope, id);
        checkTraining(person, course);
        long entry = repository.addTraining(id.value(), course);
        audit.record(AuditEvent.of(SUBJECT_ENTRY, entry, "CREATE").person(id.value())
                .summary(Messages.text("dossier.audit.trainingAdded", person.fullName(), course.school(), course.mode().label())).build());
        return entry;
    }

    void checkTraining(PersonRecord person, TrainingEntry course) {
        required("school", course.school());
        atMost("school", course.school(), 300);
        atMost("field", course.field(), 200);
        atMost("diploma", course.diploma(), 200);
        if (course.mode() == null) {
            throw new InvalidDossierException("mode", Messages.text("dossier.training.modeRequired"));
        }
        period(course.fromOn(), course.toOn());
        if (course.qualificationId() != null
                && person.qualifications().stream().map(Qualification::id).noneMatch(q -> q == course.qualificationId())) {
            throw new InvalidDossierException("qualificationId", Messages.text("dossier.training.qualificationNotOfPerson"));
        }
    }

    /**
     * Records a salary step. The coefficient is the rank's for that step unless one is typed (a
     * scale the wage reform changed); the rules of {@link SalaryRule} refuse a step the rank lacks.
     */
    @Transactional
    public long addSalary(UserScope scope, PersonId id, String rankCode, int step, BigDecimal coefficient, int overCeilingPercent,
            BigDecimal positionAllowance, LocalDate effectiveOn, String decision) {
        PersonRecord person = writable(scope, id);
        SalaryStep salary = checkedSalary(repository.ranks(), rankCode, step, coefficient, overCeilingPercent, positionAllowance, effectiveOn,
                decision);
        long entry = repository.addSalary(id.value(), salary);
        audit.record(AuditEvent.of(SUBJECT_ENTRY, entry, "CREATE").person(id.value())
                .summary(Messages.text("dossier.audit.salaryAdded", person.fullName(), salary.rankName() + " (" + salary.rankCode() + ")",
                        step, salary.coefficient(), Dates.format(effectiveOn)))
                .build());
        return entry;
    }

    /** The step as it will be stored, after the rules of {@link SalaryRule} and the form's own checks. */
    SalaryStep checkedSalary(List<SalaryRank> ranks, String rankCode, int step, BigDecimal coefficient, int overCeilingPercent,
            BigDecimal positionAllowance, LocalDate effectiveOn, String decision) {
        SalaryRank rank = ranks.stream().filter(r -> r.code().equals(rankCode)).findFirst()
                .orElseThrow(() -> new InvalidDossierException("rankCode", Messages.text("dossier.salary.rankUnknown")));
        for (SalaryRule rule : SalaryRule.values()) {
            rule.unmet(rank, step, overCeilingPercent).ifPresent(reason -> {
                throw new InvalidDossierException("step", reason, rule.source());
            });
        }
        if (effectiveOn == null) {
            throw new InvalidDossierException("effectiveOn", Messages.text("dossier.salary.effectiveOnRequired"));
        }
        atMost("decision", decision, 100);
        if (overCeilingPercent < 0) {
            throw new InvalidDossierException("overCeilingPercent", SalaryRule.OVER_CEILING_AT_LAST_STEP.unmet(rank, rank.steps(), -1)
                    .orElseThrow());
        }
        if (coefficient != null && (coefficient.signum() <= 0 || coefficient.compareTo(BigDecimal.valueOf(100)) >= 0)) {
            throw new InvalidDossierException("coefficient", Messages.text("dossier.salary.coefficientRange"));
        }
        BigDecimal allowance = positionAllowance == null ? BigDecimal.ZERO : positionAllowance;
        if (allowance.signum() < 0 || allowance.compareTo(BigDecimal.valueOf(2)) > 0) {
            throw new InvalidDossierException("positionAllowance", Messages.text("dossier.salary.allowance"));
        }
        BigDecimal coef = coefficient == null ? rank.coefficient(step) : coefficient;
        return new SalaryStep(0, rank.code(), rank.name(), step, coef.setScale(2, java.math.RoundingMode.HALF_UP), overCeilingPercent,
                allowance.setScale(2, java.math.RoundingMode.HALF_UP), effectiveOn, blankToNull(decision));
    }

    /** Deletes one entry of the file (a relative, a period of work, a course, a salary step), audited. */
    @Transactional
    public void deleteEntry(UserScope scope, PersonId id, Entry kind, long entryId) {
        PersonRecord person = writable(scope, id);
        if (kind == Entry.FAMILY && !sensitive.allows(scope)) {
            throw new InvalidDossierException(null, Messages.text("dossier.sensitive.notAllowed"));
        }
        // Only the part the entry belongs to is read: deleting is not a view of the file.
        String described = kind.describe(repository, id.value(), entryId)
                .orElseThrow(() -> new InvalidDossierException(null, Messages.text("dossier.entryNotFound")));
        repository.delete(kind.table, id.value(), entryId);
        audit.record(AuditEvent.of(kind == Entry.FAMILY ? SUBJECT_SENSITIVE : SUBJECT_ENTRY, entryId, "DELETE").person(id.value())
                .summary(Messages.text("dossier.audit.entryDeleted", person.fullName(), described)).build());
    }

    /** The parts of the file deleted one entry at a time, each read from its own table. */
    public enum Entry {
        FAMILY(DossierRepository.Table.FAMILY, (r, p) -> r.family(List.of(p)).get(p).stream().map(m -> new Described(m.id(),
                m.relation().label() + ": " + m.fullName())).toList()),
        WORK(DossierRepository.Table.WORK, (r, p) -> r.work(List.of(p)).get(p).stream().map(w -> new Described(w.id(),
                w.post() + " (" + Dates.format(w.fromOn()) + ")")).toList()),
        TRAINING(DossierRepository.Table.TRAINING, (r, p) -> r.training(List.of(p)).get(p).stream().map(t -> new Described(t.id(),
                t.school() + " (" + Dates.format(t.fromOn()) + ")")).toList()),
        SALARY(DossierRepository.Table.SALARY, (r, p) -> r.salary(List.of(p)).get(p).stream().map(s -> new Described(s.id(),
                s.rankName() + " " + s.step() + " (" + Dates.format(s.effectiveOn()) + ")")).toList());

        private final DossierRepository.Table table;
        private final java.util.function.BiFunction<DossierRepository, Long, List<Described>> entries;

        Entry(DossierRepository.Table table, java.util.function.BiFunction<DossierRepository, Long, List<Described>> entries) {
            this.table = table;
            this.entries = entries;
        }

        Optional<String> describe(DossierRepository repository, long personId, long id) {
            return entries.apply(repository, personId).stream().filter(d -> d.id() == id).map(Described::text).findFirst();
        }
    }

    private record Described(long id, String text) {
    }

    // ---- documents -------------------------------------------------------------------------------------

    /** A file as sent: what the user chose it to be, and its bytes (null when the file was above the limit and not read). */
    public record NewDocument(DocumentKind kind, AttachedTo attachedTo, Long attachedId, String title, String fileName, long size,
            byte[] content) {
    }

    /** A stored file to send back. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    public long documentLimit() {
        return documentLimit;
    }

    /**
     * Stores a document after checking what it is by its content (PDF, JPEG or PNG: a renamed
     * program is refused), its size, and that what it is attached to is the person's.
     */
    @Transactional
    public long attach(UserScope scope, PersonId id, NewDocument doc) {
        PersonRecord person = writable(scope, id);
        if (doc.size() > documentLimit || (doc.content() != null && doc.content().length > documentLimit)) {
            throw new InvalidDossierException("file", Messages.text("dossier.document.tooLarge", megabytes(documentLimit)));
        }
        if (doc.content() == null || doc.content().length == 0) {
            throw new InvalidDossierException("file", Messages.text("dossier.document.empty"));
        }
        FileType type = FileType.of(doc.content())
                .orElseThrow(() -> new InvalidDossierException("file", Messages.text("dossier.document.unknownType")));
        if (doc.kind() == null) {
            throw new InvalidDossierException("kind", Messages.text("dossier.document.kindRequired"));
        }
        if (doc.kind() == DocumentKind.ANH_THE && !type.isImage()) {
            throw new InvalidDossierException("file", Messages.text("dossier.document.photoMustBeImage"));
        }
        AttachedTo to = doc.attachedTo() == null ? AttachedTo.HO_SO : doc.attachedTo();
        Long attachedId = to == AttachedTo.HO_SO ? null : doc.attachedId();
        long pid = id.value();
        String attachedTo = new Attachable(to, attachedId, "").value();
        if (attachables(person, repository.salary(List.of(pid)).get(pid), conduct.disciplinesOf(pid), conduct.awardsOf(List.of(pid))
                .getOrDefault(pid, List.of())).stream().noneMatch(a -> a.value().equals(attachedTo))) {
            throw new InvalidDossierException("attachedTo", Messages.text("dossier.document.attachedNotOfPerson"));
        }
        String title = doc.title() == null || doc.title().isBlank() ? doc.kind().label() : doc.title().strip();
        String fileName = safeName(doc.fileName(), type);
        long entry = repository.addDocument(id.value(), doc.kind(), to, attachedId, limit(title, 200), fileName, type.contentType(),
                doc.content(), sha256(doc.content()), AuditLog.currentActor(), LocalDateTime.now(clock));
        audit.record(AuditEvent.of(SUBJECT_DOCUMENT, entry, "CREATE").person(id.value())
                .summary(Messages.text("dossier.audit.documentAdded", person.fullName(), title, fileName)).build());
        return entry;
    }

    @Transactional(readOnly = true)
    public DocumentFile document(UserScope scope, PersonId id, long documentId) {
        people.get(scope, id);
        DossierRepository.DocumentRow row = repository.documents(id.value()).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new InvalidDossierException(null, Messages.text("dossier.entryNotFound")));
        byte[] content = repository.content(id.value(), documentId).orElseThrow();
        return new DocumentFile(row.fileName(), row.contentType(), content);
    }

    @Transactional
    public void deleteDocument(UserScope scope, PersonId id, long documentId) {
        PersonRecord person = writable(scope, id);
        DossierRepository.DocumentRow row = repository.documents(id.value()).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new InvalidDossierException(null, Messages.text("dossier.entryNotFound")));
        repository.delete(DossierRepository.Table.DOCUMENT, id.value(), documentId);
        audit.record(AuditEvent.of(SUBJECT_DOCUMENT, documentId, "DELETE").person(id.value())
                .summary(Messages.text("dossier.audit.documentDeleted", person.fullName(), row.title(), row.fileName()))
                .change(Messages.text("dossier.document.checksum"), row.sha256(), null).build());
    }

    /** What a document may be attached to: the file, or one of the person's posts, levels, salary steps, disciplines, awards. */
    public record Attachable(AttachedTo to, Long id, String label) {

        public String value() {
            return to.name() + (id == null ? "" : ":" + id);
        }
    }

    public List<Attachable> attachables(PersonnelFile file) {
        return attachables(file.person(), file.salary(), file.disciplines(), file.awards());
    }

    /** The one list of what a document may be attached to, with the labels the page, the check and the document list use. */
    private static List<Attachable> attachables(PersonRecord person, List<SalaryStep> salary, List<Conduct.Discipline> disciplines,
            List<Conduct.Award> awards) {
        List<Attachable> options = new ArrayList<>();
        options.add(new Attachable(AttachedTo.HO_SO, null, AttachedTo.HO_SO.label()));
        for (Assignment a : person.assignments()) {
            options.add(new Attachable(AttachedTo.CHUC_VU, a.id(), AttachedTo.CHUC_VU.label() + ": " + postLabel(a)));
        }
        for (Qualification q : person.qualifications()) {
            options.add(new Attachable(AttachedTo.TRINH_DO, q.id(), AttachedTo.TRINH_DO.label() + ": " + qualificationLabel(q)));
        }
        for (SalaryStep s : salary) {
            options.add(new Attachable(AttachedTo.LUONG, s.id(), AttachedTo.LUONG.label() + ": " + salaryLabel(s)));
        }
        for (Conduct.Discipline d : disciplines) {
            options.add(new Attachable(AttachedTo.KY_LUAT, d.id(), AttachedTo.KY_LUAT.label() + ": " + d.text()));
        }
        for (Conduct.Award a : awards) {
            options.add(new Attachable(AttachedTo.KHEN_THUONG, a.id(), AttachedTo.KHEN_THUONG.label() + ": " + a.form() + " ("
                    + Dates.format(a.decidedOn()) + ")"));
        }
        return options;
    }

    /** The person's documents, each labelled with what it is attached to (a part since deleted: its kind and number). */
    private List<DocumentInfo> documents(PersonRecord person, List<Attachable> attachables) {
        Map<String, String> labels = new HashMap<>();
        attachables.forEach(a -> labels.put(a.value(), a.label()));
        List<DocumentInfo> documents = new ArrayList<>();
        for (DossierRepository.DocumentRow row : repository.documents(person.id().value())) {
            String key = new Attachable(row.attachedTo(), row.attachedId(), "").value();
            String label = labels.getOrDefault(key, row.attachedTo().label() + ": #" + row.attachedId());
            documents.add(new DocumentInfo(row.id(), row.kind(), row.attachedTo(), row.attachedId(), label, row.title(), row.fileName(),
                    row.contentType(), row.sizeBytes(), row.sha256(), row.uploadedBy(), row.uploadedAt()));
        }
        return documents;
    }

    private static String postLabel(Assignment a) {
        return a.titleName() + " — " + a.unitName() + " (" + Dates.format(a.startedOn()) + ")";
    }

    private static String qualificationLabel(Qualification q) {
        return q.dimension().label() + ": " + q.level().label();
    }

    private static String salaryLabel(SalaryStep s) {
        return s.rankName() + ", " + Messages.text("dossier.salary.stepShort", s.step()) + " (" + Dates.format(s.effectiveOn()) + ")";
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private PersonRecord writable(UserScope scope, PersonId id) {
        scope.requireWrite(reason -> new InvalidDossierException(null, reason));
        return people.get(scope, id);
    }

    /** A text longer than its column holds is refused, not cut. */
    private static void atMost(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidDossierException(field, Messages.text("dossier.tooLong", max));
        }
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidDossierException(field, Messages.text("dossier.required"));
        }
    }

    private void period(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidDossierException("fromOn", Messages.text("dossier.required"));
        }
        future("fromOn", from, LocalDate.now(clock));
        if (to != null && to.isBefore(from)) {
            throw new InvalidDossierException("toOn", Messages.text("dossier.endBeforeStart"));
        }
    }

    private static String safeName(String name, FileType type) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "tai-lieu";
        }
        base = limit(base, 200);
        return base.toLowerCase().endsWith("." + type.extension()) ? base : base + "." + type.extension();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Text as typed, stripped; blank is none. */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
