package vn.chuan.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.PersonStanding;
import vn.chuan.people.Qualification;
import vn.chuan.people.StandingCount;
import vn.chuan.security.ProvinceSetting;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.KeptVersion;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.VietnameseOrder;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * The standards module's facade: the standard sets, the assessment of a person as of a date under
 * the set in force then (or any other set, for what-if), and the stored current verdicts.
 */
@Service
public class Standards {

    private static final int CHUNK = 500;

    private final StandardSetRepository repository;
    private final PersonRegistry people;
    private final Units units;
    private final Clock clock;
    private final AuditLog audit;
    /** The sets' version in the database: another instance's change to a set makes this one load them again. */
    private final KeptVersion version;
    private volatile Kept kept;
    private final ApplicationEventPublisher events;

    /**
     * The sets as loaded at one version, with what is worked out from them once: each set's compiled engine, and where
     * the sets in force begin and end and the ages their titles bound (the same for every person).
     */
    private record Kept(long version, List<StandardSet> sets, Map<Long, StandardsEngine> engines, AtomicReference<SetCalendar> calendar) {

        boolean holds(StandardSet set) {
            return sets.stream().anyMatch(known -> known == set);
        }
    }

    Standards(StandardSetRepository repository, PersonRegistry people, Units units, Clock clock,
            AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.version = new KeptVersion(jdbc, "standards");
        this.events = events;
        this.repository = repository;
        this.people = people;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
    }

    private void audited(long setId, String action, String summary) {
        audit.record(AuditEvent.of("STANDARD_SET", setId, action).summary(summary).build());
    }

    public List<StandardSet> sets() {
        return kept().sets();
    }

    private Kept kept() {
        long current = version.current();
        Kept known = kept;
        if (known == null || known.version() != current) {
            known = new Kept(current, repository.findAll(), new ConcurrentHashMap<>(), new AtomicReference<>());
            kept = known;
        }
        return known;
    }

    /** The set in force on {@code date}: the one that took effect last among those in force. */
    public Optional<StandardSet> inForceOn(LocalDate date) {
        return inForceAmong(sets(), date);
    }

    private static Optional<StandardSet> inForceAmong(List<StandardSet> sets, LocalDate date) {
        return sets.stream().filter(s -> s.inForceOn(date))
                .max(Comparator.comparing(StandardSet::effectiveFrom).thenComparing(StandardSet::version));
    }

    /**
     * The minimum level per dimension a title requires under the set in force on {@code date} (the
     * difficult-area level where one is allowed and the unit is in such an area); empty without a set.
     */
    /**
     * The verdict of a person in a post as of {@code date} if they held these levels instead of the
     * recorded ones (what a training plan's places would change), under the set in force that day:
     * the post's title and every other title held that day, judged as {@link #assess} judges them
     * (unmet when one is unmet, met when one is met and none unmet).
     */
    public Verdict verdictWith(PersonRecord person, Assignment post, boolean difficultArea, Map<Dimension, ScaleLevel> levels,
            LocalDate date) {
        Optional<StandardsEngine> engine = engineOn(date);
        if (engine.isEmpty()) {
            return Verdict.KHONG_AP_DUNG;
        }
        int[] ranks = new int[Dimension.values().length];
        levels.forEach((dimension, level) -> ranks[dimension.ordinal()] = level.rank());
        String field = person.highestOn(Dimension.PROFESSIONAL, date).map(q -> q.fieldOfStudy()).orElse(null);
        java.util.Set<String> titles = new java.util.LinkedHashSet<>();
        titles.add(post.titleCode());
        person.postsOn(date).forEach(held -> titles.add(held.titleCode()));
        Verdict verdict = Verdict.KHONG_AP_DUNG;
        for (String title : titles) {
            Verdict one = engine.get().assess(new StandardsProfile(title, person.birthDate(), difficultArea, ranks, field), date).verdict();
            if (one == Verdict.CHUA_DAT) {
                return Verdict.CHUA_DAT;
            }
            if (one == Verdict.DAT) {
                verdict = Verdict.DAT;
            }
        }
        return verdict;
    }

    public Map<Dimension, ScaleLevel> requiredLevels(String titleCode, LocalDate date, boolean difficultArea) {
        Map<Dimension, ScaleLevel> required = new EnumMap<>(Dimension.class);
        inForceOn(date).ifPresent(set -> {
            for (Criterion criterion : set.criteriaFor(titleCode)) {
                if (criterion instanceof Criterion.MinimumLevel minimum) {
                    required.put(minimum.dimension(), difficultArea && minimum.difficultAreaLevel() != null
                            ? minimum.difficultAreaLevel() : minimum.level());
                }
            }
        });
        return required;
    }

