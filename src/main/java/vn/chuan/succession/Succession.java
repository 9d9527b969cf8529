package vn.chuan.succession;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.evaluation.Conduct;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Finding;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.VietnameseOrder;
import vn.chuan.standards.Standards;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Succession pools (quy hoạch): a pool per leadership title, unit and term, its members, the
 * eligibility rules of regulations.md §6 (no discipline in effect; enough working age for at least the whole term; the
 * standards of the title, as levels still to reach; at most three and at least two people a post;
 * women at least 25 %, young people under 40 at least 15 %), and the annual review.
 */
@Service
public class Succession {

    private final PoolRepository repository;
    private final Conduct conduct;
    private final PersonRegistry people;
    private final Standards standards;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Succession(PoolRepository repository, Conduct conduct, PersonRegistry people, Standards standards, Units units,
            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.conduct = conduct;
        this.people = people;
        this.standards = standards;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person's place (present or past) in a succession pool. */
    public record Membership(String titleCode, String titleName, String unitName, int termFrom, int termTo, LocalDate addedOn,
            String addedReason, LocalDate removedOn, String removedReason) {
    }

    /** The pools many people are or were in, by person id (for the national database export). */
    public Map<Long, List<Membership>> membershipsOf(Collection<Long> personIds) {
        return repository.membershipsOf(personIds);
    }

    public List<SuccessionPool> pools(UserScope scope) {
        return repository.pools(scope.isWholeDatabase() ? "/" : scope.path());
    }

    public Optional<SuccessionPool> pool(UserScope scope, long id) {
        return repository.pool(id).filter(p -> units.find(new UnitId(p.unitId())).map(scope::covers).orElse(false));
    }

    @Transactional
    public long createPool(UserScope scope, long unitId, String titleCode, int termFrom, int termTo) {
        Unit unit = units.find(new UnitId(unitId)).filter(scope::covers).filter(u -> scope.canWrite())
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.unitOutOfScope")));
        PositionTitle title = PositionTitle.findByCode(titleCode)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.pool.titleRequired")));
        if (termTo <= termFrom || termTo - termFrom > 10) {
            throw new InvalidPoolException(Messages.text("succession.pool.termRange"));
        }
        if (repository.exists(unitId, titleCode, termFrom)) {
            throw new InvalidPoolException(Messages.text("succession.pool.exists", title.name(), unit.name(), termFrom, termTo));
        }
        long id = repository.insertPool(unitId, titleCode, termFrom, termTo);
        audit.record(AuditEvent.of("SUCCESSION_POOL", id, "CREATE").summary(Messages.text("succession.pool.created", title.name(),
                unit.name(), termFrom, termTo)).build());
        return id;
    }

    /** Adds a person to a pool, after the rules that exclude them; the reason is kept. */
    @Transactional
    public void addMember(UserScope scope, long poolId, String personCode, String reason) {
        SuccessionPool pool = writable(scope, poolId);
        PersonRecord person = people.findByCode(scope, personCode)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.personNotFound", personCode.strip())));
        if (reason == null || reason.isBlank()) {
            throw new InvalidPoolException(Messages.text("succession.pool.addReasonRequired"));
        }
        if (pool.activeMembers().stream().anyMatch(m -> m.personId() == person.id().value())) {
            throw new InvalidPoolException(Messages.text("succession.pool.alreadyMember", person.fullName()));
        }
        Optional<String> excluded = exclusion(pool, person);
        if (excluded.isPresent()) {
            throw new InvalidPoolException(Messages.text("succession.pool.cannotAdd", person.fullName(), excluded.get()));
        }
        add(pool, person, reason.strip());
    }

    /**
     * Why the person cannot join the pool, if they cannot: the checks {@link #addMember} makes (a post in the pool's unit,
     * a member already, a discipline in effect, working age for the term), changing nothing.
     */
    public Optional<String> refusalToAdd(UserScope scope, long poolId, String personCode) {
        SuccessionPool pool = pool(scope, poolId).orElseThrow(() -> new InvalidPoolException(Messages.text("succession.pool.notFound")));
        Optional<PersonRecord> person = people.findByCode(scope, personCode);
        if (person.isEmpty()) {
            return Optional.of(Messages.text("succession.personNotFound", personCode.strip()));
        }
        if (pool.activeMembers().stream().anyMatch(m -> m.personId() == person.get().id().value())) {
            return Optional.of(Messages.text("succession.pool.alreadyMember", person.get().fullName()));
        }
        return exclusion(pool, person.get());
    }

    private void add(SuccessionPool pool, PersonRecord person, String reason) {
        long id = repository.insertMember(pool.id(), person.id().value(), LocalDate.now(clock), reason);
        audit.record(AuditEvent.of("POOL_MEMBER", id,
                "ADD").person(person.id().value()).summary(Messages.text("succession.pool.memberAdded", pool.titleName(),
                pool.unitName(), pool.term(), reason)).build());
    }

    @Transactional
    public void removeMember(UserScope scope, long poolId, long memberId, String reason) {
        SuccessionPool pool = writable(scope, poolId);
        SuccessionPool.Member member = pool.activeMembers().stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.pool.notMember")));
        if (reason == null || reason.isBlank()) {
            throw new InvalidPoolException(Messages.text("succession.pool.removeReasonRequired"));
        }
        repository.removeMember(memberId, LocalDate.now(clock), reason.strip());
        audit.record(AuditEvent.of("POOL_MEMBER", memberId,
                "REMOVE").person(member.personId()).summary(Messages.text("succession.pool.memberRemoved", pool.titleName(),
                pool.unitName(), pool.term(), reason.strip())).build());
    }

    private SuccessionPool writable(UserScope scope, long poolId) {
        SuccessionPool pool = pool(scope, poolId).orElseThrow(() -> new InvalidPoolException(Messages.text("succession.pool.notFound")));
        if (!scope.canWrite()) {
            throw new InvalidPoolException(Messages.text("succession.readOnlyAccount"));
        }
        return pool;
    }

    /**
     * Why a person cannot be in the pool, if they cannot: not holding a post in the pool's unit, or
     * reaching retirement age before the end of the term (regulations.md §6: enough working age for
     * at least one full term).
     */
    Optional<String> exclusion(SuccessionPool pool, PersonRecord person) {
        LocalDate today = LocalDate.now(clock);
        Optional<Assignment> post = person.assignmentOn(today);
        Unit unit = units.get(new UnitId(pool.unitId()));
        Optional<Unit> postUnit = post.flatMap(p -> units.find(p.unitId()));
        if (postUnit.isEmpty() || !postUnit.get().path().startsWith(unit.path())) {
            return Optional.of(Messages.text("succession.rule.noPostInUnit", unit.name()));
        }
        return ruleExclusion(pool, person);
    }

    /** The rules that do not depend on where the person works now: a discipline in effect, working age for the term. */
    private Optional<String> ruleExclusion(SuccessionPool pool, PersonRecord person) {
        SuccessionRules.Candidate candidate = candidate(pool, person, Map.of());
        return SuccessionRules.Person.EXCLUDING.stream().flatMap(rule -> rule.check(candidate).stream()).map(Finding::reason).findFirst();
    }

    private SuccessionRules.Candidate candidate(SuccessionPool pool, PersonRecord person, Map<Dimension, ScaleLevel> required) {
        LocalDate today = LocalDate.now(clock);
        return new SuccessionRules.Candidate(person, pool.termFrom(), pool.termTo(), required, person.levelsOn(today),
                conduct.disciplinesOf(person.id().value()), today);
    }

    /** What a member still lacks of the title's standards ("Lý luận chính trị: cần Trung cấp, hiện Sơ cấp"). */
    public List<String> lacks(SuccessionPool pool, PersonRecord person) {
        Map<Dimension, ScaleLevel> required = standards.requiredLevels(pool.titleCode(), LocalDate.now(clock), false);
        return SuccessionRules.Person.TITLE_STANDARDS.check(candidate(pool, person, required)).stream().map(Finding::reason).toList();
    }

    /** A pool's members with what each lacks, and the pool's rule checks. */
    public record PoolCheck(SuccessionPool pool, Map<Long, PersonRecord> records, Map<Long, List<String>> lacks, List<String> warnings) {
    }

    public PoolCheck check(UserScope scope, long poolId) {
        SuccessionPool pool = pool(scope, poolId).orElseThrow(() -> new InvalidPoolException(Messages.text("succession.pool.notFound")));
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(scope, pool.members().stream().map(SuccessionPool.Member::personId).distinct().toList())
                .forEach(r -> records.put(r.id().value(), r));
        Map<Long, List<String>> lacks = new HashMap<>();
        List<SuccessionPool.Member> active = pool.activeMembers();
        active.forEach(m -> lacks.put(m.personId(), lacks(pool, records.get(m.personId()))));
        long women = active.stream().filter(m -> records.get(m.personId()).gender() == Gender.NU).count();
        long young = active.stream().filter(m -> Period.between(records.get(m.personId()).birthDate(),
                LocalDate.of(pool.termFrom(), 1, 1)).getYears() < SuccessionRules.Pool.YOUNG_UNDER).count();
        List<String> warnings = SuccessionRules.Pool.check(new SuccessionRules.Makeup(active.size(), women, young)).stream()
                .map(Finding::reason).toList();
        return new PoolCheck(pool, records, lacks, warnings);
    }

    /** The annual review: who no longer qualifies (and why), who newly qualifies (and why). */
    public record Review(SuccessionPool pool, List<Leaving> leaving, List<Joining> joining) {
    }

    public record Leaving(SuccessionPool.Member member, String reason) {
    }

    public record Joining(long personId, String personCode, String personName, String titleName, String reason) {
    }

    /**
     * Members who no longer qualify (no post in the unit, too old for the term); people of the unit
     * who newly qualify: holding a post of another title, meeting the pool title's standards, young
     * enough for the term, not in the pool (at most {@code limit}, by name).
     */
    public Review review(UserScope scope, long poolId, int limit) {
        SuccessionPool pool = pool(scope, poolId).orElseThrow(() -> new InvalidPoolException(Messages.text("succession.pool.notFound")));
        LocalDate today = LocalDate.now(clock);
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(scope, pool.activeMembers().stream().map(SuccessionPool.Member::personId).toList())
                .forEach(r -> records.put(r.id().value(), r));
        List<Leaving> leaving = new ArrayList<>();
        for (SuccessionPool.Member member : pool.activeMembers()) {
            PersonRecord record = records.get(member.personId());
            Optional<String> excluded = record == null ? Optional.of(Messages.text("succession.review.recordGone")) : exclusion(pool, record);
            excluded.ifPresent(reason -> leaving.add(new Leaving(member, reason)));
        }
        Set<Long> inPool = new HashSet<>(pool.activeMembers().stream().map(SuccessionPool.Member::personId).toList());
        List<Long> ids = people.ids(scope, PersonSearch.fromParameters(Map.of("donVi", String.valueOf(pool.unitId())), today));
        Map<Dimension, ScaleLevel> required = standards.requiredLevels(pool.titleCode(), today, false);
        List<Joining> joining = new ArrayList<>();
        for (int from = 0; from < ids.size() && joining.size() < limit; from += 500) {
            for (PersonRecord record : people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + 500)))) {
                Optional<Assignment> post = record.assignmentOn(today);
                if (inPool.contains(record.id().value()) || post.isEmpty() || post.get().titleCode().equals(pool.titleCode())
                        || post.get().category() == StaffCategory.KCT || exclusion(pool, record).isPresent()) {
                    continue;
                }
                Map<Dimension, ScaleLevel> held = record.levelsOn(today);
                boolean meets = required.entrySet().stream().allMatch(e -> held.get(e.getKey()) != null
                        && held.get(e.getKey()).rank() >= e.getValue().rank());
                if (meets && joining.size() < limit) {
                    joining.add(new Joining(record.id().value(), record.code(), record.fullName(),
                            PositionTitle.nameOf(post.get().titleCode()),
                            Messages.text("succession.review.qualifies", pool.titleName(), pool.term())));
                }
            }
        }
        joining.sort(Comparator.comparing(Joining::personName, VietnameseOrder::byGivenName));
        return new Review(pool, leaving, joining);
    }

    /** Approves a review as the officer left it: removes and adds these people, the year's review as the reason. */
    @Transactional
    public void approveReview(UserScope scope, long poolId, List<Long> removeMemberIds, List<Long> addPersonIds) {
        Review review = review(scope, poolId, 1_000);
        int year = LocalDate.now(clock).getYear();
        for (Leaving leaving : review.leaving()) {
            if (removeMemberIds.contains(leaving.member().id())) {
                removeMember(scope, poolId, leaving.member().id(), Messages.text("succession.review.approved", year, leaving.reason()));
            }
        }
        SuccessionPool pool = writable(scope, poolId);
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(scope, addPersonIds).forEach(r -> records.put(r.id().value(), r));
        for (Joining joining : review.joining()) {
            if (addPersonIds.contains(joining.personId())) {
                add(pool, records.get(joining.personId()), Messages.text("succession.review.approved", year, joining.reason()));
            }
        }
    }

    /** The active members of the pools under {@code unit}, with the levels each pool's title requires. */
    public record PoolNeed(long personId, SuccessionPool pool, Map<Dimension, ScaleLevel> required) {
    }

    public List<PoolNeed> needs(UserScope scope, Unit unit) {
        LocalDate today = LocalDate.now(clock);
        List<PoolNeed> needs = new ArrayList<>();
        for (SuccessionPool pool : repository.pools(unit.path())) {
            if (!scope.covers(unit) || pool.termTo() < today.getYear()) {
                continue;
            }
            Map<Dimension, ScaleLevel> required = standards.requiredLevels(pool.titleCode(), today, false);
            pool.activeMembers().forEach(m -> needs.add(new PoolNeed(m.personId(), pool, required)));
        }
        return needs;
    }

    /**
     * Before an appointment or re-appointment to a title in a unit: what is missing — the title's
     * levels not held, not being in a current pool for that title and unit, a discipline in effect,
     * not having working age for a term from today. Empty: nothing stands in the way.
     */
    public List<String> appointmentCheck(UserScope scope, String personCode, long unitId, String titleCode) {
        LocalDate today = LocalDate.now(clock);
        PersonRecord person = people.findByCode(scope, personCode)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.personNotFound", personCode.strip())));
        Unit unit = units.find(new UnitId(unitId)).filter(scope::covers)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.unitOutOfScope")));
        PositionTitle title = PositionTitle.findByCode(titleCode)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.pool.titleRequired")));
        List<String> missing = new ArrayList<>();
        // The pool of the term running today (or the next one), for that title and unit.
        Optional<SuccessionPool> pool = repository.pools(unit.path()).stream()
                .filter(p -> p.unitId() == unitId && p.titleCode().equals(titleCode) && p.termTo() >= today.getYear())
                .min(Comparator.comparingInt(SuccessionPool::termFrom));
        SuccessionPool reference = pool.orElse(new SuccessionPool(0, unitId, unit.name(), titleCode, today.getYear(), today.getYear() + 5,
                List.of()));
        SuccessionRules.Candidate candidate = candidate(reference, person, standards.requiredLevels(titleCode, today, false));
        SuccessionRules.Person.TITLE_STANDARDS.check(candidate)
                .forEach(f -> missing.add(Messages.text("succession.appointment.standard", title.name(), f.reason())));
        SuccessionRules.AppointmentRule.FROM_THE_POOL.check(new SuccessionRules.Appointment(person.id().value(), title.name(), unit.name(), pool))
                .ifPresent(f -> missing.add(f.reason()));
        SuccessionRules.Person.EXCLUDING.forEach(rule -> rule.check(candidate).forEach(f -> missing.add(f.reason())));
        return missing;
    }
}
