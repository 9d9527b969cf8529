package vn.chuan.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * The annual evaluation: rounds, each unit's grid, the quota warned while filling and enforced on
 * submission, approval that locks the round, audited changes of a locked grade with a reason, and
 * the lists that follow from the grades.
 */
@Service
public class Evaluations {

    private final EvaluationRepository repository;
    private final Conduct conduct;
    private final PersonRegistry people;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Evaluations(EvaluationRepository repository, Conduct conduct, PersonRegistry people, Units units, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.conduct = conduct;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public List<EvaluationRound> rounds(UserScope scope) {
        // A commune officer sees the province's round too: it is where their commune is graded.
        List<EvaluationRound> all = repository.rounds("/");
        return all.stream().filter(r -> scope.isWholeDatabase() || scope.covers(r.unitPath()) || scope.path().startsWith(r.unitPath()))
                .toList();
    }

    public Optional<EvaluationRound> round(UserScope scope, long id) {
        return repository.round(id).filter(r -> scope.isWholeDatabase() || scope.covers(r.unitPath()) || scope.path().startsWith(r.unitPath()));
    }

    @Transactional
    public long openRound(UserScope scope, int year, long unitId) {
        Unit unit = units.find(new UnitId(unitId)).filter(scope::covers).filter(u -> scope.canWrite())
                .orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.unitOutOfScope")));
        if (year < 2000 || year > LocalDate.now(clock).getYear()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.yearRange"));
        }
        if (repository.roundExists(year, unitId)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.exists", year, unit.name()));
        }
        long id = repository.insertRound(year, unitId);
        audit.record(AuditEvent.of("EVALUATION_ROUND", id, "CREATE").summary(Messages.text("evaluation.rounds.opened", year,
                unit.name())).build());
        return id;
    }

    /** The units whose grids make up the round: the round's unit's children (itself when it has none). */
    public List<Unit> unitsOf(EvaluationRound round) {
        Unit root = units.get(new UnitId(round.unitId()));
        LocalDate on = round.postsOn(LocalDate.now(clock));
        List<Unit> children = units.subtree(root, on).stream().filter(u -> u.depth() == root.depth() + 1).toList();
        return children.isEmpty() ? List.of(root) : children;
    }

    /** The people holding a post in the unit on the round's date, with their grade of the year. */
    public List<GridRow> grid(UserScope scope, EvaluationRound round, Unit unit) {
        requireInRound(scope, round, unit);
        LocalDate on = round.postsOn(LocalDate.now(clock));
        List<Long> ids = people.ids(scope, PersonSearch.fromParameters(Map.of("donVi", String.valueOf(unit.id().value()),
                "ngay", on.toString()), LocalDate.now(clock)));
        Map<Long, GridRow> grades = repository.grades(round.year(), ids);
        List<GridRow> rows = new ArrayList<>();
        for (PersonRecord record : people.findByIds(scope, ids)) {
            Optional<Assignment> post = record.assignmentOn(on);
            GridRow grade = grades.get(record.id().value());
            rows.add(new GridRow(record.id().value(), record.code(), record.fullName(),
                    post.map(p -> PositionTitle.nameOf(p.titleCode())).orElse(""),
                    grade == null ? null : grade.gradeId(), grade == null ? null : grade.grade(), grade == null ? null : grade.comment(),
                    grade == null ? 0 : grade.version()));
        }
        rows.sort(Comparator.comparing(GridRow::name));
        return rows;
    }

    private void requireInRound(UserScope scope, EvaluationRound round, Unit unit) {
        if (!unit.path().startsWith(round.unitPath()) || !scope.covers(unit)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.unitNotInRoundOrScope", unit.name()));
        }
    }

    /** A grade and a comment for one person, as the grid sends them. */
    public record Entry(long personId, Grade grade, String comment) {
    }

    /**
     * Saves a unit's grades (a person outside the unit's grid, or a second grade for the year in
     * another round, is refused; nothing is saved then) and returns the quota warning, if any.
     */
    @Transactional
    public Optional<String> save(UserScope scope, long roundId, Unit unit, List<Entry> entries) {
        return save(scope, roundId, unit, entries, false);
    }

    /**
     * Records a past year's results as they were decided (a round closed before Chuẩn kept it): the
     * grades are saved as given, a breach of the cap is kept (history is a fact) and listed by
     * {@link #decidedBreaches} as a data-quality finding, and the round is locked.
     */
    @Transactional
    public int recordDecided(UserScope scope, long roundId, Map<Unit, List<Entry>> gradesByUnit) {
        EvaluationRound round = round(scope,
                roundId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.rounds.notFound")));
        requireApprover(scope, round);
        if (round.locked()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.closedYear", round.year()));
        }
        int saved = 0;
        for (Map.Entry<Unit, List<Entry>> unit : gradesByUnit.entrySet()) {
            save(scope, roundId, unit.getKey(), unit.getValue(), true);
            saved += unit.getValue().size();
        }
        repository.lock(roundId, LocalDate.now(clock));
        repository.markRecordedAsDecided(roundId);
        audit.record(AuditEvent.of("EVALUATION_ROUND", roundId, "RECORDED_AS_DECIDED")
                .summary(Messages.text("evaluation.grades.recordedDecided", round.year(), round.unitName(), saved))
                .build());
        return saved;
    }

    /** A unit of a round recorded as decided whose grades break the cap (and that no approver allowed above it). */
    public record QuotaBreach(int year, String unitName, String detail) {
    }

    public List<QuotaBreach> decidedBreaches(UserScope scope) {
        List<QuotaBreach> breaches = new ArrayList<>();
        for (EvaluationRound round : rounds(scope)) {
            if (!repository.recordedAsDecided(round.id())) {
                continue;
            }
            Map<Long, String> exceptions = repository.quotaExceptions(round.id());
            Map<Long, Map<Grade, Integer>> counts = repository.countsByUnit(round.id());
            for (Unit unit : unitsOf(round)) {
                if (scope.covers(unit) && !exceptions.containsKey(unit.id().value())) {
                    Quota.check(counts.getOrDefault(unit.id().value(), Map.of()))
                            .ifPresent(b -> breaches.add(new QuotaBreach(round.year(), unit.name(), Messages.text("evaluation.yearOf", round.year(),
                                    b))));
                }
            }
        }
        return breaches;
    }

    private Optional<String> save(UserScope scope, long roundId, Unit unit, List<Entry> entries, boolean asDecided) {
        EvaluationRound round = round(scope,
                roundId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.rounds.notFound")));
        if (round.locked()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.closedCorrectOneByOne"));
        }
        if (!scope.canWrite()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.readOnlyAccount"));
        }
        Map<Long, GridRow> grid = new HashMap<>();
        grid(scope, round, unit).forEach(r -> grid.put(r.personId(), r));
        for (Entry entry : entries) {
            if (!grid.containsKey(entry.personId())) {
                throw new InvalidEvaluationException(Messages.text("evaluation.grades.personNotInUnit", entry.personId(), unit.name(),
                        round.year()));
            }
            if (entry.grade() != null && entry.grade() != Grade.KHT) {
                Optional<Conduct.Discipline> discipline = conduct.disciplinedIn(entry.personId(), round.year());
                if (discipline.isPresent()) {
                    throw new InvalidEvaluationException(Messages.text("evaluation.grades.disciplinedOnlyKht", grid.get(entry.personId()).name(),
                            round.year(), discipline.get().text()));
                }
            }
            Optional<Long> other = repository.roundOfGrade(entry.personId(), round.year());
            if (other.isPresent() && other.get() != round.id()) {
                throw new InvalidEvaluationException(Messages.text("evaluation.grades.gradedInOtherRound", grid.get(entry.personId()).name(),
                        round.year()));
            }
        }
        for (Entry entry : entries) {
            GridRow row = grid.get(entry.personId());
            String comment = entry.comment() == null || entry.comment().isBlank() ? null : entry.comment().strip();
            if (entry.grade() == null || (entry.grade() == row.grade() && Objects.equals(comment, row.comment()))) {
                continue;
            }
            if (row.grade() == null) {
                repository.insertGrade(round.id(), entry.personId(), unit.id().value(), round.year(), entry.grade(), comment);
            } else if (!repository.updateGrade(entry.personId(), round.year(), row.version(), entry.grade(), comment)) {
                throw new InvalidEvaluationException(Messages.text("evaluation.grades.changedMeanwhile", row.name()));
            }
            audit.record(AuditEvent.of("EVALUATION_GRADE", entry.personId(), row.grade() == null ? "CREATE" : "UPDATE")
                    .person(entry.personId()).summary(Messages.text("evaluation.grades.ofYear", round.year()))
                    .change(Messages.text("evaluation.grades.grade"), row.grade() == null ? null : row.grade().label(), entry.grade().label())
                    .change(Messages.text("evaluation.grades.comment"), row.comment(), comment).build());
        }
        // The grid as saved: what was read, with the entries applied (no second reading). The cap holds at every save,
        // before and after submission, from the page, the grade import and the API alike (the transaction rolls back).
        Map<Long, Grade> saved = new HashMap<>();
        grid.values().forEach(r -> saved.put(r.personId(), r.grade()));
        entries.stream().filter(e -> e.grade() != null).forEach(e -> saved.put(e.personId(), e.grade()));
        Optional<String> breach = Quota.check(counts(saved.values()));
        if (breach.isEmpty()) {
            return Optional.empty();
        }
        String exception = repository.quotaExceptions(round.id()).get(unit.id().value());
        if (asDecided) {
            return breach;
        }
        if (exception == null) {
            throw new InvalidEvaluationException(Messages.text("evaluation.grades.notSavedAboveQuota", breach.get()));
        }
        return Optional.of(Messages.text("evaluation.grades.unitAllowedAboveQuota", breach.get(), exception));
    }

    /**
     * Allows a unit of a round above the cap on "excellent" (the exception NĐ 335/2025 allows units
     * with outstanding results): by the officers who approve the round, with a reason; audited.
     */
    @Transactional
    public void allowAboveQuota(UserScope scope, long roundId, Unit unit, String reason, String by) {
        EvaluationRound round = round(scope,
                roundId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.rounds.notFound")));
        requireApprover(scope, round);
        if (round.locked()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.closed"));
        }
        if (unitsOf(round).stream().noneMatch(u -> u.id().equals(unit.id()))) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.unitNotInRound", unit.name()));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.aboveQuotaReasonRequired"));
        }
        if (repository.quotaExceptions(roundId).containsKey(unit.id().value())) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.aboveQuotaAlreadyAllowed", unit.name()));
        }
        repository.markQuotaException(roundId, unit.id().value(), reason.strip(), by, LocalDate.now(clock));
        audit.record(AuditEvent.of("EVALUATION_ROUND", roundId, "QUOTA_EXCEPTION")
                .summary(Messages.text("evaluation.rounds.aboveQuotaAllowed", unit.name(), round.year()))
                .change(Messages.text("evaluation.rounds.aboveQuotaReason"), null, reason.strip()).build());
    }

