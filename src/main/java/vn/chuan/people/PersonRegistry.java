package vn.chuan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.audit.UntilNextCommit;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.WorkingAge;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * The people module's facade: the registry of persons, their posts over time and their
 * qualifications. Every method takes the caller's scope and refuses what lies outside it.
 */
@Service
public class PersonRegistry {

    static final String PERSON = "PERSON";
    static final String ASSIGNMENT = "ASSIGNMENT";
    static final String QUALIFICATION = "QUALIFICATION";

    private final PersonRepository repository;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PersonRegistry(PersonRepository repository, Units units, AuditLog audit, Clock clock,
            ApplicationEventPublisher events, ObjectProvider<PastStandings> pastStandings) {
        this.pastStandings = pastStandings;
        this.repository = repository;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.counts = new UntilNextCommit<>(audit, 256);
        this.overviews = new UntilNextCommit<>(audit, 64);
        this.standingCounts = new UntilNextCommit<>(audit, 64);
    }

    /** Provided by the standards module (above this one), looked up when first needed. */
    private final ObjectProvider<PastStandings> pastStandings;
    /** The lists' counts, the dashboards' headline figures and the standards page's, until the next commit (read on every page). */
    private final UntilNextCommit<List<Object>, Long> counts;
    private final UntilNextCommit<List<Object>, PeopleOverview> overviews;
    private final UntilNextCommit<List<Object>, List<StandingCount>> standingCounts;

    private void changed(long personId) {
        events.publishEvent(new PeopleChanged(List.of(personId)));
    }

    // ---- reading --------------------------------------------------------------------------------

    /**
     * The names of the titles the persons of a page of {@link #search} results hold beside their
     * principal post on {@code date}, by person id (a list shows them under the principal title).
     * The page is already the scope's: one query, no visibility check again.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> concurrentTitleNames(List<PersonSummary> page, LocalDate date) {
        Map<Long, List<String>> names = new HashMap<>();
        repository.concurrentTitles(page.stream().map(PersonSummary::id).toList(), date).forEach((id, codes) ->
                names.put(id, codes.stream().map(PositionTitle::nameOf).toList()));
        return names;
    }

    @Transactional(readOnly = true)
    public PageOf<PersonSummary> search(UserScope scope, PersonSearch search) {
        if (readsPastStandings(search)) {
            return pastStandingsSearch(scope, search);
        }
        PersonRepository.Query query = query(scope, search);
        repository.planAsAPage();
        long total = counts.get(List.of(query.where(), query.params()), () -> repository.count(query));
        int page = search.page();
        if ((long) page * search.size() >= total && total > 0) {
            page = (int) ((total - 1) / search.size());
        }
        List<PersonSummary> items = repository.search(query, page * search.size(), search.size());
        return new PageOf<>(items, page, search.size(), total);
    }

    /** Everyone the search selects (all pages), flat, for exports. */
    @Transactional(readOnly = true)
    public List<PersonSnapshot> snapshots(UserScope scope, PersonSearch search) {
        if (readsPastStandings(search)) {
            Set<Long> matching = pastMatches(scope, search);
            return repository.snapshots(query(scope, search.withoutStandards()),
                    search.asOf()).stream().filter(s -> matching.contains(s.id())).toList();
        }
        return repository.snapshots(query(scope, search),
                search.asOf());
    }

    /** A verdict or an unmet criterion asked on another day than today: the stored verdicts are today's. */
    private boolean readsPastStandings(PersonSearch search) {
        return (search.verdict() != null || search.gapCode() != null) && !search.asOf().equals(today())
                && pastStandings.getIfAvailable() != null;
    }

    /** The ids the search selects on its date with its verdict and criterion, assessed as of that date. */
    private Set<Long> pastMatches(UserScope scope, PersonSearch search) {
        List<Long> candidates = repository.ids(query(scope, search.withoutStandards()));
        return pastStandings.getObject().matching(candidates, search.asOf(), search.verdict(),
                search.gapCode() == null ? List.of() : List.of(search.gapCode().split(",")));
    }

    private PageOf<PersonSummary> pastStandingsSearch(UserScope scope, PersonSearch search) {
        PersonRepository.Query plain = query(scope, search.withoutStandards());
        Set<Long> matching = pastMatches(scope, search);
        List<Long> kept = repository.orderedIds(plain).stream().filter(matching::contains).toList();
        int page = search.page();
        if ((long) page * search.size() >= kept.size() && !kept.isEmpty()) {
            page = (kept.size() - 1) / search.size();
        }
        List<Long> onPage = kept.subList(Math.min(kept.size(), page * search.size()), Math.min(kept.size(), (page + 1) * search.size()));
        return new PageOf<>(repository.searchAmong(plain, onPage), page, search.size(), kept.size());
    }