    public Optional<StandardSet> set(long id) {
        return sets().stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * The assessment of a person on a date under a set, against every title held that day (the
     * principal post and those held concurrently); not applicable without a principal post.
     */
    public Assessment assess(PersonRecord person, StandardSet set, LocalDate date) {
        if (person.assignmentOn(date).isEmpty()) {
            return Assessment.NOT_APPLICABLE;
        }
        return assessPosts(engine(set), person, person.postsOn(date),
                unitId -> units.find(unitId).map(Unit::difficultArea).orElse(false), date);
    }

    /**
     * Each post's title judged on its own: unmet when one post's standards are unmet, met when one is
     * met and none unmet, not applicable when no title held has standards. With several posts, each
     * gap names the post it is for ("Chủ tịch Hội đồng nhân dân — Lý luận chính trị: cần …").
     */
    private static Assessment assessPosts(StandardsEngine engine, PersonRecord person, List<Assignment> posts,
            Function<UnitId, Boolean> difficultArea, LocalDate date) {
        if (posts.size() == 1) {
            Assignment post = posts.get(0);
            return engine.assess(profile(person, post, difficultArea.apply(post.unitId()), date), date);
        }
        Verdict verdict = Verdict.KHONG_AP_DUNG;
        List<Assessment.Gap> gaps = new ArrayList<>();
        StandardSet.Deadline deadline = null;
        for (Assignment post : posts) {
            Assessment assessment = engine.assess(profile(person, post, difficultArea.apply(post.unitId()), date), date);
            verdict = withPost(verdict, assessment.verdict());
            if (assessment.verdict() == Verdict.CHUA_DAT) {
                assessment.gaps().forEach(gap -> gaps.add(new Assessment.Gap(gap.code(),
                        Messages.text("standards.gap.ofPost", post.titleName(), gap.message()), gap.source())));
                deadline = deadline == null ? assessment.deadline() : deadline;
            }
        }
        return new Assessment(verdict, gaps, deadline);
    }

    /** A person's verdict over several posts: unmet if one post's is, met if one's is and none unmet, else not applicable. */
    private static Verdict withPost(Verdict sofar, Verdict post) {
        return post == Verdict.CHUA_DAT || sofar == Verdict.CHUA_DAT ? Verdict.CHUA_DAT
                : post == Verdict.DAT || sofar == Verdict.DAT ? Verdict.DAT : Verdict.KHONG_AP_DUNG;
    }

    /** As {@link #assessPosts}, the verdict and the unmet criteria's codes alone (added to {@code codes}), nothing explained. */
    private static Verdict judgePosts(StandardsEngine engine, PersonRecord person, List<Assignment> posts,
            Function<UnitId, Boolean> difficultArea, LocalDate date, Collection<String> codes) {
        Verdict verdict = Verdict.KHONG_AP_DUNG;
        for (Assignment post : posts) {
            verdict = withPost(verdict, engine.judge(profile(person, post, difficultArea.apply(post.unitId()), date), date, codes));
        }
        return verdict;
    }

    /**
     * The person's verdict over the days of each principal post, as {@link #assess} would give it on each of those days:
     * split where anything it depends on changes (a post begins or ends, a level is reached, a birthday crosses an age
     * bound, a set takes effect or ends) and joined where the verdict and the gaps stay the same. What the reports of a
     * past date count, so that they judge the past with the engine of today's verdicts and read it like any dated row.
     */
    public List<DatedVerdict> datedVerdicts(PersonRecord person, Function<UnitId, Boolean> difficultArea) {
        TreeSet<LocalDate> changes = new TreeSet<>();
        for (Assignment post : person.assignments()) {
            changes.add(post.startedOn());
            if (post.endedOn() != null) {
                changes.add(post.endedOn().plusDays(1));
            }
        }
        person.qualifications().stream().map(Qualification::acquiredOn).filter(Objects::nonNull).forEach(changes::add);
        SetCalendar setCalendar = calendar();
        changes.addAll(setCalendar.bounds());
        for (int age : setCalendar.ageBounds()) {
            // The day after too: one born on 29 February turns a year older on 1 March.
            changes.add(person.birthDate().plusYears(age));
            changes.add(person.birthDate().plusYears(age).plusDays(1));
        }
        List<DatedVerdict> periods = new ArrayList<>();
        for (Assignment principal : person.assignments()) {
            if (!principal.isPrincipal() || principal.endedOn() != null && principal.endedOn().isBefore(principal.startedOn())) {
                continue;
            }
            DatedVerdict open = null;
            List<LocalDate> starts = new ArrayList<>();
            starts.add(principal.startedOn());
            changes.subSet(principal.startedOn(), false, principal.endedOn() == null ? LocalDate.MAX : principal.endedOn(), true)
                    .forEach(starts::add);
            for (LocalDate day : starts) {
                TreeSet<String> codes = new TreeSet<>();
                Verdict verdict = setCalendar.inForceOn(day).map(this::engine)
                        .map(engine -> judgePosts(engine, person, person.postsOn(day), difficultArea, day, codes))
                        .orElse(Verdict.KHONG_AP_DUNG);
                List<String> gaps = List.copyOf(codes);
                if (open != null && open.verdict() == verdict && open.gapCodes().equals(gaps)) {
                    continue;
                }
                if (open != null) {
                    periods.add(new DatedVerdict(principal, open.from(), day.minusDays(1), open.verdict(), open.gapCodes()));
                }
                open = new DatedVerdict(principal, day, null, verdict, gaps);
            }
            periods.add(new DatedVerdict(principal, open.from(), principal.endedOn(), open.verdict(), open.gapCodes()));
        }
        return periods;
    }

    private SetCalendar calendar() {
        Kept sets = kept();
        SetCalendar known = sets.calendar().get();
        if (known == null) {
            Set<LocalDate> bounds = new TreeSet<>();
            Set<Integer> ages = new TreeSet<>();
            for (StandardSet set : sets.sets()) {
                if (set.status() == StandardSet.Status.IN_FORCE) {
                    bounds.add(set.effectiveFrom());
                    if (set.effectiveTo() != null) {
                        bounds.add(set.effectiveTo().plusDays(1));
                    }
                    ages.addAll(engine(set).ageBounds());
                }
            }
            // The set in force changes only on those days: what each stretch between two of them has, found once.
            NavigableMap<LocalDate, Optional<StandardSet>> inForce = new TreeMap<>();
            inForce.put(LocalDate.MIN, Optional.empty());
            bounds.forEach(day -> inForce.put(day, inForceAmong(sets.sets(), day)));
            known = new SetCalendar(List.copyOf(bounds), List.copyOf(ages), Collections.unmodifiableNavigableMap(inForce));
            sets.calendar().set(known);
        }
        return known;
    }

    /** The days on which the set in force may change, and the ages at which some title of a set in force bounds its holders. */
    private record SetCalendar(List<LocalDate> bounds, List<Integer> ageBounds, NavigableMap<LocalDate, Optional<StandardSet>> inForce) {

        Optional<StandardSet> inForceOn(LocalDate day) {
            return inForce.floorEntry(day).getValue();
        }
    }

    /** One person as a what-if set would judge them: who, where, and what they would lack. */
    public record WhatIf(long personId, String code, String fullName, String unitName, String titleName, Assessment assessment) {
    }

    /**
     * The verdicts of those {@code search} finds in the scope under another set than the one in
     * force, by category, title and verdict: assessed on the fly, nothing stored.
     */
    @Transactional(readOnly = true)
    public List<StandingCount> whatIfCounts(UserScope scope, PersonSearch search, StandardSet set, LocalDate date) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        List<Long> ids = people.ids(scope, search);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (PersonRecord person : people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                if (person.assignmentOn(date).isEmpty()) {
                    continue;
                }
                String verdict = assess(person, set, date).verdict().name();
                for (Assignment post : person.postsOn(date)) {
                    counts.merge(List.of(post.category(), post.titleCode(), verdict, post.isPrincipal()), 1L, Long::sum);
                }
            }
        }
        List<StandingCount> result = new ArrayList<>();
        counts.forEach((key, n) -> result.add(new StandingCount((StaffCategory) key.get(0), (String) key.get(1), (String) key.get(2), n,
                (Boolean) key.get(3))));
        return result;
    }

    /**
     * The people behind a what-if count ({@code verdict} null: all), at most {@code limit}, in
     * Vietnamese order of their names.
     */
    @Transactional(readOnly = true)
    public List<WhatIf> whatIfPeople(UserScope scope, PersonSearch search, StandardSet set, LocalDate date, Verdict verdict, int limit) {
        List<WhatIf> rows = new ArrayList<>();
        List<Long> ids = people.ids(scope, search);
        for (int from = 0; from < ids.size() && rows.size() < limit; from += CHUNK) {
            for (PersonRecord person : people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                Optional<Assignment> post = person.assignmentOn(date);
                Assessment assessment = assess(person, set, date);
                if (post.isPresent() && (verdict == null || assessment.verdict() == verdict)) {
                    rows.add(new WhatIf(person.id().value(), person.code(), person.fullName(), post.get().unitName(),
                            post.get().titleName(), assessment));
                }
            }
        }
        rows.sort(Comparator.comparing(WhatIf::fullName, VietnameseOrder::byGivenName));
        return rows.size() > limit ? List.copyOf(rows.subList(0, limit)) : rows;
    }

    /** Re-assesses these persons as of today under the set in force and stores the verdicts. */
    @Transactional
    public void reassess(Collection<Long> personIds) {
        reassess(personIds, List.of());
    }

    /** As {@link #reassess(Collection)}, with the records of a bulk load in hand (not read again). */
    @Transactional
    public void reassess(Collection<Long> personIds, List<PersonRecord> written) {
        Map<Long, PersonRecord> inHand = new HashMap<>();
        written.forEach(r -> inHand.put(r.id().value(), r));
        LocalDate today = LocalDate.now(clock);
        Optional<StandardSet> set = inForceOn(today);
        List<Long> ids = List.copyOf(personIds);
        String setName = set.map(x -> Messages.text("standards.set.versioned", x.document(), x.version())).orElse(null);
        Map<UnitId, Boolean> difficult = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Map<Long, PersonStanding> standings = new LinkedHashMap<>();
            Map<Long, Verdict> verdicts = new HashMap<>();
            Map<Long, List<String>> gapCodes = new HashMap<>();
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<PersonRecord> records = inHand.keySet().containsAll(chunk) ? chunk.stream().map(inHand::get).toList()
                    : people.findByIds(UserScope.system(), chunk);
            List<UnitId> unknown = records.stream().flatMap(p -> p.postsOn(today).stream())
                    .map(Assignment::unitId).filter(u -> !difficult.containsKey(u)).distinct().toList();
            units.findAll(unknown).forEach((id, unit) -> difficult.put(id, unit.difficultArea()));
            for (PersonRecord person : records) {
                Optional<Assignment> post = person.assignmentOn(today);
                Assessment assessment = set.isEmpty() || post.isEmpty() ? Assessment.NOT_APPLICABLE
                        : assessPosts(engine(set.get()), person, person.postsOn(today), unitId -> difficult.getOrDefault(unitId, false),
                        today);
                standings.put(person.id().value(), standing(assessment, setName, today));
                verdicts.put(person.id().value(), assessment.verdict());
                gapCodes.put(person.id().value(), assessment.gaps().stream().map(Assessment.Gap::code).distinct().toList());
            }
            people.recordStandings(standings);
            events.publishEvent(new PeopleAssessed(today, records, verdicts, gapCodes, !inHand.isEmpty()));
        }
    }

    /** Re-assesses the persons holding a post today in a unit (and below it). */
    @Transactional
    public void reassessUnit(UnitId unitId) {
        LocalDate today = LocalDate.now(clock);
        reassess(people.ids(UserScope.everything(false), new PersonSearch(null, unitId, null,
                null, List.of(), today, 0, 10)));
    }

    /** Re-assesses everyone; returns how many persons were assessed. */
    @Transactional
    public int reassessAll() {
        int count = 0;
        long after = 0;
        for (List<Long> ids = people.personIdsAfter(after, CHUNK); !ids.isEmpty(); ids = people.personIdsAfter(after, CHUNK)) {
            reassess(ids);
            count += ids.size();
            after = ids.get(ids.size() - 1);
        }
        if (count > 0) {
            auditReassessed(count);
        }
        return count;
    }

    /**
     * Everyone re-assessed into kept figures just emptied (the tallies built from scratch): as {@link #reassessAll}, with
     * nothing to read back or delete (each chunk is written as new), and each chunk's records read on another thread
     * while the chunk before is assessed and written (reading was a quarter of a rebuild). The other thread reads on a
     * connection of its own, so it sees committed records only: for a transaction that wrote no person.
     */
    @Transactional
    public int reassessAllIntoEmptyTables() {
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "reassess-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int count = 0;
            List<Long> ids = people.personIdsAfter(0, CHUNK);
            Future<List<PersonRecord>> next = read(reader, ids);
            while (!ids.isEmpty()) {
                List<PersonRecord> records = next.get();
                List<Long> following = people.personIdsAfter(ids.get(ids.size() - 1), CHUNK);
                next = read(reader, following);
                reassess(ids, records);
                count += ids.size();
                ids = following;
            }
            if (count > 0) {
                auditReassessed(count);
            }
            return count;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            reader.shutdownNow();
        }
    }

    /** Verdicts written without a record changing: a commit of its own, so that figures kept until the next one are read again. */
    private void auditReassessed(int count) {
        audit.record(AuditEvent.of("STANDARD_SET", null, "REASSESSED").summary(Messages.text("standards.reassessed", count)).build());
    }

    private Future<List<PersonRecord>> read(ExecutorService reader, List<Long> ids) {
        return ids.isEmpty() ? CompletableFuture.completedFuture(List.of()) : reader.submit(() -> people.findByIds(UserScope.system(), ids));
    }

    @Transactional
    public StandardSet save(StandardSet set) {
        long id = repository.insert(set, LocalDateTime.now(clock));
        forget();
        return set(id).orElseThrow();
    }

    public List<Long> criterionIds(long setId) {
        return repository.criterionIds(setId);
    }

    /** Copies a set as a new draft version, to edit and compare without changing anything in force. */
    @Transactional
    public StandardSet copyAsDraft(UserScope scope, long setId) {
        scope.requireSetting(ProvinceSetting.STANDARD_SETS, InvalidStandardException::new);
        StandardSet source = set(setId).orElseThrow(() -> new InvalidStandardException(Messages.text("standards.set.notFound")));
        StandardSet draft = new StandardSet(0, source.code(), repository.nextVersion(source.code()),
                Messages.text("standards.set.draftName", source.name().replace(Messages.text("standards.set.draftName", ""), "")),
                        source.document(), source.effectiveFrom(),
                source.effectiveTo(), StandardSet.Status.DRAFT, source.id(), source.criteria(), source.deadline());
        StandardSet saved = save(draft);
        audited(saved.id(), "STANDARD_SET_COPIED", Messages.text("standards.set.copied", source.name(), saved.version()));
        return saved;
    }

    @Transactional
    public void changeLevel(UserScope scope, long setId, long criterionId, String levelCode, String difficultLevelCode) {
        scope.requireSetting(ProvinceSetting.STANDARD_SETS, InvalidStandardException::new);
        StandardSet draft = draft(setId);
        List<Long> ids = repository.criterionIds(setId);
        int index = ids.indexOf(criterionId);
        if (index < 0 || !(draft.criteria().get(index) instanceof Criterion.MinimumLevel level)) {
            throw new InvalidStandardException(Messages.text("standards.criterion.levelOnly"));
        }
        Dimension d = level.dimension();
        ScaleLevel required = levelOf(d, levelCode);
        ScaleLevel difficult = difficultLevelCode == null || difficultLevelCode.isBlank() ? null : levelOf(d, difficultLevelCode);
        if (difficult != null && difficult.rank() > required.rank()) {
            throw new InvalidStandardException(Messages.text("standards.criterion.difficultNotHigher"));
        }
        repository.changeLevel(setId, criterionId, required.code(), difficult == null ? null : difficult.code());
        audited(setId, "CRITERION_CHANGED", Messages.text("standards.criterion.changed", draft.name(), level.titleCode(), d.label(),
                level.level().label(), required.label()));
        forget();
    }

    @Transactional
    public void removeCriterion(UserScope scope, long setId, long criterionId) {
        scope.requireSetting(ProvinceSetting.STANDARD_SETS, InvalidStandardException::new);
        StandardSet draft = draft(setId);
        repository.deleteCriterion(setId, criterionId);
        audited(setId, "CRITERION_REMOVED", Messages.text("standards.criterion.deleted", draft.name()));
        forget();
    }

    @Transactional
    public void addMinimumLevel(UserScope scope, long setId, String titleCode, String dimensionKey, String levelCode, String source) {
        scope.requireSetting(ProvinceSetting.STANDARD_SETS, InvalidStandardException::new);
        draft(setId);
        PositionTitle title = PositionTitle.findByCode(titleCode)
                .orElseThrow(() -> new InvalidStandardException(Messages.text("standards.criterion.titleRequired")));
        Dimension d = Dimension.byKey(dimensionKey == null ? "" : dimensionKey)
                .orElseThrow(() -> new InvalidStandardException(Messages.text("standards.criterion.dimensionRequired")));
        ScaleLevel level = d.parse(levelCode).orElseThrow(() -> new InvalidStandardException(Messages.text("standards.criterion.notALevel",
                levelCode, d.label())));
        repository.addCriterion(setId, new Criterion.MinimumLevel(title.code(), d, level, null,
                source == null || source.isBlank() ? Messages.text("standards.set.provinceDraft") : source.strip()));
        audited(setId, "CRITERION_ADDED", Messages.text("standards.criterion.added", title.name(), d.label(), level.label()));
        forget();
    }

    /** Puts a draft in force from {@code from}; everyone is re-assessed under the set in force today. */
    @Transactional
    public void putInForce(UserScope scope, long setId, LocalDate from) {
        scope.requireSetting(ProvinceSetting.STANDARD_SETS, InvalidStandardException::new);
        StandardSet draft = draft(setId);
        if (from == null) {
            throw new InvalidStandardException(Messages.text("standards.set.fromRequired"));
        }
        repository.putInForce(setId, from, draft.basedOnId());
        audited(setId, "STANDARD_SET_IN_FORCE", Messages.text("standards.set.putInForce", draft.name(), Dates.format(from)));
        forget();
        reassessAll();
    }

    private StandardSet draft(long setId) {
        StandardSet set = set(setId).orElseThrow(() -> new InvalidStandardException(Messages.text("standards.set.notFound")));
        if (set.status() != StandardSet.Status.DRAFT) {
            throw new InvalidStandardException(Messages.text("standards.set.inForceNotEditable"));
        }
        return set;
    }

    private static ScaleLevel levelOf(Dimension d, String code) {
        return d.levels().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidStandardException(Messages.text("standards.criterion.levelRequired", d.label())));
    }

    private void forget() {
        version.bump();
        kept = null;
    }

    boolean isEmpty() {
        return repository.count() == 0;
    }

    /** The compiled set in force on {@code date} (the set of that day, not today's), to assess as of that date. */
    public Optional<StandardsEngine> engineOn(LocalDate date) {
        return inForceOn(date).map(this::engine);
    }

    private StandardsEngine engine(StandardSet set) {
        // A set of the kept list is compiled once; another (a draft being tried, a list since reloaded) each time.
        Kept known = kept;
        return set.id() != 0 && known != null && known.holds(set)
                ? known.engines().computeIfAbsent(set.id(), id -> StandardsEngine.compile(set)) : StandardsEngine.compile(set);
    }

    static StandardsProfile profile(PersonRecord person, Assignment post, boolean difficult, LocalDate date) {
        Qualification[] highest = person.highestHeldOn(date);
        int[] ranks = new int[highest.length];
        for (int d = 0; d < highest.length; d++) {
            ranks[d] = highest[d] == null ? 0 : highest[d].level().rank();
        }
        Qualification professional = highest[Dimension.PROFESSIONAL.ordinal()];
        return new StandardsProfile(post.titleCode(), person.birthDate(), difficult, ranks,
                professional == null ? null : professional.fieldOfStudy());
    }

    /** "Hạn đạt chuẩn: 01/08/2028 (…)", shown under the gaps. */
    public static String deadlineNote(StandardSet.Deadline deadline) {
        // The same few deadlines for everyone re-assessed: written once each.
        return DEADLINE_NOTES.computeIfAbsent(deadline, d -> Messages.text("standards.set.deadline", Messages.text("standards.set.deadlineLabel"),
                Dates.format(d.date()), d.source()));
    }

    private static final Map<StandardSet.Deadline, String> DEADLINE_NOTES = new ConcurrentHashMap<>();

    private static PersonStanding standing(Assessment assessment, String setCode, LocalDate date) {
        List<String> gaps = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (Assessment.Gap gap : assessment.gaps()) {
            gaps.add(gap.message());
            if (!codes.contains(gap.code())) {
                codes.add(gap.code());
            }
        }
        if (assessment.deadline() != null) {
            gaps.add(deadlineNote(assessment.deadline()));
        }
        return new PersonStanding(assessment.verdict().name(), assessment.verdict().label(), setCode, gaps, codes, date);
    }
}
