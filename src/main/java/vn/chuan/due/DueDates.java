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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

import vn.chuan.audit.AuditLog;
import vn.chuan.audit.ChangeFeed;
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
import vn.chuan.shared.VietnameseOrder;
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

    /** Results remembered and brought up to date by the change feed (paging through a province's year is one computation). */
    private static final int REMEMBERED = 32;
    /** The people holding posts, per place asked (a province of 100,000 is a few megabytes). */
    private static final int HOLDINGS = 8;
    /** Up to this many people changed since a result, theirs alone are computed again; beyond, everyone's. */
    private static final int PATCHED_AT_MOST = 1000;
    /**
     * A place held by up to this many people (a commune: a few dozen) has the rules read its people's records by id; a
     * larger one, every record with the rules' own conditions (one scan beats thousands of ids). Before, a commune's page
     * read every record of the province and kept its few dozen: 0,7–1 s each at 100.000.
     */
    private static final int READ_BY_ID_AT_MOST = 1000;
    /** What is audited without a person and changes no due date: anything else (a unit, a standard set) recomputes all. */
    private static final Set<String> UNRELATED = Set.of("USER", "DUE_ITEM", "DOCUMENT_TEMPLATE", "API_CLIENT", "SENSITIVE_ACCESS",
            "SURVEY", "SURVEY_RESPONSE", "TARGET", "TARGET_PLAN");

    private final DueRepository repository;
    private final PersonnelFiles files;
    private final Units units;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Clock clock;
    /** Threads for the rules' queries (a few: they share the database's connections and the machine's cores). */
    private final ExecutorService queries = Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "due-query");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Asked, Known> remembered = lru(REMEMBERED);
    private final Map<Where, Holding> holdings = lru(HOLDINGS);

    DueDates(DueRepository repository, PersonnelFiles files, Units units, AuditLog audit, ChangeFeed feed, Clock clock) {
        this.repository = repository;
        this.files = files;
        this.units = units;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * The items of {@code unit}'s subtree (null: the whole scope) dated from {@code from} to {@code to}, both included, in
     * date order, then by kind and name, for the people holding a principal post there today. Each rule's records are
     * narrowed in SQL to those whose dates can fall in the period; the rules then say exactly. A result asked again after
     * changes to a few people's records is brought up to date by computing theirs alone.
     */
    public List<DueItem> between(UserScope scope, Unit unit, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        long last = audit.lastCommit();
        Asked asked = new Asked(scope.path(), unit == null ? "" : unit.path(), from, to, today);
        Known known = remembered.get(asked);
        if (known != null && known.commit() >= last) {
            return known.items();
        }
        Where where = new Where(unit == null ? "%" : unit.path() + "%", scope.likePrefix(), today);
        Holding kept = holdings.get(where);
        // One look at the change feed, since the older of the two: who changed since then is a superset of what each needs.
        long since = Math.min(known == null ? last : known.commit(), kept == null ? last : Math.min(kept.commit(), last));
        Optional<Set<Long>> changed = since >= last ? Optional.of(Set.of())
                : feed.peopleChangedBetween(since, last, UNRELATED, PATCHED_AT_MOST);
        Holding holding = holding(where, kept, changed, last);
        Known fresh = (known == null ? Optional.<Set<Long>>empty() : changed).map(people -> patched(known, people, holding, from, to, today))
                .orElseGet(() -> finished(compute(holding.held(), from, to, today,
                        holding.held().size() <= READ_BY_ID_AT_MOST ? holding.held().keySet() : null), Map.of(), holding));
        remembered.merge(asked, fresh, (older, computed) -> older.commit() >= computed.commit() ? older : computed);
        return fresh.items();
    }

    /**
     * Who holds a post where asked, as of commit {@code last}: the map {@code kept}, with the people {@code changed} since
     * read again (empty: read everyone).
     */
    private Holding holding(Where where, Holding kept, Optional<Set<Long>> changed, long last) {
        if (kept != null && kept.commit() >= last) {
            return kept;
        }
        Map<Long, Long> held;
        if (kept == null || changed.isEmpty()) {
            held = repository.holders(where, null);
        } else if (changed.get().isEmpty()) {
            held = kept.held();
        } else {
            held = new HashMap<>(kept.held());
            held.keySet().removeAll(changed.get());
            held.putAll(repository.holders(where, changed.get()));
        }
        Map<Long, Integer> staff = new HashMap<>();
        held.values().forEach(unitId -> staff.merge(unitId, 1, Integer::sum));
        Holding fresh = new Holding(last, Collections.unmodifiableMap(held), staff);
        holdings.merge(where, fresh, (older, read) -> older.commit() >= read.commit() ? older : read);
        return fresh;
    }

    /** The result with the items of {@code people} computed again and the rest kept. */
    private Known patched(Known known, Set<Long> people, Holding holding, LocalDate from, LocalDate to, LocalDate today) {
        if (people.isEmpty()) {
            return new Known(holding.commit(), known.plain(), known.early(), known.names(), known.items());
        }
        Computed theirs = compute(holding.held(), from, to, today, people);
        List<DueItem> plain = new ArrayList<>(known.plain().size() + theirs.plain().size());
        known.plain().stream().filter(i -> !people.contains(i.personId())).forEach(plain::add);
        plain.addAll(theirs.plain());
        List<EarlyCandidate> early = new ArrayList<>(known.early().size() + theirs.early().size());
        known.early().stream().filter(c -> !people.contains(c.personId())).forEach(early::add);
        early.addAll(theirs.early());
        Map<Long, Name> names = new HashMap<>(known.names());
        names.keySet().removeAll(people);
        return finished(new Computed(plain, early), names, holding);
    }

    private <T> CompletableFuture<T> async(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, queries);
    }

    @PreDestroy
    void stop() {
        queries.shutdown();
    }

    private static <K, V> Map<K, V> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /** What a result answers: who asked for which place and period, on which day. */
    private record Asked(String scopePath, String unitPath, LocalDate from, LocalDate to, LocalDate today) {
    }

    /** Who holds a principal post where asked (person → unit) and how many hold one in each unit, as of a commit. */
    private record Holding(long commit, Map<Long, Long> held, Map<Long, Integer> staff) {
    }

    /** The rules' items, and the candidates for an early raise, whose count against the unit's cap is known only for all. */
    private record Computed(List<DueItem> plain, List<EarlyCandidate> early) {
    }

    private record EarlyCandidate(DueRules.NextStep next, int year, Award award) {

        long personId() {
            return next.held().personId();
        }
    }

    /** A person's code and name, and the key they sort by. */
    private record Name(String code, String name, String sortKey) {
    }

    /** A result with its parts, as of a commit: the items shown are made from the parts, which a patch replaces per person. */
    private record Known(long commit, List<DueItem> plain, List<EarlyCandidate> early, Map<Long, Name> names, List<DueItem> items) {
    }

    /**
     * The rules' queries are independent: they run at once on {@link #queries} (the database and the mapping of rows
     * share the cores), each in its own short read; what depends on two of them waits for both. {@code only}: null for
     * everyone held, else these people alone.
     */
    private Computed compute(Map<Long, Long> held, LocalDate from, LocalDate to, LocalDate today, Set<Long> only) {
        if (held.isEmpty() || only != null && only.isEmpty()) {
            return new Computed(List.of(), List.of());
        }
        Map<String, SalaryRank> ranks = new HashMap<>();
        files.ranks().forEach(r -> ranks.put(r.code(), r));
        List<Integer> years = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (within(LocalDate.of(year, 12, 31), from, to)) {
                years.add(year);
            }
        }
        CompletableFuture<Map<Long, LatestStep>> recentSteps = async(() -> repository.latestStepsSince(
                from.minusMonths(maxInterval(ranks)).minusDays(1), only));
        CompletableFuture<List<Born>> births = async(() -> repository.bornBetween(RetirementAge.latestBirthDateRetiredBefore(from, Gender.NAM),
                RetirementAge.latestBirthDateRetiredBefore(to.plusMonths(NOTICE_SLACK_MONTHS), Gender.NAM),
                RetirementAge.latestBirthDateRetiredBefore(from, Gender.NU),
                RetirementAge.latestBirthDateRetiredBefore(to.plusMonths(NOTICE_SLACK_MONTHS), Gender.NU), only));
        CompletableFuture<List<DueRepository.TermPost>> terms = async(() -> repository.termPosts(today, from.minusYears(DueRules.TERM_YEARS)
                .minusDays(1), to.plusDays(DueRules.REAPPOINTMENT_LEAD_DAYS + 2).minusYears(DueRules.TERM_YEARS), only));
        CompletableFuture<List<DueRepository.Recruited>> recruited = async(() -> repository.recruitedBetween(
                from.minusMonths(12).minusDays(1), to.minusMonths(6).plusDays(1), only));
        CompletableFuture<List<DueRepository.PostEnd>> ending = async(() -> repository.postsEnding(today, from, to, only));
        CompletableFuture<List<Long>> below = within(DueRules.STANDARDS_DEADLINE, from, to) ? async(() -> repository.belowStandard(only))
                : CompletableFuture.completedFuture(List.of());
        List<DueItem> items = new ArrayList<>();
        List<DisciplineTerm> disciplines = repository.disciplines(only);
        Map<Long, Setbacks> setbacks = setbacks(disciplines, repository.yearsNotCompleted(only));

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
                : repository.awardsSince(LocalDate.of(years.get(0), 1, 1).minusYears(maxInterval(ranks) / 12 + 1), only);
        Map<Long, DueRules.NextStep> nextSteps = new HashMap<>();
        List<EarlyCandidate> early = new ArrayList<>();
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
                for (int year : awards.containsKey(id) ? years : List.<Integer>of()) {
                    DueRules.earlyRaiseAward(next, year, awards.get(id)).ifPresent(award -> early.add(new EarlyCandidate(next, year, award)));
                }
            }
        }

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
        return new Computed(items, early);
    }

    /**
     * The items shown: the candidates for an early raise as items naming their unit's count against its cap of 10 % (the
     * payroll: principal posts held today), every item with its person's code and name and their unit, in order.
     */
    private Known finished(Computed computed, Map<Long, Name> knownNames, Holding holding) {
        Map<Long, Long> held = holding.held();
        Map<Long, Name> names = new HashMap<>(knownNames);
        List<Long> unnamed = new ArrayList<>();
        computed.plain().forEach(i -> unnamed.add(i.personId()));
        computed.early().forEach(c -> unnamed.add(c.personId()));
        repository.names(unnamed.stream().filter(id -> !names.containsKey(id)).distinct().toList()).forEach((id, name) ->
                names.put(id, new Name(name[0], name[1], VietnameseOrder.givenNameKey(name[1]))));

        record Place(long unitId, int year) {
        }
        Map<Place, Integer> candidates = new HashMap<>();
        computed.early().forEach(c -> candidates.merge(new Place(held.getOrDefault(c.personId(), 0L), c.year()), 1, Integer::sum));
        List<DueItem> items = new ArrayList<>(computed.plain());
        computed.early().forEach(c -> {
            long unitId = held.getOrDefault(c.personId(), 0L);
            items.add(DueRules.earlyRaise(c.next(), c.year(), c.award(), candidates.get(new Place(unitId, c.year())),
                    holding.staff().getOrDefault(unitId, 0)));
        });

        record Keyed(DueItem item, String name) {
        }
        Map<Long, String> unitNames = new HashMap<>();
        Name nobody = new Name("", "", "");
        List<DueItem> shown = items.stream().filter(i -> held.containsKey(i.personId())).map(i -> {
            long unitId = held.get(i.personId());
            String unitName = unitNames.computeIfAbsent(unitId, id -> units.find(new UnitId(id)).map(Unit::name).orElse(""));
            Name name = names.getOrDefault(i.personId(), nobody);
            return new Keyed(i.named(name.code(), name.name(), unitId, unitName), name.sortKey());
        }).sorted(Comparator.comparing((Keyed k) -> k.item().date()).thenComparing(k -> k.item().kind()).thenComparing(Keyed::name)
                .thenComparing(k -> k.item().personCode())).map(Keyed::item).toList();
        return new Known(holding.commit(), List.copyOf(computed.plain()), List.copyOf(computed.early()), names, shown);
    }

    /** Each person's setbacks: their disciplines and years graded "not completed". */
    private static Map<Long, Setbacks> setbacks(List<DisciplineTerm> disciplines, Map<Long, List<LocalDate>> yearsNotCompleted) {
        Map<Long, List<DisciplineTerm>> byPerson = disciplines.stream().collect(Collectors.groupingBy(DisciplineTerm::personId));
        Map<Long, Setbacks> setbacks = new HashMap<>();
        byPerson.forEach((id, theirs) -> setbacks.put(id, new Setbacks(theirs, yearsNotCompleted.getOrDefault(id, List.of()))));
        yearsNotCompleted.forEach((id, years) -> setbacks.putIfAbsent(id, new Setbacks(List.of(), years)));
        return setbacks;
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
