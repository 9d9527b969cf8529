package vn.chuan.rotation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.Assignment;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.ProvinceSetting;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.PostKind;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/**
 * Rotation, transfer and secondment (luân chuyển, điều động, biệt phái): recorded once, they start
 * the new post themselves (a secondment keeps the post), are counted by direction between levels,
 * and people too long in a post that must be rotated periodically are flagged; those durations are
 * data ({@code sensitive_post}).
 */
@Service
public class Rotations {

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Rotations(JdbcClient jdbc, PersonRegistry people, Units units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a move is made of, as the form gives it. */
    public record Move(String personCode, RotationKind kind, String toUnitCode, String toTitle, LocalDate startedOn, LocalDate endedOn,
            String decision) {
    }

    @Transactional
    public long record(UserScope scope, Move move) {
        scope.requireWrite(InvalidRotationException::new);
        if (move.kind() == null) {
            throw new InvalidRotationException(Messages.text("rotation.kindRequired"));
        }
        if (move.startedOn() == null) {
            throw new InvalidRotationException(Messages.text("rotation.startRequired"));
        }
        if (move.endedOn() != null && move.endedOn().isBefore(move.startedOn())) {
            throw new InvalidRotationException(Messages.text("rotation.endBeforeStart", Dates.format(move.endedOn()),
                    Dates.format(move.startedOn())));
        }
        if (move.decision() == null || move.decision().isBlank()) {
            throw new InvalidRotationException(Messages.text("rotation.decisionRequired"));
        }
        PersonRecord person = people.findByCode(scope, move.personCode())
                .orElseThrow(() -> new InvalidRotationException(Messages.text("rotation.personNotFound", move.personCode())));
        Assignment from = person.assignmentOn(move.startedOn().minusDays(1)).orElseThrow(() -> new InvalidRotationException(
                Messages.text("rotation.noPostBefore", person.fullName(), Dates.format(move.startedOn()))));
        Unit to = units.findByCode(move.toUnitCode() == null ? "" : move.toUnitCode().strip(), move.startedOn())
                .orElseThrow(() -> new InvalidRotationException(Messages.text("rotation.unitNotFoundOn", move.toUnitCode(),
                        Dates.format(move.startedOn()))));
        PositionTitle title = PositionTitle.findByCode(move.toTitle())
                .orElseThrow(() -> new InvalidRotationException(Messages.text("rotation.toTitleRequired")));
        if (to.id().equals(from.unitId()) && title.code().equals(from.titleCode())) {
            throw new InvalidRotationException(Messages.text("rotation.sameAsCurrent"));
        }
        // The receiving unit must lie in the scope too: a commune cannot place someone in another commune.
        if (!scope.covers(to)) {
            throw new InvalidRotationException(Messages.text("rotation.unitOutOfScope", to.name()));
        }
        move.kind().newPostReason().ifPresent(reason -> people.assign(scope, person.id(),
                new NewAssignment(to.id(), title.category(), title.code(), move.startedOn(), reason, PostKind.CHINH, move.decision())));
        if (move.kind() == RotationKind.BIET_PHAI) {
            seconded(scope, person, to, title, move);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rotation (person_id, kind, from_unit_id, from_title, to_unit_id, to_title, started_on, ended_on, decision)
                values (:p, :k, :fu, :ft, :tu, :tt, :s, :e, :d)
                """)
                .param("p", person.id().value()).param("k", move.kind().name()).param("fu", from.unitId().value())
                .param("ft", from.titleCode()).param("tu", to.id().value()).param("tt", title.code()).param("s", move.startedOn())
                .param("e", move.endedOn()).param("d", move.decision().strip())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of("ROTATION", id, "CREATE").person(person.id().value())
                .summary(Messages.text("rotation.history.moved", move.kind().label(), from.titleName(), from.unitName(), title.name(), to.name(),
                        Dates.format(move.startedOn()), move.decision().strip()))
                .build());
        return id;
    }

    /**
     * A secondment keeps the principal post and adds a seconded one (biệt phái) where the person is
     * lent, ended on the secondment's last day when it is known. A post the registry would refuse (the
     * same title in the same unit) records the move only, as before seconded posts existed.
     */
    private void seconded(UserScope scope, PersonRecord person, Unit to, PositionTitle title, Move move) {
        if (people.refusalOfNewPost(person, move.startedOn(), PostKind.BIET_PHAI, title.code(), to.id()).isPresent()) {
            return;
        }
        people.assign(scope, person.id(), new NewAssignment(to.id(), title.category(), title.code(), move.startedOn(),
                AssignmentReason.DIEU_DONG, PostKind.BIET_PHAI, move.decision()));
        if (move.endedOn() != null) {
            people.get(scope, person.id()).assignments().stream()
                    .filter(a -> a.kind() == PostKind.BIET_PHAI && a.unitId().equals(to.id()) && a.titleCode().equals(title.code())
                            && a.startedOn().equals(move.startedOn()))
                    .findFirst()
                    .ifPresent(post -> people.endAssignment(scope, person.id(), post.id(), post.version(), move.endedOn(),
                            AssignmentReason.DIEU_DONG));
        }
    }

    private static final String SELECT = """
            select r.*, p.code as person_code, p.full_name, fu.name as from_name, fu.unit_level as from_level, fu.path as from_path,
                   tu.name as to_name, tu.unit_level as to_level
            from rotation r join person p on p.id = r.person_id
            join unit fu on fu.id = r.from_unit_id join unit tu on tu.id = r.to_unit_id
            """;

    /** The moves of people in the scope, newest first; in {@code year} when given. */
    @Transactional(readOnly = true)
    public List<Rotation> list(UserScope scope, Integer year) {
        List<Rotation> all = year == null ? select("", Map.of())
                : select(" where r.started_on between :from and :to", Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31)));
        Set<Long> visible = people.visibleAmong(scope, all.stream().map(Rotation::personId).distinct().toList());
        return all.stream().filter(r -> visible.contains(r.personId())).toList();
    }

    /** The moves of a person (the person page). */
    @Transactional(readOnly = true)
    public List<Rotation> ofPerson(UserScope scope, long personId) {
        if (!people.isVisible(scope, new PersonId(personId))) {
            throw new PersonNotFoundException(personId);
        }
        return select(" where r.person_id = :p", Map.of("p", personId));
    }

    private List<Rotation> select(String where, Map<String, ?> params) {
        return jdbc.sql(SELECT + where + " order by r.started_on desc, r.id desc")
                .params(params)
                .query((rs, n) -> new Rotation(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_code"), rs.getString("full_name"),
                        RotationKind.valueOf(rs.getString("kind")), rs.getString("from_name"), rs.getString("from_title"), rs.getString("to_name"),
                        rs.getString("to_title"), rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getString("decision"), Direction.of(UnitLevel.valueOf(rs.getString("from_level")),
                                UnitLevel.valueOf(rs.getString("to_level"))), rs.getString("from_path")))
                .list();
    }

    /** Moves counted by direction, then kind. */
    public static Map<Direction, Map<RotationKind, Integer>> counts(List<Rotation> rotations) {
        Map<Direction, Map<RotationKind, Integer>> counts = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            Map<RotationKind, Integer> byKind = new EnumMap<>(RotationKind.class);
            for (RotationKind k : RotationKind.values()) {
                byKind.put(k, 0);
            }
            counts.put(d, byKind);
        }
        rotations.forEach(r -> counts.get(r.direction()).merge(r.kind(), 1, Integer::sum));
        return counts;
    }

    /** A post to be rotated periodically, and after how many years. */
    public record SensitivePost(String titleCode, int maxYears, String source) {

        public String titleName() {
            return PositionTitle.nameOf(titleCode);
        }
    }

    public List<SensitivePost> sensitivePosts() {
        return jdbc.sql("select * from sensitive_post order by title_code")
                .query((rs, n) -> new SensitivePost(rs.getString("title_code"), rs.getInt("max_years"), rs.getString("source"))).list();
    }

    @Transactional
    public void setSensitivePost(UserScope scope, String titleCode, int maxYears, String source) {
        scope.requireSetting(ProvinceSetting.ROTATION_PERIODS, InvalidRotationException::new);
        PositionTitle title = PositionTitle.findByCode(titleCode)
                .orElseThrow(() -> new InvalidRotationException(Messages.text("rotation.titleRequired")));
        if (maxYears < 1 || maxYears > 20) {
            throw new InvalidRotationException(Messages.text("rotation.periodRange"));
        }
        String text = source == null || source.isBlank() ? Messages.text("rotation.periodDefaultSource") : source.strip();
        int updated = jdbc.sql("update sensitive_post set max_years = :y, source = :s where title_code = :t")
                .param("y", maxYears).param("s", text).param("t", title.code()).update();
        if (updated == 0) {
            jdbc.sql("insert into sensitive_post (title_code, max_years, source) values (:t, :y, :s)")
                    .param("y", maxYears).param("s", text).param("t", title.code()).update();
        }
        audit.record(AuditEvent.of("SENSITIVE_POST", null, "SET").summary(Messages.text("rotation.history.periodSet", title.name(),
                maxYears)).build());
    }

    /** Someone in a post to rotate for longer than its duration. */
    public record Overdue(long personId, String code, String fullName, String unitName, String titleName, LocalDate since, int years,
            int maxYears) {
    }

    /**
     * People of the scope who have held a post to rotate for at least its number of years today,
     * counting consecutive posts with the same title (a merge of units does not restart the count).
     */
    @Transactional(readOnly = true)
    public List<Overdue> overdue(UserScope scope) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> limits = new HashMap<>();
        sensitivePosts().forEach(p -> limits.put(p.titleCode(), p.maxYears()));
        List<Overdue> found = new ArrayList<>();
        for (String title : limits.keySet()) {
            PersonSearch search = new PersonSearch(null, null, null, title, List.of(), today, 0, 25);
            List<Long> ids = people.ids(scope, search);
            for (int from = 0; from < ids.size(); from += 500) {
                for (PersonRecord p : people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + 500)))) {
                    p.assignmentOn(today).filter(a -> a.titleCode().equals(title)).ifPresent(current -> {
                        LocalDate since = heldSince(p, current);
                        int years = Period.between(since, today).getYears();
                        if (years >= limits.get(title)) {
                            found.add(new Overdue(p.id().value(), p.code(), p.fullName(), current.unitName(), current.titleName(), since,
                                    years, limits.get(title)));
                        }
                    });
                }
            }
        }
        found.sort(Comparator.comparing(Overdue::since).thenComparing(Overdue::code));
        return found;
    }

    /** The start of the run of consecutive posts with the title of {@code current}. */
    static LocalDate heldSince(PersonRecord person, Assignment current) {
        LocalDate since = current.startedOn();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Assignment a : person.assignments()) {
                if (a.titleCode().equals(current.titleCode()) && a.endedOn() != null && a.endedOn().equals(since.minusDays(1))) {
                    since = a.startedOn();
                    extended = true;
                }
            }
        }
        return since;
    }
}
