package vn.chuan.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

import vn.chuan.audit.AuditLog;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.dossier.SalaryRank;
import vn.chuan.due.DueRepository.Born;
import vn.chuan.due.DueRepository.LatestStep;
import vn.chuan.due.DueRepository.Award;
import vn.chuan.due.DueRepository.DisciplineTerm;
import vn.chuan.due.DueRepository.Where;
import vn.chuan.due.DueRules.Setbacks;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.VietnameseText;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * What falls due in a unit (and below) in a period, for the people holding a post there today:
 * computed from their records each time (so that recording what was done closes the item), in date
 * order. Only what the scope sees.
 */
@Service
public class DueDates {

    /** The notice is six months before the last day of service; a month more covers the ends of months. */
    private static final int NOTICE_SLACK_MONTHS = 7;

    /** The periods the page offers; overdue looks back one year. */
    public enum Period {
        QUA_HAN, THANG_NAY, BA_THANG, NAM_NAY;

        public String label() {
            return Messages.text(switch (this) {
                case QUA_HAN -> "due.period.overdue";
                case THANG_NAY -> "due.period.thisMonth";
                case BA_THANG -> "due.period.threeMonths";
                case NAM_NAY -> "due.period.thisYear";
            });
        }

        public LocalDate from(LocalDate today) {
            return this == QUA_HAN ? today.minusYears(1) : today;
        }

        public LocalDate to(LocalDate today) {
            return switch (this) {
                case QUA_HAN -> today.minusDays(1);
                case THANG_NAY -> today.withDayOfMonth(today.lengthOfMonth());
                case BA_THANG -> today.plusMonths(3);
                case NAM_NAY -> LocalDate.of(today.getYear(), 12, 31);
            };
        }
    }

    /** Results remembered until the next committed change (paging through a province's year is one computation). */
    private static final int REMEMBERED = 32;