    /**
     * The search as SQL: the post held on the search's date in the scope, and in the unit asked for.
     * A unit that did not exist yet on that date (a commune merged on 1/7/2025), as the scope or as
     * the unit asked for, reads the units it was formed from, as the dated reports count them.
     */
    private PersonRepository.Query query(UserScope scope, PersonSearch search) {
        List<PersonRepository.Area> scopeAreas = List.of(new PersonRepository.Area(scope.likePrefix(), null, null));
        if (!scope.isWholeDatabase()) {
            Unit scopeUnit = units.find(scope.unitId()).orElse(null);
            if (scopeUnit != null && !scopeUnit.isValidOn(search.asOf())) {
                scopeAreas = new ArrayList<>(scopeAreas);
                scopeAreas.addAll(areasOf(scopeUnit, search.asOf()));
            }
        }
        List<PersonRepository.Area> unitAreas = null;
        if (search.unitId() != null) {
            Unit unit = units.find(search.unitId()).filter(scope::covers)
                    .orElseThrow(() -> new InvalidPersonDataException("unitId", Messages.text("people.unitOutOfScope")));
            unitAreas = areasOf(unit, search.asOf());
        }
        return repository.searchQuery(search, scopeAreas, unitAreas);
    }

    private List<PersonRepository.Area> areasOf(Unit unit, LocalDate date) {
        return units.pastOf(unit, date).stream().map(s -> new PersonRepository.Area(s.unit().path() + "%", s.attribution(),
                s.attribution() == null ? null : unit.path() + "%")).toList();
    }

    /** Persons holding a post on the search's date, counted by category, title and stored verdict. */
    @Transactional(readOnly = true)
    public List<StandingCount> standingCounts(UserScope scope, PersonSearch search) {
        PersonRepository.Query query = query(scope, search);
        return standingCounts.get(List.of(query.where(), query.params()), () -> List.copyOf(repository.standingCounts(query)));
    }

    /** Ids of everyone the search selects (all pages), for batch work such as a what-if assessment. */
    @Transactional(readOnly = true)
    public List<Long> ids(UserScope scope, PersonSearch search) {
        if (readsPastStandings(search)) {
            Set<Long> matching = pastMatches(scope, search);
            return repository.ids(query(scope, search.withoutStandards()))
                    .stream().filter(matching::contains).toList();
        }
        return repository.ids(query(scope, search));
    }

    /** The whole record, if the person's current (or latest) post is within the scope. */
    @Transactional(readOnly = true)
    public PersonRecord get(UserScope scope, PersonId id) {
        return repository.loadIfHomeUnder(id.value(), scope.path(), today()).orElseThrow(() -> new PersonNotFoundException(id.value()));
    }

    /** A record with its latest standards verdict (none before the first assessment). */
    public record Reading(PersonRecord person, Optional<PersonStanding> standing) {
    }

    /** The whole record and its verdict in one transaction: what a program reading one person wants. */
    @Transactional(readOnly = true)
    public Reading read(UserScope scope, PersonId id) {
        repository.planByKey();
        return repository.readIfHomeUnder(id.value(), scope.path(), today()).orElseThrow(() -> new PersonNotFoundException(id.value()));
    }

    /** The record of the person with this code, if the scope sees them (forms that name a person by code). */
    @Transactional(readOnly = true)
    public Optional<PersonRecord> findByCode(UserScope scope, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(findByCodes(List.of(code.strip())).get(code.strip())).filter(p -> isVisible(scope, p.id()));
    }