    /** The units allowed above the quota in a round: unit id → reason, who and when. */
    public Map<Long, String> quotaExceptions(long roundId) {
        return repository.quotaExceptions(roundId);
    }

    private static void requireApprover(UserScope scope, EvaluationRound round) {
        if (!scope.canWrite() || !(scope.isWholeDatabase() || round.unitPath().startsWith(scope.path()))) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.approverLevel", round.unitName()));
        }
    }

    private static Map<Grade, Integer> counts(Collection<Grade> grades) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        grades.stream().filter(Objects::nonNull).forEach(g -> counts.merge(g, 1, Integer::sum));
        return counts;
    }

    /** The quota warning of a unit's grid as it stands. */
    public Optional<String> quotaWarning(UserScope scope, EvaluationRound round, Unit unit) {
        return quotaWarning(grid(scope, round, unit));
    }

    private static Optional<String> quotaWarning(List<GridRow> grid) {
        return Quota.check(counts(grid.stream().map(GridRow::grade).toList()));
    }

    /** Submits a unit's grid: everyone graded and the quota kept, or refused with the reason. */
    @Transactional
    public void submit(UserScope scope, long roundId, Unit unit, String by) {
        EvaluationRound round = round(scope,
                roundId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.rounds.notFound")));
        if (round.locked() || repository.submissions(roundId).containsKey(unit.id().value())) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.alreadySubmitted", unit.name(), round.year()));
        }
        List<GridRow> grid = grid(scope, round, unit);
        long missing = grid.stream().filter(r -> r.grade() == null).count();
        if (missing > 0) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.notSubmittedUngraded", missing));
        }
        Optional<String> quota = quotaWarning(grid);
        if (quota.isPresent()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.notSubmitted", quota.get()));
        }
        repository.submit(roundId, unit.id().value(), LocalDate.now(clock), by);
        audit.record(AuditEvent.of("EVALUATION_ROUND", roundId, "SUBMIT").summary(Messages.text("evaluation.rounds.submitted",
                unit.name(), round.year()))
                .build());
    }

    public Map<Long, LocalDate> submissions(long roundId) {
        return repository.submissions(roundId);
    }

    public Map<Long, Map<Grade, Integer>> countsByUnit(long roundId) {
        return repository.countsByUnit(roundId);
    }

    /** Approves and locks the round: by its own unit's officers, once every unit with grades has submitted. */
    @Transactional
    public void approve(UserScope scope, long roundId) {
        EvaluationRound round = round(scope,
                roundId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.rounds.notFound")));
        requireApprover(scope, round);
        if (round.locked()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.alreadyApproved"));
        }
        Map<Long, LocalDate> submitted = repository.submissions(roundId);
        Map<Long, Map<Grade, Integer>> counts = repository.countsByUnit(roundId);
        List<String> waiting = unitsOf(round).stream().filter(u -> !submitted.containsKey(u.id().value())
                && counts.containsKey(u.id().value())).map(Unit::name).toList();
        if (!waiting.isEmpty()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.unitsNotSubmitted", String.join(", ", waiting)));
        }
        // Every unit is checked again: a round is never locked in breach of the cap.
        Map<Long, String> exceptions = repository.quotaExceptions(roundId);
        List<String> breaches = new ArrayList<>();
        for (Unit u : unitsOf(round)) {
            if (!exceptions.containsKey(u.id().value())) {
                Quota.check(counts.getOrDefault(u.id().value(), Map.of())).ifPresent(b -> breaches.add(u.name() + " (" + b + ")"));
            }
        }
        if (!breaches.isEmpty()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.notApprovedAboveQuota", String.join("; ", breaches)));
        }
        repository.lock(roundId, LocalDate.now(clock));
        audit.record(AuditEvent.of("EVALUATION_ROUND", roundId, "APPROVE").summary(Messages.text("evaluation.rounds.approved",
                round.year(), round.unitName())).build());
    }

    /** Changes a grade of a locked round: the reason is required and kept in the audit with the old and new grade. */
    @Transactional
    public void changeLocked(UserScope scope, long roundId, long personId, Grade grade, String reason) {
        EvaluationRound round = round(scope,
                roundId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.rounds.notFound")));
        if (!round.locked()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.rounds.openCorrectInGrid"));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.grades.correctionReasonRequired"));
        }
        if (!scope.canWrite() || !people.isVisible(scope, new PersonId(personId))) {
            throw new InvalidEvaluationException(Messages.text("evaluation.personOutOfScope"));
        }
        GridRow current = repository.grades(round.year(), List.of(personId)).get(personId);
        if (current == null) {
            throw new InvalidEvaluationException(Messages.text("evaluation.grades.notGraded", round.year()));
        }
        repository.updateGrade(personId, round.year(), current.version(), grade, current.comment());
        audit.record(AuditEvent.of("EVALUATION_GRADE", personId, "CHANGE_LOCKED").person(personId)
                .summary(Messages.text("evaluation.grades.corrected", round.year(), reason.strip()))
                .change(Messages.text("evaluation.grades.grade"), current.grade().label(), grade.label()).build());
    }

    /** People of the scope graded "không hoàn thành" in this year and the one before, wherever they were. */
    public List<PersonRecord> notCompletedTwoYears(UserScope scope, int year) {
        return visible(scope, repository.gradedBothYears(Grade.KHT, year, year - 1));
    }

    /**
     * People of the scope graded "không hoàn thành" in two of the three years up to this one (for a
     * civil servant who is not a leader: a post with lower requirements, regulations.md §4).
     */
    public List<PersonRecord> notCompletedTwiceInThreeYears(UserScope scope, int year) {
        return visible(scope, repository.gradedTimes(Grade.KHT, year - 2, year, 2));
    }

    /** An appointment or election lasts five years (the term of a leader's appointment, of a council). */
    static final int TERM_YEARS = 5;

    /**
     * Leaders graded "không hoàn thành" in two non-consecutive years, up to this one, within one
     * appointment term (regulations.md §4: reassigned or not reappointed). A term is a post started
     * by appointment or election (bổ nhiệm, bầu cử), for five years or until the post ended; a year
     * counts in a term it overlaps. Two consecutive years are the "two years running" list.
     */
    public List<PersonRecord> leadersNotCompletedTwiceInTerm(UserScope scope, int year) {
        List<Long> candidates = repository.gradedTimes(Grade.KHT, year - 2 * TERM_YEARS, year, 2);
        Map<Long, List<YearGrade>> grades = repository.gradesOf(candidates);
        List<Long> found = new ArrayList<>();
        for (PersonRecord person : people.findByIds(scope, candidates)) {
            List<Integer> failed = grades.getOrDefault(person.id().value(), List.of()).stream()
                    .filter(g -> g.grade() == Grade.KHT && g.year() <= year).map(YearGrade::year).toList();
            if (person.assignments().stream().anyMatch(post -> twoApartWithin(post, failed))) {
                found.add(person.id().value());
            }
        }
        return visible(scope, found);
    }

    private static boolean twoApartWithin(Assignment post, List<Integer> failedYears) {
        if (post.startReason() != AssignmentReason.BO_NHIEM && post.startReason() != AssignmentReason.BAU_CU) {
            return false;
        }
        LocalDate termEnd = post.startedOn().plusYears(TERM_YEARS).minusDays(1);
        LocalDate end = post.endedOn() != null && post.endedOn().isBefore(termEnd) ? post.endedOn() : termEnd;
        List<Integer> inTerm = failedYears.stream()
                .filter(y -> !LocalDate.of(y, 12, 31).isBefore(post.startedOn()) && !LocalDate.of(y, 1, 1).isAfter(end)).sorted().toList();
        for (int i = 0; i < inTerm.size(); i++) {
            for (int j = i + 1; j < inTerm.size(); j++) {
                if (inTerm.get(j) - inTerm.get(i) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** People of the scope graded excellent in the year while their verdict today is "chưa đạt chuẩn". */
    public List<PersonRecord> excellentBelowStandards(UserScope scope, int year) {
        List<Long> below = people.ids(scope, PersonSearch.fromParameters(Map.of("chuan", "CHUA_DAT"), LocalDate.now(clock)));
        Set<Long> excellent = new HashSet<>(repository.graded(Grade.HTXS, year));
        return visible(scope, below.stream().filter(excellent::contains).toList());
    }

    /**
     * People of the scope holding a cadre or civil-servant post on the year's last day (today during
     * the year) who have no grade for the year, at most {@code limit}; and how many there are.
     */
    /** Page {@code page} (from 0) of those holding a post at the year's end (or today) without a grade of that year, in list order. */
    public PageOf<PersonRecord> missing(UserScope scope, int year, int page, int size) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate on = end.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : end;
        List<Long> holding = people.ids(scope, PersonSearch.fromParameters(Map.of("ngay", on.toString(), "loai", "CB,CC"), LocalDate.now(clock)));
        Set<Long> graded = new HashSet<>(repository.gradedIn(year));
        List<Long> missing = holding.stream().filter(id -> !graded.contains(id)).toList();
        int from = Math.min(missing.size(), page * size);
        List<Long> shown = missing.subList(from, Math.min(missing.size(), from + size));
        Map<Long, PersonRecord> found = new HashMap<>();
        people.findByIds(scope, shown).forEach(p -> found.put(p.id().value(), p));
        return new PageOf<>(shown.stream().map(found::get).filter(Objects::nonNull).toList(), page, size, missing.size());
    }

    /** The last year graded in the scope; the year before this one when none is. */
    public int latestGradedYear(UserScope scope) {
        return repository.latestGradedYear(scope.likePrefix()).orElse(LocalDate.now(clock).getYear() - 1);
    }

    private List<PersonRecord> visible(UserScope scope, List<Long> ids) {
        Set<Long> inScope = people.visibleAmong(scope, ids);
        return people.findByIds(scope, ids.stream().filter(inScope::contains).toList());
    }

    /** The grade mix of {@code unit}'s subtree in the year, by unit below ("don-vi"), category ("loai") or gender ("gioi-tinh"), and the trend. */
    public GradeMix mix(UserScope scope, Unit unit, int year, String by) {
        if (!scope.covers(unit)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.unitNamedOutOfScope", unit.name()));
        }
        List<Integer> years = repository.years();
        int first = years.isEmpty() ? year : Math.min(years.get(0), year);
        List<EvaluationRepository.Cell> cells = repository.cells(unit.path(), first, year);
        Map<String, GradeMix.Row> rows = new LinkedHashMap<>();
        if ("loai".equals(by)) {
            for (StaffCategory category : StaffCategory.values()) {
                rows.put(category.name(), new GradeMix.Row(category.label(), "loai=" + category.name(), GradeMix.empty()));
            }
        } else if ("gioi-tinh".equals(by)) {
            for (Gender gender : Gender.values()) {
                rows.put(gender.name(), new GradeMix.Row(gender.label(), "gioiTinh=" + gender.name(), GradeMix.empty()));
            }
        } else {
            LocalDate on = LocalDate.of(year, 12, 31).isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : LocalDate.of(year, 12, 31);
            for (Unit child : units.subtree(unit, on)) {
                if (child.depth() == unit.depth() + 1) {
                    rows.put(String.valueOf(child.id().value()), new GradeMix.Row(child.name(), "donVi=" + child.id().value(), GradeMix.empty()));
                }
            }
        }
        Map<Grade, Long> total = GradeMix.empty();
        Map<Integer, Map<Grade, Long>> trend = GradeMix.emptyTrend();
        for (EvaluationRepository.Cell cell : cells) {
            trend.computeIfAbsent(cell.year(), y -> GradeMix.empty()).merge(cell.grade(), cell.count(), Long::sum);
            if (cell.year() != year) {
                continue;
            }
            total.merge(cell.grade(), cell.count(), Long::sum);
            String key = "loai".equals(by) ? cell.category() : "gioi-tinh".equals(by) ? cell.gender() : childOf(unit, cell.unitPath());
            GradeMix.Row row = key == null ? null : rows.get(key);
            if (row != null) {
                row.counts().merge(cell.grade(), cell.count(), Long::sum);
            }
        }
        return new GradeMix(unit, year, by == null ? "don-vi" : by, List.copyOf(rows.values()),
                new GradeMix.Row(Messages.text("evaluation.grades.grandTotal"), "", total), trend);
    }

    /** The id (as text) of the unit directly below {@code root} on this path; null for the root itself. */
    private static String childOf(Unit root, String path) {
        String[] ids = path.split("/");
        int depth = root.depth();
        return ids.length > depth + 1 ? ids[depth + 1] : null;
    }

    /** A year's grade on a person's record. */
    public record YearGrade(int year, Grade grade, String comment) {
    }

    /** Every grade of many people by person id, oldest year first (for the national database export). */
    public Map<Long, List<YearGrade>> gradesOf(Collection<Long> personIds) {
        return repository.gradesOf(personIds);
    }

    /** The persons one number of the mix counts. */
    public PageOf<GridRow> graded(UserScope scope, Unit unit, int year, Grade grade, String category, String gender,
            int page) {
        if (!scope.covers(unit)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.unitNamedOutOfScope", unit.name()));
        }
        return repository.graded(unit.path(), year, grade, category, gender, page, 50);
    }
}