    private final DueRepository repository;
    private final PersonnelFiles files;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    /** Threads for the rules' queries (a few: they share the database's connections and the machine's cores). */
    private final ExecutorService queries = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "due-query");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Asked, List<DueItem>> remembered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Asked, List<DueItem>> eldest) {
            return size() > REMEMBERED;
        }
    });

    DueDates(DueRepository repository, PersonnelFiles files, Units units, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The items of {@code unit}'s subtree (null: the whole scope) dated from {@code from} to {@code to}, both included, in
     * date order, then by kind and name, for the people holding a principal post there today. Each rule's records are
     * narrowed in SQL to those whose dates can fall in the period; the rules then say exactly.
     */
    public List<DueItem> between(UserScope scope, Unit unit, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        Asked asked = new Asked(scope.path(), unit == null ? "" : unit.path(), from, to, today, audit.lastCommit());
        List<DueItem> known = remembered.get(asked);
        if (known != null) {
            return known;
        }
        List<DueItem> items = compute(scope, unit, from, to, today);
        remembered.put(asked, items);
        return items;
    }

    private <T> CompletableFuture<T> async(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, queries);
    }

    @PreDestroy
    void stop() {
        queries.shutdown();
    }

    /** What a result is remembered by: who and what was asked, on which day, as of which committed change. */
    private record Asked(String scopePath, String unitPath, LocalDate from, LocalDate to, LocalDate today, long lastCommit) {
    }

    /**
     * The rules' queries are independent: they run at once on {@link #queries} (the database and the mapping of rows
     * share the cores), each in its own short read; what depends on two of them waits for both.
     */
    private List<DueItem> compute(UserScope scope, Unit unit, LocalDate from, LocalDate to, LocalDate today) {
        Map<String, SalaryRank> ranks = new HashMap<>();
        files.ranks().forEach(r -> ranks.put(r.code(), r));
        List<Integer> years = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (within(LocalDate.of(year, 12, 31), from, to)) {
                years.add(year);
            }
        }
        CompletableFuture<Map<Long, LatestStep>> recentSteps = async(() -> repository.latestStepsSince(
                from.minusMonths(maxInterval(ranks)).minusDays(1)));
        CompletableFuture<List<Born>> births = async(() -> repository.bornBetween(RetirementAge.latestBirthDateRetiredBefore(from, Gender.NAM),
                RetirementAge.latestBirthDateRetiredBefore(to.plusMonths(NOTICE_SLACK_MONTHS), Gender.NAM),
                RetirementAge.latestBirthDateRetiredBefore(from, Gender.NU),
                RetirementAge.latestBirthDateRetiredBefore(to.plusMonths(NOTICE_SLACK_MONTHS), Gender.NU)));
        CompletableFuture<List<DueRepository.TermPost>> terms = async(() -> repository.termPosts(today, from.minusYears(DueRules.TERM_YEARS)
                .minusDays(1), to.plusDays(DueRules.REAPPOINTMENT_LEAD_DAYS + 2).minusYears(DueRules.TERM_YEARS)));
        CompletableFuture<List<DueRepository.Recruited>> recruited = async(() -> repository.recruitedBetween(
                from.minusMonths(12).minusDays(1), to.minusMonths(6).plusDays(1)));
        CompletableFuture<List<DueRepository.PostEnd>> ending = async(() -> repository.postsEnding(today, from, to));
        CompletableFuture<List<Long>> below = within(DueRules.STANDARDS_DEADLINE, from, to) ? async(repository::belowStandard)
                : CompletableFuture.completedFuture(List.of());
        Map<Long, Long> held = repository.holders(new Where(unit == null ? "%" : unit.path() + "%", scope.likePrefix(), today));
        if (held.isEmpty()) {
            CompletableFuture.allOf(recentSteps, births, terms, recruited, ending, below).join();
            return List.of();
        }
        List<DueItem> items = new ArrayList<>();
        List<DisciplineTerm> disciplines = repository.disciplines();
        Map<Long, Setbacks> setbacks = setbacks(disciplines, repository.yearsNotCompleted());

        // The latest salary step of each person holding a post: those begun since the longest interval, and (older)
        // those of the people whose raise a setback may have put off and of those retiring in the period.
        List<Born> retiring = births.join().stream().filter(b -> held.containsKey(b.personId())).toList();
        Map<Long, LatestStep> steps = new HashMap<>(recentSteps.join());
        List<Long> older = new ArrayList<>();
        setbacks.keySet().stream().filter(held::containsKey).forEach(older::add);
        retiring.stream().map(Born::personId).filter(id -> !steps.containsKey(id)).forEach(older::add);
        steps.putAll(repository.latestStepsOf(older.stream().distinct().toList()));

        // Salary: the regular raise or the over-ceiling step in the period, and the candidates for an early raise
        // in each year whose 31 December the period holds (their regular raise falls up to 12 months later).
        LocalDate dueTo = years.isEmpty() ? to : to.plusMonths(DueRules.EARLY_MONTHS);
        Map<Long, List<Award>> awards = years.isEmpty() ? Map.of()
                : repository.awardsSince(LocalDate.of(years.get(0), 1, 1).minusYears(maxInterval(ranks) / 12 + 1));
        Map<Long, DueRules.NextStep> nextSteps = new HashMap<>();
        List<DueRules.NextStep> early = new ArrayList<>();
        for (LatestStep step : steps.values()) {
            SalaryRank rank = ranks.get(step.rankCode());
            long id = step.personId();
            if (rank == null || !held.containsKey(id)) {
                continue;
            }
            DueRules.NextStep next = DueRules.next(step, rank, setbacks.getOrDefault(id, Setbacks.NONE));
            nextSteps.put(id, next);
            if (!next.due().isAfter(dueTo)) {
                if (within(next.due(), from, to)) {
                    items.add(DueRules.salary(next));
                }
                if (awards.containsKey(id)) {
                    early.add(next);
                }
            }
        }
        earlyRaises(held, early, years, awards, items);

        // Retirement, and the raise ahead of time that comes with its notice.
        for (Born born : retiring) {
            DueRules.retirement(born).stream().filter(i -> within(i, from, to)).forEach(items::add);
            Optional.ofNullable(nextSteps.get(born.personId())).flatMap(next -> DueRules.retirementRaise(born, next))
                    .filter(i -> within(i, from, to)).ifPresent(items::add);
        }

        // Terms end five years after they began (an appointment is prepared 90 days before); probation 6 or 12 months.
        terms.join().stream().filter(t -> held.containsKey(t.personId())).map(DueRules::term)
                .filter(i -> within(i, from, to)).forEach(items::add);
        recruited.join().stream()
                .filter(r -> held.containsKey(r.personId())).map(DueRules::probation).filter(i -> within(i, from, to)).forEach(items::add);
        ending.join().stream().filter(p -> held.containsKey(p.personId())).map(DueRules::postEnds).forEach(items::add);
        disciplines.stream().filter(d -> held.containsKey(d.personId())).map(DueRules::disciplineEnds).flatMap(Optional::stream)
                .filter(i -> within(i, from, to)).forEach(items::add);
        below.join().stream().filter(held::containsKey).map(DueRules::standards).forEach(items::add);
        return sorted(named(items, held));
    }

    /** Each item with its person's code and name and the unit of their principal post. */
    private List<DueItem> named(List<DueItem> items, Map<Long, Long> held) {
        Map<Long, String[]> names = repository.names(items.stream().map(DueItem::personId).distinct().toList());
        Map<Long, String> unitNames = new HashMap<>();
        return items.stream().map(i -> {
            long unitId = held.get(i.personId());
            String unitName = unitNames.computeIfAbsent(unitId, id -> units.find(new UnitId(id)).map(Unit::name).orElse(""));
            String[] name = names.getOrDefault(i.personId(), new String[] {"", ""});
            return i.named(name[0], name[1], unitId, unitName);
        }).toList();
    }

    /** Each person's setbacks: their disciplines and years graded "not completed". */
    private static Map<Long, Setbacks> setbacks(List<DisciplineTerm> disciplines, Map<Long, List<LocalDate>> yearsNotCompleted) {
        Map<Long, List<DisciplineTerm>> byPerson = disciplines.stream().collect(Collectors.groupingBy(DisciplineTerm::personId));
        Map<Long, Setbacks> setbacks = new HashMap<>();
        byPerson.forEach((id, theirs) -> setbacks.put(id, new Setbacks(theirs, yearsNotCompleted.getOrDefault(id, List.of()))));
        yearsNotCompleted.forEach((id, years) -> setbacks.putIfAbsent(id, new Setbacks(List.of(), years)));
        return setbacks;
    }

    /** Each candidate's item names the unit's count against its cap of 10 % (the payroll: principal posts held today). */
    private static void earlyRaises(Map<Long, Long> held, List<DueRules.NextStep> steps, List<Integer> years, Map<Long, List<Award>> awards,
            List<DueItem> items) {
        if (steps.isEmpty()) {
            return;
        }
        Map<Long, Integer> staff = new HashMap<>();
        held.values().forEach(unitId -> staff.merge(unitId, 1, Integer::sum));
        for (int year : years) {
            Map<Long, List<Map.Entry<DueRules.NextStep, Award>>> byUnit = new HashMap<>();
            for (DueRules.NextStep next : steps) {
                long id = next.held().personId();
                DueRules.earlyRaiseAward(next, year, awards.get(id)).ifPresent(award -> byUnit.computeIfAbsent(held.get(id),
                        u -> new ArrayList<>()).add(Map.entry(next, award)));
            }
            byUnit.forEach((unitId, candidates) -> candidates.forEach(c -> items.add(DueRules.earlyRaise(c.getKey(), year, c.getValue(),
                    candidates.size(), staff.getOrDefault(unitId, 0)))));
        }
    }

    private static int maxInterval(Map<String, SalaryRank> ranks) {
        return ranks.values().stream().mapToInt(SalaryRank::raiseMonths).max().orElse(DueRules.OVER_CEILING_MONTHS);
    }

    private static boolean within(DueItem item, LocalDate from, LocalDate to) {
        return within(item.date(), from, to);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** By date, kind and name (names folded once each, not at every comparison). */
    private static List<DueItem> sorted(List<DueItem> items) {
        record Keyed(DueItem item, String name) {
        }
        return items.stream().map(i -> new Keyed(i, VietnameseText.fold(i.personName()) + "\u0000" + i.personName()))
                .sorted(Comparator.comparing((Keyed k) -> k.item().date()).thenComparing(k -> k.item().kind()).thenComparing(Keyed::name)
                        .thenComparing(k -> k.item().personCode()))
                .map(Keyed::item).toList();
    }

    /** The dashboard's counts: overdue (the past year) and due in the next three months, by kind. */
    public record Summary(Map<DueKind, Integer> overdue, Map<DueKind, Integer> soon) {

        public int overdueTotal() {
            return overdue.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int soonTotal() {
            return soon.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One computation over both periods of {@link Summary}. */
    public Summary summary(UserScope scope, Unit unit) {
        LocalDate today = LocalDate.now(clock);
        Map<DueKind, Integer> overdue = new EnumMap<>(DueKind.class);
        Map<DueKind, Integer> soon = new EnumMap<>(DueKind.class);
        for (DueItem item : between(scope, unit, Period.QUA_HAN.from(today), Period.BA_THANG.to(today))) {
            (item.date().isBefore(today) ? overdue : soon).merge(item.kind(), 1, Integer::sum);
        }
        return new Summary(overdue, soon);
    }

    public List<DueItem> in(UserScope scope, Unit unit, Period period) {
        LocalDate today = LocalDate.now(clock);
        return between(scope, unit, period.from(today), period.to(today));
    }
}
