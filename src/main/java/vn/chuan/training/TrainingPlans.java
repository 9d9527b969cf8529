package vn.chuan.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.StandingCount;
import vn.chuan.reports.Condition;
import vn.chuan.reports.IndicatorCount;
import vn.chuan.reports.Measure;
import vn.chuan.reports.Reports;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.standards.Standards;
import vn.chuan.standards.Verdict;
import vn.chuan.succession.Succession;
import vn.chuan.targets.Target;
import vn.chuan.targets.Targets;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Proposes a unit's training plan for a year. Candidates: the people of the unit below their title's
 * standards on a dimension a class of that year confers, and the people a target that applies to
 * the unit still lacks on such a dimension. Each possible place (a candidate in a class that gives
 * them something they lack) is valued: the standards gap it closes, the targets it helps (more when
 * the deadline is near), the priority groups (young, women, ethnic minorities), all scaled down for
 * people close to retirement; then {@link Allocation#greedy} fills the seats and the budget by value.
 * People in a succession pool who lack a level their future title requires are candidates too.
 */
@Service
public class TrainingPlans {

    /** Below this many years of service left after the class, a place is worth less, linearly. */
    static final double FULL_VALUE_YEARS = 5;

    private final Training training;
    private final TrainingRepository repository;
    private final PersonRegistry people;
    private final Standards standards;
    private final Targets targets;
    private final Reports reports;
    private final Succession succession;
    private final Units units;
    private final Clock clock;

    TrainingPlans(Training training, TrainingRepository repository, PersonRegistry people, Standards standards, Targets targets,
            Reports reports, Succession succession, Units units, Clock clock) {
        this.succession = succession;
        this.training = training;
        this.repository = repository;
        this.people = people;
        this.standards = standards;
        this.targets = targets;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    /** What a candidate lacks that a class could give, and why it matters. */
    /**
     * A candidate: the record, the post and its unit, the ranks the title requires, the targets
     * lacking them, the levels held today and the dimensions a class could help on (computed once,
     * not per class).
     */
    private record Need(PersonRecord person, Assignment post, Unit unit, Map<Dimension, Integer> required,
            List<TargetNeed> targets, Map<Dimension, ScaleLevel> levels, Set<Dimension> wanted, List<Succession.PoolNeed> pools) {
    }

    private record TargetNeed(Target target, Condition condition) {
    }

    public TrainingPlan propose(UserScope scope, Unit unit, int year, long budget, TrainingPlan.Weights weights) {
        if (!scope.covers(unit)) {
            throw new InvalidTrainingException(Messages.text("training.unitOutOfScope", unit.name()));
        }
        if (budget < 0) {
            throw new InvalidTrainingException(Messages.text("training.plan.budgetNotNegative"));
        }
        LocalDate today = LocalDate.now(clock);
        List<TrainingClass> classes = repository.classes().stream()
                .filter(c -> c.startsOn().getYear() == year && !c.startsOn().isBefore(today) && c.freeSeats() > 0
                        && c.programme().confers().isPresent())
                .sorted(Comparator.comparing(TrainingClass::startsOn)).toList();
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        classes.forEach(c -> dimensions.add(c.programme().confersDimension()));

        // Candidates: below standards on a conferred dimension, or lacking a target's condition.
        Set<Long> ids = new LinkedHashSet<>();
        // One query for everyone below standards (those whose gaps no class closes are dropped when valued).
        ids.addAll(people.ids(scope, PersonSearch.fromParameters(Map.of("donVi", String.valueOf(unit.id().value()), "chuan", "CHUA_DAT"),
                today)));
        // Figures other modules count (hires, placements) are not moved by training.
        List<Target> applying = targets.targetsFor(unit).stream().filter(t -> !t.deadline().isBefore(LocalDate.of(year, 1, 1)))
                .filter(t -> !t.indicator().isFigure()).toList();
        Map<Long, List<Target>> lackingTargets = new HashMap<>();
        for (Target target : applying) {
            if (Collections.disjoint(target.indicator().parsedCondition().dimensions(), dimensions)) {
                continue;
            }
            for (long id : targets.lackingIds(scope, unit, target)) {
                ids.add(id);
                lackingTargets.computeIfAbsent(id, k -> new ArrayList<>()).add(target);
            }
        }
        Map<Long, List<Succession.PoolNeed>> pools = new HashMap<>();
        for (Succession.PoolNeed poolNeed : succession.needs(scope, unit)) {
            ids.add(poolNeed.personId());
            pools.computeIfAbsent(poolNeed.personId(), k -> new ArrayList<>()).add(poolNeed);
        }
        List<Need> needs = needs(scope, new ArrayList<>(ids), lackingTargets, pools, today);

        // Every place worth something, valued.
        List<Allocation.Option> options = new ArrayList<>();
        Map<Allocation.Option, String> reasons = new HashMap<>();
        for (int p = 0; p < needs.size(); p++) {
            Need need = needs.get(p);
            for (int c = 0; c < classes.size(); c++) {
                TrainingClass trainingClass = classes.get(c);
                Valued valued = value(need, trainingClass, weights);
                if (valued == null) {
                    continue;
                }
                long cost = trainingClass.funding() == Funding.NGAN_SACH ? trainingClass.costPerPlace().longValue() : 0;
                Allocation.Option option = new Allocation.Option(p, c, valued.value(), cost);
                options.add(option);
                reasons.put(option, valued.reason());
            }
        }
        int[] seats = classes.stream().mapToInt(TrainingClass::freeSeats).toArray();
        List<Allocation.Option> chosen = Allocation.greedy(options, seats, budget);
        List<TrainingPlan.Place> places = new ArrayList<>();
        for (Allocation.Option option : chosen) {
            Need need = needs.get(option.person());
            TrainingClass trainingClass = classes.get(option.trainingClass());
            places.add(new TrainingPlan.Place(need.person().id().value(), need.person().code(), need.person().fullName(),
                    need.unit() == null ? "" : need.unit().name(), titleName(need.post().titleCode()), trainingClass.id(), trainingClass.code(),
                    trainingClass.programme().name(), option.cost(), option.value(), reasons.get(option)));
        }
        places.sort(Comparator.comparing(TrainingPlan.Place::classCode).thenComparing(p -> -p.value()));
        return new TrainingPlan(unit, year, budget, weights, classes, places, effects(scope, unit, applying, needs, chosen, classes, today),
                needs.size());
    }

    /** The candidates' records, posts and required ranks (the set in force today, the difficult-area level where it applies). */
    private List<Need> needs(UserScope scope, List<Long> ids, Map<Long, List<Target>> lackingTargets, Map<Long, List<Succession.PoolNeed>> pools,
            LocalDate today) {
        List<PersonRecord> records = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            records.addAll(people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + 500))));
        }
        Map<UnitId, Unit> postUnits = units.findAll(records.stream().flatMap(r -> r.assignmentOn(today).stream())
                .map(Assignment::unitId).toList());
        List<Need> needs = new ArrayList<>();
        Map<Long, Condition> conditions = new HashMap<>();
        for (PersonRecord record : records) {
            Optional<Assignment> post = record.assignmentOn(today);
            if (post.isEmpty()) {
                continue;
            }
            Unit unit = postUnits.get(post.get().unitId());
            // Every title held asks its levels (a concurrent post too): the highest of them is what is needed.
            Map<Dimension, Integer> required = new EnumMap<>(Dimension.class);
            for (Assignment held : record.postsOn(today)) {
                standards.requiredLevels(held.titleCode(), today, unit != null && unit.difficultArea())
                        .forEach((dimension, level) -> required.merge(dimension, level.rank(), Math::max));
            }
            List<TargetNeed> targetNeeds = lackingTargets.getOrDefault(record.id().value(), List.of()).stream()
                    .map(t -> new TargetNeed(t, conditions.computeIfAbsent(t.id(), k -> t.indicator().parsedCondition()))).toList();
            Map<Dimension, ScaleLevel> levels = record.levelsOn(today);
            Set<Dimension> wanted = EnumSet.noneOf(Dimension.class);
            required.forEach((dimension, rank) -> {
                if (rank(levels, dimension) < rank) {
                    wanted.add(dimension);
                }
            });
            targetNeeds.forEach(t -> wanted.addAll(t.condition().dimensions()));
            List<Succession.PoolNeed> inPools = pools.getOrDefault(record.id().value(), List.of());
            inPools.forEach(p -> p.required().forEach((dimension, level) -> {
                if (rank(levels, dimension) < level.rank()) {
                    wanted.add(dimension);
                }
            }));
            needs.add(new Need(record, post.get(), unit, required, targetNeeds, levels, wanted, inPools));
        }
        return needs;
    }

    private record Valued(double value, String reason) {
    }

    /** What a place in this class is worth to this person, and why; null when it gives them nothing they lack. */
    private Valued value(Need need, TrainingClass trainingClass, TrainingPlan.Weights weights) {
        PersonRecord person = need.person();
        Dimension dimension = trainingClass.programme().confersDimension();
        if (!need.wanted().contains(dimension)) {
            return null;
        }
        LocalDate retires = RetirementAge.lastDayOfService(person.birthDate(), person.gender());
        double yearsLeft = ChronoUnit.DAYS.between(trainingClass.endsOn(), retires) / 365.25;
        if (yearsLeft < 1) {
            return null;
        }
        ScaleLevel level = trainingClass.programme().confersLevel();
        // Levels as held today: what is planned is what the records lack now.
        Map<Dimension, ScaleLevel> levels = need.levels();
        int held = levels.get(dimension) == null ? 0 : levels.get(dimension).rank();
        if (held >= level.rank()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        double value = 0;
        Integer required = need.required().get(dimension);
        if (required != null && held < required && level.rank() >= required) {
            // Severity: a gap of two ranks (nothing yet where intermediate is required) counts half as much again.
            value += weights.gap() * (1 + 0.5 * (required - held - 1));
            reasons.add(Messages.text("training.plan.reason.belowStandard", titleName(need.post().titleCode()),
                    dimension.label().toLowerCase(Locale.ROOT), dimension.levels().get(required).label(), dimension.levels().get(held).label()));
        }
        for (Succession.PoolNeed pool : need.pools()) {
            ScaleLevel future = pool.required().get(dimension);
            if (future != null && held < future.rank() && level.rank() >= future.rank()) {
                value += weights.pool();
                reasons.add(Messages.text("training.plan.reason.inPool", pool.pool().titleName(), pool.pool().term(),
                        dimension.label().toLowerCase(Locale.ROOT), future.label()));
            }
        }
        Map<Dimension, ScaleLevel> after = new EnumMap<>(levels);
        after.put(dimension, level);
        Condition.Holder before = holder(need, levels, trainingClass.startsOn());
        Condition.Holder then = holder(need, after, trainingClass.startsOn());
        // (Holders are only built for the few classes that confer something the person lacks.)
        List<String> helped = new ArrayList<>();
        for (TargetNeed targetNeed : need.targets()) {
            double nearness = 1 + 1.0 / (1 + Math.max(0, targetNeed.target().deadline().getYear() - trainingClass.endsOn().getYear()));
            if (targetNeed.condition().holds(then)) {
                value += weights.target() * nearness;
                helped.add(Messages.text("training.plan.reason.deadline", targetNeed.target().indicator().name(),
                        targetNeed.target().deadline().getYear()));
            } else if (requirementsMet(targetNeed.condition(), then) > requirementsMet(targetNeed.condition(), before)) {
                value += 0.3 * weights.target() * nearness;
                helped.add(Messages.text("training.plan.reason.partly", targetNeed.target().indicator().name()));
            }
        }
        if (!helped.isEmpty()) {
            reasons.add(Messages.text("training.plan.reason.helpsTarget", String.join("; ", helped)));
        }
        if (value <= 0) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        if (Period.between(person.birthDate(), trainingClass.startsOn()).getYears() < 35) {
            groups.add(Messages.text("training.plan.reason.under35"));
        }
        if (person.gender() == Gender.NU) {
            groups.add(Messages.text("training.plan.reason.woman"));
        }
        if (Ethnicity.isMinority(person.ethnicity())) {
            groups.add(Messages.text("training.plan.reason.minority"));
        }
        value = value * Math.min(1, yearsLeft / FULL_VALUE_YEARS) + weights.priority() * groups.size();
        if (!groups.isEmpty()) {
            reasons.add(Messages.text("training.plan.reason.priority", String.join(", ", groups)));
        }
        reasons.add(Messages.text("training.plan.reason.yearsLeft", (int) Math.floor(yearsLeft)));
        String sentence = String.join("; ", reasons);
        return new Valued(value, Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".");
    }

    private static int requirementsMet(Condition condition, Condition.Holder holder) {
        if (condition instanceof Condition.AllOf all) {
            return (int) all.parts().stream().filter(p -> p.holds(holder)).count();
        }
        return condition.holds(holder) ? 1 : 0;
    }

    /** The person as a target's condition sees them with these levels, the standards verdict re-assessed with them too. */
    private Condition.Holder holder(Need need, Map<Dimension, ScaleLevel> levels, LocalDate date) {
        PersonRecord person = need.person();
        boolean meets = standards.verdictWith(person, need.post(), need.unit() != null && need.unit().difficultArea(), levels, date)
                == Verdict.DAT;
        return new Condition.Holder(levels, person.birthDate(), person.gender(), Ethnicity.isMinority(person.ethnicity()),
                person.partyMember(), meets, date);
    }

    private static String titleName(String code) {
        return PositionTitle.nameOf(code);
    }

    /**
     * The standards rate of the unit (those meeting the standards among those assessed) and each
     * target's value in the unit, today and once the planned places are completed.
     */
    private List<TrainingPlan.Effect> effects(UserScope scope, Unit unit, List<Target> applying, List<Need> needs,
            List<Allocation.Option> chosen, List<TrainingClass> classes, LocalDate today) {
        List<TrainingPlan.Effect> effects = new ArrayList<>();
        long met = 0;
        long assessed = 0;
        for (StandingCount count : people.standingCounts(scope, PersonSearch.fromParameters(
                Map.of("donVi", String.valueOf(unit.id().value())), today))) {
            if (!count.principal()) {
                continue;
            }
            if ("DAT".equals(count.verdict())) {
                met += count.count();
            }
            if ("DAT".equals(count.verdict()) || "CHUA_DAT".equals(count.verdict())) {
                assessed += count.count();
            }
        }
        // Each person sent re-assessed by the standards engine with the level the class confers (every criterion, not only levels).
        long newlyMet = 0;
        for (Allocation.Option option : chosen) {
            Need need = needs.get(option.person());
            TrainingClass trainingClass = classes.get(option.trainingClass());
            Map<Dimension, ScaleLevel> after = new EnumMap<>(need.levels());
            after.merge(trainingClass.programme().confersDimension(), trainingClass.programme().confersLevel(),
                    (held, conferred) -> conferred.rank() > held.rank() ? conferred : held);
            boolean difficult = need.unit() != null && need.unit().difficultArea();
            boolean metBefore = standards.verdictWith(need.person(), need.post(), difficult, need.levels(), today) == Verdict.DAT;
            boolean metAfter = standards.verdictWith(need.person(), need.post(), difficult, after, today) == Verdict.DAT;
            newlyMet += !metBefore && metAfter ? 1 : 0;
        }
        effects.add(new TrainingPlan.Effect(Messages.text("training.plan.standardShare"), assessed == 0 ? null : 100.0 * met / assessed,
                assessed == 0 ? null : 100.0 * (met + newlyMet) / assessed));
        if (applying.isEmpty()) {
            return effects;
        }
        List<Measure> measures = applying.stream().map(t -> new Measure(t.indicator().population(), t.indicator().parsedCondition(), null))
                .toList();
        List<IndicatorCount> counts = reports.indicatorCounts(scope, unit, today, measures).getOrDefault(unit.id().value(), List.of());
        for (int i = 0; i < applying.size(); i++) {
            Target target = applying.get(i);
            IndicatorCount count = counts.isEmpty() ? IndicatorCount.UNKNOWN : counts.get(i);
            Condition condition = target.indicator().parsedCondition();
            // Every person sent who belongs to the target's population, whatever brought them to the plan: meeting the
            // condition before, and after, with the levels their places confer (the verdict re-assessed with them).
            Set<Long> members = Set.copyOf(reports.populationToday(scope, unit, target.indicator().population()));
            long gained = 0;
            for (Allocation.Option option : chosen) {
                Need need = needs.get(option.person());
                if (!members.contains(need.person().id().value())) {
                    continue;
                }
                TrainingClass trainingClass = classes.get(option.trainingClass());
                Map<Dimension, ScaleLevel> after = new EnumMap<>(need.levels());
                after.merge(trainingClass.programme().confersDimension(), trainingClass.programme().confersLevel(),
                        (held, conferred) -> conferred.rank() > held.rank() ? conferred : held);
                boolean before = condition.holds(holder(need, need.levels(), today));
                gained += !before && condition.holds(holder(need, after, today)) ? 1 : 0;
            }
            Double before = count.percent().isPresent() ? count.percent().getAsDouble() : null;
            Double afterValue = before == null ? null : 100.0 * (count.meeting() + gained) / count.population();
            effects.add(new TrainingPlan.Effect(Messages.text("training.plan.targetLine", target.indicator().name(),
                    target.threshold().stripTrailingZeros()
                    .toPlainString(), Dates.format(target.deadline())), before, afterValue));
        }
        return effects;
    }

    /** 20000000 as "20.000.000". */
    private static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static int rank(Map<Dimension, ScaleLevel> levels, Dimension dimension) {
        ScaleLevel level = levels.get(dimension);
        return level == null ? 0 : level.rank();
    }

    /**
     * Approves the plan as the officer left it: the places kept (person, class), within the budget;
     * creates the enrolments, all or none.
     */
    @Transactional
    public int approve(UserScope scope, long budget, List<long[]> personAndClass) {
        if (personAndClass.isEmpty()) {
            throw new InvalidTrainingException(Messages.text("training.plan.empty"));
        }
        Map<Long, List<Long>> byClass = new LinkedHashMap<>();
        Set<Long> persons = new HashSet<>();
        long cost = 0;
        for (long[] pair : personAndClass) {
            TrainingClass trainingClass = repository.trainingClass(pair[1])
                    .orElseThrow(() -> new InvalidTrainingException(Messages.text("training.class.notFound")));
            if (!persons.add(pair[0])) {
                throw new InvalidTrainingException(Messages.text("training.plan.onePlaceEach"));
            }
            byClass.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(pair[0]);
            cost += trainingClass.funding() == Funding.NGAN_SACH ? trainingClass.costPerPlace().longValue() : 0;
        }
        if (cost > budget) {
            throw new InvalidTrainingException(Messages.text("training.plan.overBudget", money(cost), money(budget)));
        }
        int enrolled = 0;
        for (Map.Entry<Long, List<Long>> entry : byClass.entrySet()) {
            List<String> codes = people.findByIds(scope, entry.getValue()).stream().map(PersonRecord::code).toList();
            enrolled += training.enrol(scope, entry.getKey(), codes);
        }
        return enrolled;
    }
}
