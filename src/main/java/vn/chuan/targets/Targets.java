package vn.chuan.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonStanding;
import vn.chuan.reports.Condition;
import vn.chuan.reports.IndicatorCount;
import vn.chuan.reports.Measure;
import vn.chuan.reports.Population;
import vn.chuan.reports.Reports;
import vn.chuan.security.ProvinceSetting;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.standards.StandardSet;
import vn.chuan.standards.Standards;
import vn.chuan.standards.Verdict;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * The targets module's facade: indicators, plans and targets, and where each target stands in a
 * unit. Counting is the reports' ({@link Reports#indicatorCounts}): one scan per date for all the
 * targets of a page.
 */
@Service
public class Targets {

    /** Points below the threshold within which a projection is "at risk" rather than "off track". */
    static final double AT_RISK_MARGIN = 5.0;

    private final TargetRepository repository;
    private final Reports reports;
    private final Units units;
    private final PersonRegistry people;
    private final AuditLog audit;
    private final Standards standards;
    private final Map<String, FigureSource> figures = new HashMap<>();
    private final Clock clock;

    Targets(TargetRepository repository, Reports reports, Units units, PersonRegistry people, AuditLog audit, Standards standards,
            List<FigureSource> figures, Clock clock) {
        this.standards = standards;
        figures.forEach(f -> this.figures.put(f.key(), f));
        this.repository = repository;
        this.reports = reports;
        this.units = units;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- indicators and plans -----------------------------------------------------------------

    private FigureSource figure(Target target) {
        FigureSource source = figures.get(target.indicator().figureKey());
        if (source == null) {
            throw new IllegalStateException("No figure source " + target.indicator().figureKey());
        }
        return source;
    }

    public List<Indicator> indicators() {
        return repository.indicators();
    }

    public Optional<Indicator> indicator(long id) {
        return repository.indicator(id);
    }

    /**
     * Saves a new indicator after checking it: a name not yet used, at least one category, known
     * titles, sensible ages, a condition that is understood, and a population that is not empty
     * today in the user's scope. Nothing is saved when anything is wrong.
     */
    @Transactional
    public long defineIndicator(UserScope scope, Indicator.Definition definition) {
        scope.requireSetting(ProvinceSetting.TARGET_PLANS, text -> InvalidTargetException.of("name", text));
        List<InvalidTargetException.Problem> problems = new ArrayList<>();
        if (definition.name() == null || definition.name().isBlank()) {
            problems.add(new InvalidTargetException.Problem("name", Messages.text("targets.indicator.nameRequired")));
        } else if (repository.indicatorNamed(definition.name())) {
            problems.add(new InvalidTargetException.Problem("name", Messages.text("targets.indicator.exists", definition.name().strip())));
        }
        if (definition.categories().isEmpty()) {
            problems.add(new InvalidTargetException.Problem("categories", Messages.text("targets.indicator.categoryRequired")));
        }
        for (String code : definition.titleCodes()) {
            if (PositionTitle.findByCode(code).isEmpty()) {
                problems.add(new InvalidTargetException.Problem("titles", Messages.text("targets.indicator.unknownTitle", code)));
            }
        }
        checkAge(definition.minAge(), "minAge", problems);
        checkAge(definition.maxAge(), "maxAge", problems);
        if (definition.minAge() != null && definition.maxAge() != null && definition.minAge() > definition.maxAge()) {
            problems.add(new InvalidTargetException.Problem("maxAge", Messages.text("targets.indicator.ageRange")));
        }
        Condition condition = null;
        try {
            condition = ConditionText.parse(definition.condition());
        } catch (InvalidTargetException e) {
            problems.addAll(e.problems());
        }
        if (problems.isEmpty()) {
            Population population = new Population(definition.categories(), definition.communePostsOnly(), definition.titleCodes(),
                    definition.minAge(), definition.maxAge());
            long count = populationToday(scope, population, condition);
            if (count == 0) {
                problems.add(new InvalidTargetException.Problem("categories", Messages.text("targets.indicator.nobody")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTargetException(problems);
        }
        long id = repository.insert(definition);
        audit.record(AuditEvent.of("INDICATOR", id, "CREATE")
                .summary(Messages.text("targets.indicator.added", definition.name().strip(), ConditionText.describe(definition.condition())))
                .build());
        return id;
    }

    private static void checkAge(Integer age, String field, List<InvalidTargetException.Problem> problems) {
        if (age != null && (age < 15 || age > 80)) {
            problems.add(new InvalidTargetException.Problem(field, Messages.text("targets.indicator.ageBounds")));
        }
    }

    private long populationToday(UserScope scope, Population population, Condition condition) {
        LocalDate today = LocalDate.now(clock);
        long total = 0;
        for (Unit root : scopeRoots(scope, today)) {
            total += reports.indicatorCounts(scope, root, today, List.of(new Measure(population, condition, null)))
                    .getOrDefault(root.id().value(), List.of(IndicatorCount.UNKNOWN)).get(0).population();
        }
        return total;
    }

    private List<Unit> scopeRoots(UserScope scope, LocalDate date) {
        if (scope.isWholeDatabase()) {
            return units.roots().stream().filter(u -> u.isValidOn(date)).toList();
        }
        return units.find(scope.unitId()).stream().toList();
    }

    /** Removes an indicator no target uses. */
    @Transactional
    public void deleteIndicator(UserScope scope, long id) {
        scope.requireSetting(ProvinceSetting.TARGET_PLANS, text -> InvalidTargetException.of("id", text));
        Indicator indicator = repository.indicator(id).orElseThrow(() -> InvalidTargetException.of("id",
                Messages.text("targets.indicator.notFound")));
        if (repository.indicatorInUse(id)) {
            throw InvalidTargetException.of("id", Messages.text("targets.indicator.inUse", indicator.name()));
        }
        repository.deleteIndicator(id);
        audit.record(AuditEvent.of("INDICATOR", id, "DELETE").summary(Messages.text("targets.indicator.deleted", indicator.name())).build());
    }

    public List<Plan> plans() {
        return repository.plans();
    }

    @Transactional
    public long definePlan(UserScope scope, Plan plan) {
        scope.requireSetting(ProvinceSetting.TARGET_PLANS, text -> InvalidTargetException.of("number", text));
        List<InvalidTargetException.Problem> problems = new ArrayList<>();
        if (plan.number() == null || plan.number().isBlank()) {
            problems.add(new InvalidTargetException.Problem("number", Messages.text("targets.plan.numberRequired")));
        } else if (repository.planNumbered(plan.number())) {
            problems.add(new InvalidTargetException.Problem("number", Messages.text("targets.plan.exists", plan.number().strip())));
        }
        if (plan.name() == null || plan.name().isBlank()) {
            problems.add(new InvalidTargetException.Problem("name", Messages.text("targets.plan.titleRequired")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTargetException(problems);
        }
        long id = repository.insert(plan);
        audit.record(AuditEvent.of("TARGET_PLAN", id, "CREATE").summary(Messages.text("targets.plan.added", plan.number().strip(),
                plan.name().strip()))
                .build());
        return id;
    }

    // ---- targets ------------------------------------------------------------------------------

    /** The targets that apply to {@code unit}: those set on it or on a unit above it. */
    public List<Target> targetsFor(Unit unit) {
        List<Long> ids = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return repository.targetsOn(ids);
    }

    public List<Target> allTargets() {
        return repository.allTargets();
    }

    public Optional<Target> target(long id) {
        return repository.target(id);
    }

    /** Saves a new target after checking it; nothing is saved when anything is wrong. */
    @Transactional
    public long defineTarget(UserScope scope, Target.Definition d) {
        List<InvalidTargetException.Problem> problems = new ArrayList<>();
        Optional<Indicator> indicator = repository.indicator(d.indicatorId());
        if (indicator.isEmpty()) {
            problems.add(new InvalidTargetException.Problem("indicator", Messages.text("targets.target.indicatorRequired")));
        }
        if (d.planId() != null && repository.plan(d.planId()).isEmpty()) {
            problems.add(new InvalidTargetException.Problem("plan", Messages.text("targets.plan.notFound")));
        }
        Optional<Unit> unit = units.find(new UnitId(d.scopeUnitId()));
        if (unit.isEmpty() || !scope.covers(unit.get()) || !scope.canWrite()) {
            problems.add(new InvalidTargetException.Problem("unit", Messages.text("targets.unitOutOfScope")));
        }
        checkPercent(d.threshold(), "threshold", Messages.text("targets.field.threshold"), problems);
        if (d.baselineOn() == null || d.deadline() == null) {
            problems.add(new InvalidTargetException.Problem("deadline", Messages.text("targets.target.datesRequired")));
        } else {
            if (!d.deadline().isAfter(d.baselineOn())) {
                problems.add(new InvalidTargetException.Problem("deadline", Messages.text("targets.target.deadlineAfterBaseline")));
            }
            for (Target.Milestone m : d.milestones()) {
                if (m.year() < d.baselineOn().getYear() || m.year() > d.deadline().getYear()) {
                    problems.add(new InvalidTargetException.Problem("milestones", Messages.text("targets.target.milestoneOutside", m.year(),
                            d.baselineOn().getYear(), d.deadline().getYear())));
                }
                checkPercent(m.threshold(), "milestones", Messages.text("targets.target.milestone", m.year()), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidTargetException(problems);
        }
        long id = repository.insert(d);
        audit.record(AuditEvent.of("TARGET", id, "CREATE").summary(Messages.text("targets.target.added", indicator.get().name(),
                d.threshold().stripTrailingZeros().toPlainString(), Dates.format(d.deadline()), unit.get().name())).build());
        return id;
    }

    private static void checkPercent(BigDecimal value, String field, String what, List<InvalidTargetException.Problem> problems) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new InvalidTargetException.Problem(field, Messages.text("targets.target.percentRange", what)));
        }
    }

    @Transactional
    public void deleteTarget(UserScope scope, long id) {
        Target target = repository.target(id).orElseThrow(() -> InvalidTargetException.of("id", Messages.text("targets.target.notFound")));
        Unit unit = units.get(new UnitId(target.scopeUnitId()));
        if (!scope.covers(unit) || !scope.canWrite()) {
            throw InvalidTargetException.of("unit", Messages.text("targets.target.outOfScope", unit.name()));
        }
        repository.deleteTarget(id);
        audit.record(AuditEvent.of("TARGET", id, "DELETE").summary(Messages.text("targets.target.deleted", target.indicator().name(),
                unit.name())).build());
    }

    // ---- progress -----------------------------------------------------------------------------

    /** Every target that applies to {@code unit}, where it stands there on {@code asOf}. */
    public List<TargetProgress> progress(UserScope scope, Unit unit, LocalDate asOf) {
        List<Target> targets = targetsFor(unit);
        List<Map<Long, TargetProgress>> progress = progress(scope, unit, targets, asOf, List.of(unit));
        return progress.stream().map(p -> p.get(unit.id().value())).toList();
    }

    /** One target in {@code unit} and in each unit directly below it (the first entry is the unit). */
    public List<TargetProgress> progressBelow(UserScope scope, Unit unit, Target target, LocalDate asOf) {
        List<Unit> rows = new ArrayList<>(List.of(unit));
        units.subtree(unit, asOf).stream().filter(u -> u.depth() == unit.depth() + 1).forEach(rows::add);
        Map<Long, TargetProgress> progress = progress(scope, unit, List.of(target), asOf, rows).get(0);
        return rows.stream().map(u -> progress.get(u.id().value())).toList();
    }

    /**
     * The targets counted in {@code root}'s subtree on every date their progress needs (baselines,
     * year ends, today with retirements before each deadline), for each of {@code rows}: one count
     * per date for all the targets that need it.
     */
    private List<Map<Long, TargetProgress>> progress(UserScope scope, Unit root, List<Target> targets, LocalDate asOf, List<Unit> rows) {
        // A figure indicator (counted by another module) has no condition: null below.
        List<Condition> conditions = targets.stream().map(t -> t.indicator().isFigure() ? null : t.indicator().parsedCondition()).toList();
        Map<LocalDate, List<Integer>> needs = new TreeMap<>();
        List<List<LocalDate>> yearEnds = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            yearEnds.add(yearEnds(target, asOf));
            for (LocalDate date : new TreeSet<>(concat(List.of(target.baselineOn()), yearEnds.get(i)))) {
                needs.computeIfAbsent(date, d -> new ArrayList<>()).add(i);
            }
        }
        // counted.get(i).get(date): target i's counts by unit on that date.
        List<Map<LocalDate, Map<Long, IndicatorCount>>> counted = new ArrayList<>();
        targets.forEach(t -> counted.add(new HashMap<>()));
        needs.forEach((date, all) -> {
            List<Integer> which = all.stream().filter(i -> conditions.get(i) != null).toList();
            if (!which.isEmpty()) {
                List<Measure> measures = which.stream().map(i -> new Measure(targets.get(i).indicator().population(), conditions.get(i), null))
                        .toList();
                Map<Long, List<IndicatorCount>> byUnit = reports.indicatorCounts(scope, root, date, measures);
                for (int m = 0; m < which.size(); m++) {
                    counted.get(which.get(m)).put(date, column(byUnit, m));
                }
            }
            all.stream().filter(i -> conditions.get(i) == null)
                    .forEach(i -> counted.get(i).put(date, figure(targets.get(i)).counts(scope, root, date)));
        });
        List<Integer> countedToday = new ArrayList<>();
        List<Measure> todays = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (conditions.get(i) != null) {
                countedToday.add(i);
                todays.add(new Measure(targets.get(i).indicator().population(), conditions.get(i), targets.get(i).deadline()));
            }
        }
        Map<Long, List<IndicatorCount>> counts = todays.isEmpty() ? Map.of() : reports.indicatorCounts(scope, root, asOf, todays);
        Map<Integer, Map<Long, IndicatorCount>> today = new HashMap<>();
        for (int m = 0; m < countedToday.size(); m++) {
            today.put(countedToday.get(m), column(counts, m));
        }
        for (int i = 0; i < targets.size(); i++) {
            if (conditions.get(i) == null) {
                today.put(i, figure(targets.get(i)).counts(scope, root, asOf));
            }
        }
        List<Projection.NewRequirements> newRequirements = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            newRequirements.add(newRequirements(scope, root, targets.get(i), conditions.get(i), asOf));
        }
        List<Map<Long, TargetProgress>> result = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            Condition condition = conditions.get(i);
            Map<Long, IndicatorCount> now = today.get(i);
            Map<Long, TargetProgress> byUnit = new HashMap<>();
            for (Unit unit : rows) {
                long id = unit.id().value();
                Map<LocalDate, Map<Long, IndicatorCount>> dated = counted.get(i);
                TargetProgress.Point baseline = point(dated.get(target.baselineOn()), target.baselineOn(), id, condition);
                List<TargetProgress.Point> ends = yearEnds.get(i).stream().map(d -> point(dated.get(d), d, id, condition)).toList();
                IndicatorCount current = point(now, asOf, id, condition).count();
                List<TargetProgress.Point> history = new ArrayList<>(List.of(baseline));
                history.addAll(ends);
                history.add(new TargetProgress.Point(asOf, current));
                Projection projection = Projection.of(history, current, asOf, target.deadline(),
                        unit.id().equals(root.id()) ? newRequirements.get(i) : null);
                List<TargetProgress.MilestoneCheck> milestones = milestones(target, ends, asOf);
                TargetProgress provisional = new TargetProgress(target, id, unit.name(), asOf, current, baseline, ends, projection,
                        TargetStatus.NO_DATA, milestones);
                byUnit.put(id, new TargetProgress(target, id, unit.name(), asOf, current, baseline, ends, projection,
                        status(provisional), milestones));
            }
            result.add(byUnit);
        }
        return result;
    }

    /**
     * Newly required levels: when the condition reads the standards verdict and another standard
     * set will be in force on the deadline than on {@code asOf}, the share of the population who
     * stay past the deadline that would meet the condition under that set with what they hold
     * today (for the root unit of a page; rows below show the projection under today's set).
     */
    private Projection.NewRequirements newRequirements(UserScope scope, Unit root, Target target, Condition condition, LocalDate asOf) {
        if (condition == null || !condition.readsVerdict() || !target.deadline().isAfter(asOf) || !asOf.equals(LocalDate.now(clock))) {
            return null;
        }
        Optional<StandardSet> now = standards.inForceOn(asOf);
        Optional<StandardSet> then = standards.inForceOn(target.deadline());
        if (then.isEmpty() || then.equals(now)) {
            return null;
        }
        long staying = 0;
        long meeting = 0;
        List<Long> ids = reports.populationToday(scope, root, target.indicator().population());
        for (int from = 0; from < ids.size(); from += 500) {
            for (PersonRecord record : people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + 500)))) {
                if (RetirementAge.lastDayOfService(record.birthDate(), record.gender()).isBefore(target.deadline())) {
                    continue;
                }
                staying++;
                boolean meets = standards.assess(record, then.get(), asOf).verdict() == Verdict.DAT;
                Condition.Holder holder = new Condition.Holder(record.levelsOn(asOf), record.birthDate(), record.gender(),
                        Ethnicity.isMinority(record.ethnicity()), record.partyMember(), meets, asOf);
                meeting += condition.holds(holder) ? 1 : 0;
            }
        }
        return staying == 0 ? null : new Projection.NewRequirements(then.get().name(), then.get().effectiveFrom(), 100.0 * meeting / staying);
    }

    private static Map<Long, IndicatorCount> column(Map<Long, List<IndicatorCount>> byUnit, int measure) {
        Map<Long, IndicatorCount> column = new HashMap<>();
        byUnit.forEach((unit, counts) -> column.put(unit, counts.get(measure)));
        return column;
    }

    /** A unit without anyone in post on a date counts zero people (not "unknown"). */
    private static final IndicatorCount NONE = new IndicatorCount(true, 0, 0, 0, 0);

    private TargetProgress.Point point(Map<Long, IndicatorCount> counts, LocalDate date, long unitId, Condition condition) {
        // Every date is known now, the verdict too (assessed under the set in force on that date).
        IndicatorCount count = counts.get(unitId);
        return new TargetProgress.Point(date, count != null ? count : NONE);
    }

    private static <T> List<T> concat(Collection<T> a, Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The 31/12 of each year after the baseline and before {@code asOf} (and the deadline, when it has passed). */
    static List<LocalDate> yearEnds(Target target, LocalDate asOf) {
        List<LocalDate> ends = new ArrayList<>();
        for (int year = target.baselineOn().getYear(); year < asOf.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            if (end.isAfter(target.baselineOn()) && end.isBefore(asOf)) {
                ends.add(end);
            }
        }
        if (target.deadline().isBefore(asOf) && !ends.contains(target.deadline())) {
            ends.add(target.deadline());
            ends.sort(null);
        }
        return ends;
    }

    private static List<TargetProgress.MilestoneCheck> milestones(Target target, List<TargetProgress.Point> ends, LocalDate asOf) {
        List<TargetProgress.MilestoneCheck> checks = new ArrayList<>();
        for (Target.Milestone milestone : target.milestones()) {
            LocalDate due = LocalDate.of(milestone.year(), 12, 31);
            Optional<TargetProgress.Point> then = ends.stream().filter(p -> p.date().equals(due)).findFirst();
            if (due.isBefore(asOf) && then.isPresent() && then.get().value() != null) {
                double value = then.get().value();
                checks.add(new TargetProgress.MilestoneCheck(milestone, value, value + 1e-9 >= milestone.threshold().doubleValue()));
            } else {
                checks.add(new TargetProgress.MilestoneCheck(milestone, null, null));
            }
        }
        return checks;
    }

    /**
     * The traffic light. Past the deadline: reached or missed. Before it: reached when the value is
     * at the threshold and the projection stays there; on track when the projection reaches it and
     * no milestone was missed; at risk when it misses by less than {@value #AT_RISK_MARGIN} points
     * (or a milestone was missed); off track otherwise.
     */
    static TargetStatus status(TargetProgress progress) {
        Double value = progress.value();
        if (value == null) {
            return TargetStatus.NO_DATA;
        }
        double threshold = progress.target().threshold().doubleValue();
        if (progress.target().deadline().isBefore(progress.asOf())) {
            TargetProgress.Point atDeadline = progress.yearEnds().stream()
                    .filter(p -> p.date().equals(progress.target().deadline())).findFirst().orElse(null);
            Double final_ = atDeadline == null ? value : atDeadline.value();
            return final_ != null && final_ + 1e-9 >= threshold ? TargetStatus.REACHED : TargetStatus.MISSED;
        }
        Double projected = progress.projection().projected();
        boolean projectedReaches = projected != null && projected + 1e-9 >= threshold;
        if (value + 1e-9 >= threshold) {
            return projectedReaches || projected == null ? TargetStatus.REACHED : TargetStatus.AT_RISK;
        }
        if (projectedReaches) {
            return progress.lastMissedMilestone().isPresent() ? TargetStatus.AT_RISK : TargetStatus.ON_TRACK;
        }
        return projected != null && projected + AT_RISK_MARGIN >= threshold ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
    }

    // ---- who is missing -----------------------------------------------------------------------

    /** The people of {@code unit}'s subtree who are in the target's population today but do not meet its condition. */
    public PageOf<LackingPerson> lacking(UserScope scope, Unit unit, Target target, int page, int size) {
        Indicator indicator = target.indicator();
        if (indicator.isFigure()) {
            return new PageOf<>(List.of(), 0, size, 0);
        }
        PageOf<Long> ids = reports.lacking(scope, unit, indicator.population(), indicator.parsedCondition(), page, size);
        return new PageOf<>(describe(scope, ids.items(), indicator), ids.page(), ids.size(), ids.total());
    }

    /**
     * The standards' deadline and its legal source ("Hạn đạt chuẩn: 01/08/2028 (…)") when the target counts who meets the
     * standards and the set in force on {@code on} grants one: the same for everyone, so the list says it once above its rows.
     */
    public Optional<String> standardsDeadline(Target target, LocalDate on) {
        Indicator indicator = target.indicator();
        if (indicator.isFigure() || !indicator.parsedCondition().readsVerdict()) {
            return Optional.empty();
        }
        return standards.inForceOn(on).map(StandardSet::deadline).map(Standards::deadlineNote);
    }

    /** The ids of all of them (for the training plan). */
    public List<Long> lackingIds(UserScope scope, Unit unit, Target target) {
        Indicator indicator = target.indicator();
        if (indicator.isFigure()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageOf<Long> chunk = reports.lacking(scope, unit, indicator.population(), indicator.parsedCondition(), page, 5_000);
            ids.addAll(chunk.items());
            if (!chunk.hasNext()) {
                return ids;
            }
        }
    }

    /** All of them (for the spreadsheet), at most {@code limit}. */
    public List<LackingPerson> allLacking(UserScope scope, Unit unit, Target target, int limit) {
        List<LackingPerson> all = new ArrayList<>();
        int size = 500;
        for (int page = 0; all.size() < limit; page++) {
            PageOf<LackingPerson> chunk = lacking(scope, unit, target, page, size);
            all.addAll(chunk.items());
            if (!chunk.hasNext()) {
                break;
            }
        }
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    private List<LackingPerson> describe(UserScope scope, List<Long> ids, Indicator indicator) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(scope, ids).forEach(r -> records.put(r.id().value(), r));
        Map<UnitId, Unit> postUnits = units.findAll(records.values().stream().flatMap(r -> r.assignmentOn(today).stream())
                .map(Assignment::unitId).toList());
        Condition condition = indicator.parsedCondition();
        List<LackingPerson> result = new ArrayList<>();
        for (long id : ids) {
            PersonRecord record = records.get(id);
            if (record == null) {
                continue;
            }
            Optional<Assignment> post = record.assignmentOn(today);
            Optional<PersonStanding> standing = condition.readsVerdict() ? people.standingOf(record.id()) : Optional.empty();
            result.add(new LackingPerson(id, record.code(), record.fullName(), record.birthDate(),
                    post.map(p -> postUnits.get(p.unitId())).map(Unit::name).orElse(""),
                    post.map(p -> PositionTitle.nameOf(p.titleCode())).orElse(""),
                    lacks(condition, record, standing, today), RetirementAge.lastDayOfService(record.birthDate(), record.gender())));
        }
        return result;
    }

    /** One sentence per requirement not met, with what the person holds ("Lý luận chính trị từ Trung cấp trở lên (hiện: Sơ cấp)"). */
    static List<String> lacks(Condition condition, PersonRecord record, Optional<PersonStanding> standing, LocalDate date) {
        Condition.Holder holder = new Condition.Holder(record.levelsOn(date), record.birthDate(), record.gender(),
                Ethnicity.isMinority(record.ethnicity()), record.partyMember(),
                standing.map(s -> s.verdict().equals("DAT")).orElse(false), date);
        List<Condition> requirements = condition instanceof Condition.AllOf all ? all.parts() : List.of(condition);
        List<String> lacks = new ArrayList<>();
        for (Condition requirement : requirements) {
            if (!requirement.holds(holder)) {
                lacks.add(ConditionText.describe(requirement) + held(requirement, holder, standing));
            }
        }
        return lacks;
    }

    private static String held(Condition requirement, Condition.Holder holder, Optional<PersonStanding> standing) {
        if (requirement instanceof Condition.AtLeast atLeast) {
            ScaleLevel level = holder.levels().get(atLeast.dimension());
            return level == null || level.rank() == 0 ? Messages.text("targets.target.nowNone") : Messages.text("targets.target.now", level.label());
        }
        if (requirement instanceof Condition.MeetsStandards && standing.isPresent()) {
            // The deadline and its legal source are the same for everyone: the list says them once, not on every row.
            String deadline = Messages.text("standards.set.deadlineLabel") + ":";
            List<String> gaps = standing.get().gaps().stream().filter(g -> !g.startsWith(deadline)).toList();
            return gaps.isEmpty() ? "" : Messages.text("targets.target.stillLacking", String.join("; ", gaps));
        }
        return "";
    }
}