    /** The records of the persons with these codes, whatever their scope (callers check {@link #isVisible}). */
    @Transactional(readOnly = true)
    public Map<String, PersonRecord> findByCodes(Collection<String> codes) {
        Map<String, PersonRecord> found = new HashMap<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(codes));
        for (int from = 0; from < all.size(); from += 500) {
            Map<String, Long> ids = repository.findIdsByCodes(all.subList(from, Math.min(all.size(), from + 500)));
            repository.loadAll(ids.values()).forEach(p -> found.put(p.code(), p));
        }
        return found;
    }

    /**
     * Whole records by id, a few hundred at a time, of those who hold or held a post in the scope
     * (the others are left out, whoever asked for them): a unit's own past stays readable to its
     * officer, nobody else's record is. Work no user asked for passes {@link UserScope#system()}.
     */
    @Transactional(readOnly = true)
    public List<PersonRecord> findByIds(UserScope scope, Collection<Long> ids) {
        return repository.loadAll(scope.isWholeDatabase() ? ids : repository.withPostUnder(ids, scope.likePrefix()));
    }

    /** Person ids in ascending order after {@code afterId}, for walking the whole registry in chunks. */
    @Transactional(readOnly = true)
    public List<Long> personIdsAfter(long afterId, int limit) {
        return repository.idsAfter(afterId, limit);
    }

    /**
     * Persons whose "as of" picture may differ between {@code after} and {@code upTo} without any
     * write: a post starting or ending, a qualification acquired, a birthday (ages and age limits)
     * in between. What is kept "as of today" is refreshed for them when the day changes.
     */
    @Transactional(readOnly = true)
    public Set<Long> idsWithDatesBetween(LocalDate after, LocalDate upTo) {
        return repository.idsWithDatesBetween(after, upTo);
    }

    /** Stores the standards verdicts computed for these persons, replacing the previous ones. */
    @Transactional
    public void recordStandings(Map<Long, PersonStanding> standings) {
        repository.saveStandings(standings);
    }

    @Transactional(readOnly = true)
    public Optional<PersonStanding> standingOf(PersonId id) {
        return repository.standing(id.value());
    }

    /** Of these persons, the ids visible in the scope (see {@link #isVisible}), in one query. */
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(UserScope scope, Collection<Long> ids) {
        if (scope.isWholeDatabase()) {
            return Set.copyOf(ids);
        }
        return repository.withHomeUnitUnder(ids, scope.likePrefix(), today());
    }

    /** True for a person whose home unit is in the scope; a person who does not exist is visible to no one. */
    public boolean isVisible(UserScope scope, PersonId id) {
        return repository.homeUnitPath(id.value(), today()).map(scope::covers)
                .orElseGet(() -> scope.isWholeDatabase() && repository.exists(id.value()));
    }

    /** People holding a post on {@code date}, per unit id, in the scope. */
    @Transactional(readOnly = true)
    public Map<Long, Long> headcountByUnit(UserScope scope, LocalDate date) {
        return repository.headcountByUnit(scope.likePrefix(), date);
    }

    @Transactional(readOnly = true)
    public PeopleOverview overview(UserScope scope, LocalDate date) {
        return overviews.get(List.of(scope.likePrefix(), date), () -> repository.overview(scope.likePrefix(), date));
    }

    public long count() {
        return repository.countPeople();
    }

    // ---- writing --------------------------------------------------------------------------------

    @Transactional
    public PersonId register(UserScope scope, PersonDetails details, NewAssignment firstPost) {
        requireWrite(scope);
        requireUnitInScope(scope, firstPost);
        if (repository.findIdByCode(details.code()).isPresent()) {
            throw new InvalidPersonDataException("code", Messages.text("people.identity.codeTaken", details.code()));
        }
        WorkingAge.refusal(details.birthDate(), firstPost.startedOn()).ifPresent(reason -> {
            throw new InvalidPersonDataException("startedOn", reason);
        });
        long id = repository.insertPerson(details, now());
        long assignmentId = repository.insertAssignment(id, firstPost);
        AuditEvent.Builder event = AuditEvent.of(PERSON, id, "PERSON_CREATED").person(id)
                .personChange(AuditEvent.PersonChange.CREATED)
                .summary(Messages.text("people.history.created", details.fullName()));
        describe(event, null, details);
        audit.record(event.build());
        auditAssignmentStarted(id, assignmentId, firstPost);
        changed(id);
        return new PersonId(id);
    }

    @Transactional
    public void correctIdentity(UserScope scope, PersonId id, int version, PersonDetails details) {
        requireWrite(scope);
        PersonRecord before = get(scope, id);
        if (!before.code().equals(details.code()) && repository.findIdByCode(details.code()).isPresent()) {
            throw new InvalidPersonDataException("code", Messages.text("people.identity.codeTaken", details.code()));
        }
        for (Qualification q : before.qualifications()) {
            if (q.acquiredOn() != null && q.acquiredOn().isBefore(details.birthDate())) {
                throw new InvalidPersonDataException("birthDate", Messages.text("people.identity.birthAfterDiploma", Dates.format(q.acquiredOn())));
            }
        }
        if (!repository.updatePerson(id.value(), version, details, now())) {
            throw new ConcurrentChangeException();
        }
        AuditEvent.Builder event = AuditEvent.of(PERSON, id.value(), "PERSON_CORRECTED").person(id.value())
                .summary(Messages.text("people.history.identityCorrected"));
        describe(event, before, details);
        if (event.hasChanges()) {
            audit.record(event.build());
        }
        changed(id.value());
    }

    /**
     * Why a new post from {@code startedOn} cannot be added to this record, if it cannot: the one
     * check {@link #assign} makes, which an import's check phase asks too, so that a row it accepts
     * is never refused when written.
     */
    public Optional<String> refusalOfNewPost(PersonRecord person, LocalDate startedOn) {
        return refusalOfNewPost(person, startedOn, PostKind.CHINH, null);
    }

    /**
     * Why a post of this kind and title cannot start on {@code startedOn}, if it cannot: too young; a
     * principal post starting before the principal post held or still open; a concurrent or seconded
     * post without a principal post that day, or of a title already held that day.
     */
    public Optional<String> refusalOfNewPost(PersonRecord person, LocalDate startedOn, PostKind kind, String titleCode) {
        return refusalOfNewPost(person, startedOn, kind, titleCode, null);
    }

    /**
     * As {@link #refusalOfNewPost(PersonRecord, LocalDate, PostKind, String)}, for a post in {@code unitId}:
     * a seconded post (biệt phái) may have the title the person holds at home, in another unit.
     */
    public Optional<String> refusalOfNewPost(PersonRecord person, LocalDate startedOn, PostKind kind, String titleCode, UnitId unitId) {
        Optional<String> tooYoung = WorkingAge.refusal(person.birthDate(), startedOn);
        if (tooYoung.isPresent()) {
            return tooYoung;
        }
        if (!kind.isPrincipal()) {
            if (person.assignmentOn(startedOn).isEmpty()) {
                return Optional.of(Messages.text("people.post.concurrentNeedsPrincipal", kind.label().toLowerCase(), Dates.format(startedOn)));
            }
            return person.postsOn(startedOn).stream().filter(held -> held.titleCode().equals(titleCode))
                    .filter(held -> kind != PostKind.BIET_PHAI || unitId == null || held.unitId().equals(unitId)).findFirst()
                    .map(held -> Messages.text("people.post.titleAlreadyHeld", held.titleName(), held.unitName(), held.kind().label()
                            .toLowerCase()));
        }
        for (Assignment open : person.assignments()) {
            if (open.isPrincipal() && overlapsNewPost(open, startedOn) && !open.startedOn().isBefore(startedOn)) {
                return Optional.of(Messages.text("people.post.startAfterCurrent", Dates.format(open.startedOn())));
            }
        }
        return Optional.empty();
    }

    /** A post the new one would end (held on its start), or one still open (a new post cannot start before an open one). */
    private static boolean overlapsNewPost(Assignment open, LocalDate startedOn) {
        return open.isCurrentOn(startedOn) || open.endedOn() == null;
    }

    /**
     * Moves a person to a new post from {@code post.startedOn()}: the post held the day before ends
     * then, for the same reason (điều động, luân chuyển, bổ nhiệm …).
     */
    @Transactional
    public void assign(UserScope scope, PersonId id, NewAssignment post) {
        requireWrite(scope);
        PersonRecord person = get(scope, id);
        requireUnitInScope(scope, post);
        refusalOfNewPost(person, post.startedOn(), post.kind(), post.titleCode(), post.unitId()).ifPresent(reason -> {
            throw new InvalidPersonDataException(post.kind().isPrincipal() ? "startedOn" : "titleCode", reason);
        });
        LocalDate dayBefore = post.startedOn().minusDays(1);
        for (Assignment open : person.assignments()) {
            // A new principal post ends the principal one; concurrent and seconded posts end only when ended.
            if (!post.kind().isPrincipal() || !open.isPrincipal() || !overlapsNewPost(open, post.startedOn())) {
                continue;
            }
            end(id, open, open.version(), dayBefore, post.reason(), AuditEvent.PersonChange.CHANGED);
        }
        long assignmentId = repository.insertAssignment(id.value(), post);
        auditAssignmentStarted(id.value(), assignmentId, post);
        changed(id.value());
    }

    /** Ends a post without a new one (nghỉ hưu, thôi việc) or closes a past post at its real end. */
    @Transactional
    public void endAssignment(UserScope scope, PersonId id, long assignmentId, int version, LocalDate endedOn,
            AssignmentReason reason) {
        requireWrite(scope);
        PersonRecord person = get(scope, id);
        Assignment assignment = person.assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> new PersonNotFoundException(id.value()));
        if (endedOn == null) {
            throw new InvalidPersonDataException("endedOn", Messages.text("people.post.endRequired"));
        }
        if (reason == null) {
            throw new InvalidPersonDataException("reason", Messages.text("people.post.endReasonRequired"));
        }
        if (endedOn.isBefore(assignment.startedOn())) {
            throw new InvalidPersonDataException("endedOn", Messages.text("people.post.endBeforeStart",
                    Dates.format(assignment.startedOn())));
        }
        end(id, assignment, version, endedOn, reason,
                reason.endsService() ? AuditEvent.PersonChange.LEFT : AuditEvent.PersonChange.CHANGED);
        if (assignment.isPrincipal() && reason.endsService()) {
            // Leaving the service (retirement, resignation) ends every post held beside the principal one too.
            for (Assignment beside : person.assignments()) {
                if (!beside.isPrincipal() && (beside.endedOn() == null || beside.endedOn().isAfter(endedOn))
                        && !beside.startedOn().isAfter(endedOn)) {
                    end(id, beside, beside.version(), endedOn, reason, AuditEvent.PersonChange.CHANGED);
                }
            }
        }
        changed(id.value());
    }

    /** Ends {@code post} on {@code endedOn} if it is still at {@code version}, audited with its former end and reason. */
    private void end(PersonId id, Assignment post, int version, LocalDate endedOn, AssignmentReason reason,
            AuditEvent.PersonChange change) {
        if (!repository.endAssignment(post.id(), version, endedOn, reason)) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditEvent.of(ASSIGNMENT, post.id(), "ASSIGNMENT_ENDED").person(id.value()).personChange(change)
                .summary(Messages.text("people.history.postEnded", post.titleName(), post.unitName()))
                .change(Messages.text("people.field.endedOn"), post.endedOn() == null ? null : Dates.format(post.endedOn()),
                        Dates.format(endedOn))
                .change(Messages.text("people.field.endReason"), post.endReason() == null ? null : post.endReason().label(),
                        reason.label())
                .build());
    }

    /**
     * Why {@code post} cannot be moved to start on {@code startedOn}, earlier than it does, if it
     * cannot (an older list shows the post held before): the check {@link #startEarlier} makes.
     */
    public Optional<String> refusalOfEarlierStart(PersonRecord person, Assignment post, LocalDate startedOn) {
        if (!startedOn.isBefore(post.startedOn())) {
            return Optional.of(Messages.text("people.post.earlierStartOnly", Dates.format(post.startedOn())));
        }
        return refusalOfPeriod(person, post.unitId(), startedOn, post.startedOn().minusDays(1), post.id());
    }

    /** Moves the start of a post earlier (an older list shows it held before), audited. */
    @Transactional
    public void startEarlier(UserScope scope, PersonId id, long assignmentId, int version, LocalDate startedOn) {
        requireWrite(scope);
        PersonRecord person = get(scope, id);
        Assignment post = person.assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> new PersonNotFoundException(id.value()));
        refusalOfEarlierStart(person, post, startedOn).ifPresent(reason -> {
            throw new InvalidPersonDataException("startedOn", reason);
        });
        if (!repository.moveAssignmentStart(assignmentId, version, startedOn)) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditEvent.of(ASSIGNMENT, assignmentId, "ASSIGNMENT_CORRECTED").person(id.value())
                .summary(Messages.text("people.history.startMovedEarlier", post.titleName(), post.unitName()))
                .change(Messages.text("people.field.startedOn"), Dates.format(post.startedOn()), Dates.format(startedOn))
                .build());
        changed(id.value());
    }

    /**
     * Why the person cannot have held {@code post} from its start to {@code endedOn}, if they cannot
     * (an older list shows a post before the known ones): the check {@link #recordPastPost} makes.
     */
    public Optional<String> refusalOfPastPost(PersonRecord person, NewAssignment post, LocalDate endedOn) {
        if (endedOn.isBefore(post.startedOn())) {
            return Optional.of(Messages.text("people.post.endBeforeStart", Dates.format(post.startedOn())));
        }
        return refusalOfPeriod(person, post.unitId(), post.startedOn(), endedOn, 0);
    }

    /** Records a post held in the past, between known ones or before them, audited like a start and an end. */
    @Transactional
    public long recordPastPost(UserScope scope, PersonId id, NewAssignment post, LocalDate endedOn, AssignmentReason endReason) {
        requireWrite(scope);
        requireUnitInScope(scope, post);
        PersonRecord person = get(scope, id);
        refusalOfPastPost(person, post, endedOn).ifPresent(reason -> {
            throw new InvalidPersonDataException("startedOn", reason);
        });
        long assignmentId = repository.insertPastAssignment(id.value(), post, endedOn, endReason);
        auditAssignmentStarted(id.value(), assignmentId, post);
        audit.record(AuditEvent.of(ASSIGNMENT, assignmentId, "ASSIGNMENT_ENDED").person(id.value())
                .summary(Messages.text("people.history.postEnded", PositionTitle.byCode(post.titleCode()).name(), units.get(post.unitId()).name()))
                .change(Messages.text("people.field.endedOn"), null, Dates.format(endedOn))
                .change(Messages.text("people.field.endReason"), null, endReason.label())
                .build());
        changed(id.value());
        return assignmentId;
    }

    /** A period of service the record cannot take: before working age, outside the unit's life, over another post. */
    private Optional<String> refusalOfPeriod(PersonRecord person, UnitId unitId, LocalDate from, LocalDate to, long except) {
        Optional<String> tooYoung = WorkingAge.refusal(person.birthDate(), from);
        if (tooYoung.isPresent()) {
            return tooYoung;
        }
        Unit unit = units.get(unitId);
        if (!unit.isValidOn(from) || !unit.isValidOn(to)) {
            return Optional.of(Messages.text("people.post.unitNotValidThroughout", unit.name(), Dates.format(from), Dates.format(to)));
        }
        for (Assignment other : person.assignments()) {
            // Principal posts do not overlap; a concurrent post beside them is no conflict.
            if (other.isPrincipal() && other.id() != except && !other.startedOn().isAfter(to)
                    && (other.endedOn() == null || !other.endedOn().isBefore(from))) {
                return Optional.of(Messages.text("people.post.overlaps", other.titleName(), other.unitName(),
                        Dates.format(other.startedOn())));
            }
        }
        return Optional.empty();
    }

    /** The latest yearly list each of these persons appeared on (persons never on a dated list are absent). */
    @Transactional(readOnly = true)
    public Map<String, LocalDate> listedOn(Collection<String> codes) {
        return repository.listedOn(codes);
    }

    /**
     * Records that these persons appeared on the list of {@code on} (where it is the latest they
     * appeared on): not a change to their record, the provenance of what an older list may change.
     */
    @Transactional
    public void markListed(UserScope scope, Collection<String> codes, LocalDate on) {
        requireWrite(scope);
        repository.markListed(codes, on);
    }

    /** Records that a dated list was imported (the years whose history is loaded), audited. */
    @Transactional
    public void recordYearlyList(UserScope scope, LocalDate asOf, String fileName, boolean complete, int rows) {
        requireWrite(scope);
        long id = repository.insertYearlyList(asOf, fileName, complete, rows, AuditLog.currentActor(), now());
        audit.record(AuditEvent.of("YEARLY_LIST", id, "YEARLY_LIST_IMPORTED")
                .summary(Messages.text("people.history.listImported", Dates.format(asOf), fileName))
                .change(Messages.text("people.field.listDate"), null, Dates.format(asOf))
                .change(Messages.text("people.field.completeList"), null, yesNo(complete))
                .change(Messages.text("people.field.rows"), null, String.valueOf(rows))
                .build());
    }

    /** The date of the oldest yearly list imported, if any (the history before it is what plain imports said). */
    @Transactional(readOnly = true)
    public Optional<LocalDate> earliestYearlyList() {
        return repository.earliestYearlyList();
    }

    /** Code → id of the persons holding a post on {@code on} in exactly these units. */
    @Transactional(readOnly = true)
    public Map<String, Long> holdingPostIn(Collection<UnitId> unitIds, LocalDate on) {
        return repository.holdingPostIn(unitIds.stream().map(UnitId::value).toList(), on);
    }

    @Transactional
    public long grantQualification(UserScope scope, PersonId id, QualificationDetails details) {
        requireWrite(scope);
        PersonRecord person = get(scope, id);
        checkAgainstBirth(person, details);
        long qualificationId = repository.insertQualification(id.value(), details);
        AuditEvent.Builder event = AuditEvent.of(QUALIFICATION, qualificationId, "QUALIFICATION_GRANTED")
                .person(id.value()).summary(Messages.text("people.history.levelAdded", details.dimension().label()));
        describeQualification(event, null, details);
        audit.record(event.build());
        changed(id.value());
        return qualificationId;
    }

    @Transactional
    public void correctQualification(UserScope scope, PersonId id, long qualificationId, int version,
            QualificationDetails details) {
        requireWrite(scope);
        PersonRecord person = get(scope, id);
        Qualification before = person.qualifications().stream().filter(q -> q.id() == qualificationId).findFirst()
                .orElseThrow(() -> new PersonNotFoundException(id.value()));
        checkAgainstBirth(person, details);
        if (!repository.updateQualification(qualificationId, version, details)) {
            throw new ConcurrentChangeException();
        }
        AuditEvent.Builder event = AuditEvent.of(QUALIFICATION, qualificationId, "QUALIFICATION_CORRECTED")
                .person(id.value()).summary(Messages.text("people.history.levelCorrected", details.dimension().label()));
        describeQualification(event, before, details);
        if (event.hasChanges()) {
            audit.record(event.build());
        }
        changed(id.value());
    }

    @Transactional
    public void removeQualification(UserScope scope, PersonId id, long qualificationId, int version) {
        requireWrite(scope);
        PersonRecord person = get(scope, id);
        Qualification before = person.qualifications().stream().filter(q -> q.id() == qualificationId).findFirst()
                .orElseThrow(() -> new PersonNotFoundException(id.value()));
        if (!repository.deleteQualification(qualificationId, version)) {
            throw new ConcurrentChangeException();
        }
        AuditEvent.Builder event = AuditEvent.of(QUALIFICATION, qualificationId, "QUALIFICATION_REMOVED").person(id.value())
                .summary(Messages.text("people.history.levelDeleted", before.dimension().label()));
        describeQualification(event, before, null);
        audit.record(event.build());
        changed(id.value());
    }

    /** Loads whole records at once (the demo province); each person gets one audit entry. */
    @Transactional
    public int load(List<PersonHistory> histories) {
        return load(histories, "PERSON_LOADED", Messages.text("people.history.loaded"));
    }

    /** Creates whole records from an imported file; each person gets one audit entry naming the file. */
    @Transactional
    public int importNew(UserScope scope, List<PersonHistory> histories, String fileName) {
        requireWrite(scope);
        // One check per distinct unit and start date, not per person: a file has many people per commune
        // (and the units, once read, are kept for the transaction).
        Set<List<Object>> checked = new HashSet<>();
        for (PersonHistory history : histories) {
            for (PersonHistory.Post post : history.posts()) {
                if (checked.add(List.of(post.assignment().unitId(), post.assignment().startedOn()))) {
                    requireUnitInScope(scope, post.assignment());
                }
            }
        }
        return load(histories, "PERSON_IMPORTED", Messages.text("people.history.importedFrom", fileName));
    }

    private int load(List<PersonHistory> histories, String action, String summary) {
        Set<String> seen = new HashSet<>();
        for (PersonHistory history : histories) {
            if (!seen.add(history.details().code())) {
                throw new InvalidPersonDataException("code", Messages.text("people.identity.codeDuplicated", history.details().code()));
            }
        }
        for (int from = 0; from < histories.size(); from += 500) {
            List<PersonHistory> chunk = histories.subList(from, Math.min(histories.size(), from + 500));
            Map<String, Long> existing = repository.findIdsByCodes(chunk.stream().map(h -> h.details().code()).toList());
            if (!existing.isEmpty()) {
                throw new InvalidPersonDataException("code", Messages.text("people.identity.codeDuplicated", existing.keySet().iterator().next()));
            }
            List<Long> ids = repository.insertAll(chunk, now());
            List<AuditEvent> entries = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                long id = ids.get(i);
                entries.add(AuditEvent.of(PERSON, id,
                        action).person(id).personChange(AuditEvent.PersonChange.CREATED).summary(summary
                                + chunk.get(i).details().fullName()).build());
            }
            audit.recordAll(entries);
            List<PersonRecord> written = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                written.add(chunk.get(i).asRecord(ids.get(i)));
            }
            this.events.publishEvent(new PeopleChanged(ids, written));
        }
        return histories.size();
    }

    // ---- rules ----------------------------------------------------------------------------------

    private static void requireWrite(UserScope scope) {
        if (!scope.canWrite()) {
            throw new InvalidPersonDataException("", Messages.text("people.readOnlyAccount"));
        }
    }

    private void requireUnitInScope(UserScope scope, NewAssignment post) {
        Unit unit = units.find(post.unitId()).filter(scope::covers)
                .orElseThrow(() -> new InvalidPersonDataException("unitId", Messages.text("people.unitOutOfScope")));
        if (!unit.isValidOn(post.startedOn())) {
            throw new InvalidPersonDataException("unitId", unit.validTo() == null
                    ? Messages.text("people.post.unitNotValidOn", unit.name(), Dates.format(post.startedOn()),
                            Dates.format(unit.validFrom()))
                    : Messages.text("people.post.unitNotValidOnUntil", unit.name(), Dates.format(post.startedOn()),
                            Dates.format(unit.validFrom()), Dates.format(unit.validTo())));
        }
    }

    private static void checkAgainstBirth(PersonRecord person, QualificationDetails details) {
        if (details.acquiredOn() != null && details.acquiredOn().isBefore(person.birthDate())) {
            throw new InvalidPersonDataException("acquiredOn", Messages.text("people.level.beforeBirth",
                    Dates.format(person.birthDate())));
        }
    }

    private void auditAssignmentStarted(long personId, long assignmentId, NewAssignment post) {
        Unit unit = units.get(post.unitId());
        audit.record(AuditEvent.of(ASSIGNMENT, assignmentId, "ASSIGNMENT_STARTED").person(personId)
                .summary(Messages.text("people.history.started"))
                .change(Messages.text("people.field.unit"), null, unit.name())
                .change(Messages.text("people.field.category"), null, post.category().label())
                .change(Messages.text("people.field.title"), null, PositionTitle.byCode(post.titleCode()).name())
                .change(Messages.text("people.field.startedOn"), null, Dates.format(post.startedOn()))
                .change(Messages.text("people.field.reason"), null, post.reason().label())
                .change(Messages.text("people.field.kind"), null, post.kind().label())
                .change(Messages.text("people.field.decision"), null, post.decision())
                .build());
    }

    private static void describe(AuditEvent.Builder event, PersonRecord before, PersonDetails after) {
        event.change(Messages.text("people.field.code"), before == null ? null : before.code(), after.code())
                .change(Messages.text("people.field.fullName"), before == null ? null : before.fullName(), after.fullName())
                .change(Messages.text("people.field.birthDate"), before == null ? null : Dates.format(before.birthDate()),
                        Dates.format(after.birthDate()))
                .change(Messages.text("people.field.gender"), before == null ? null : before.gender().label(), after.gender().label())
                .change(Messages.text("people.field.ethnicity"), before == null ? null : before.ethnicity(), after.ethnicity())
                .change(Messages.text("people.field.citizenId"), before == null ? null : before.citizenId(), after.citizenId())
                .change(Messages.text("people.field.partyMember"), before == null ? null : yesNo(before.partyMember()), yesNo(after.partyMember()))
                .change(Messages.text("people.field.partyJoinedOn"), before == null ? null : Dates.format(before.partyJoinedOn()),
                        Dates.format(after.partyJoinedOn()));
    }

    /** Every field of a qualification, old and new; {@code before} is null for a grant, {@code after} for a removal. */
    private static void describeQualification(AuditEvent.Builder event, Qualification before, QualificationDetails after) {
        event.change(Messages.text("people.field.dimension"), before == null ? null : before.dimension().label(),
                after == null ? null : after.dimension().label())
                .change(Messages.text("people.field.level"), before == null ? null : before.level().label(),
                        after == null ? null : after.level().label())
                .change(Messages.text("people.field.fieldOfStudy"), before == null ? null : before.fieldOfStudy(),
                        after == null ? null : after.fieldOfStudy())
                .change(Messages.text("people.field.institution"), before == null ? null : before.institution(),
                        after == null ? null : after.institution())
                .change(Messages.text("people.field.acquiredOn"), before == null ? null : Dates.format(before.acquiredOn()),
                        after == null ? null : Dates.format(after.acquiredOn()))
                .change(Messages.text("people.field.evidence"), before == null ? null : before.evidence(),
                        after == null ? null : after.evidence());
    }

    private static String yesNo(boolean value) {
        return value ? Messages.text("people.yes") : Messages.text("people.no");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
