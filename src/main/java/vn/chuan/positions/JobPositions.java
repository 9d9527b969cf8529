package vn.chuan.positions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;
import vn.chuan.shared.VietnameseText;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Job positions per unit (vị trí việc làm): headcount allowed, description, competency framework;
 * people placed in them; whether their field of study matches (đúng chuyên môn); competency
 * assessments against the framework with the gaps.
 */
@Service
public class JobPositions {

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    JobPositions(JdbcClient jdbc, PersonRegistry people, Units units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new position, as the form gives it. */
    public record Definition(long unitId, String code, String name, JobPosition.Group group, int headcount, String tasks, String outputs,
            String fields) {
    }

    @Transactional
    public long define(UserScope scope, Definition d) {
        Unit unit = writableUnit(scope, d.unitId());
        if (d.code() == null || !d.code().strip().matches("[\\p{L}0-9._-]{1,40}")) {
            throw new InvalidPositionException(Messages.text("positions.codeCharacters"));
        }
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidPositionException(Messages.text("positions.nameRequired"));
        }
        if (d.group() == null) {
            throw new InvalidPositionException(Messages.text("positions.groupRequired"));
        }
        if (d.headcount() < 0 || d.headcount() > 500) {
            throw new InvalidPositionException(Messages.text("positions.headcountRange"));
        }
        if (jdbc.sql("select count(*) from job_position where unit_id = :u and code = :c").param("u", d.unitId()).param("c", d.code().strip())
                .query(Long.class).single() > 0) {
            throw new InvalidPositionException(Messages.text("positions.exists", unit.name(), d.code().strip()));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into job_position (unit_id, code, name, position_group, headcount, tasks, outputs, fields)
                values (:u, :c, :n, :g, :h, :t, :o, :f)
                """)
                .param("u", d.unitId()).param("c", d.code().strip()).param("n", d.name().strip()).param("g", d.group().name())
                .param("h", d.headcount()).param("t", blankToNull(d.tasks())).param("o", blankToNull(d.outputs()))
                .param("f", blankToNull(d.fields()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of("JOB_POSITION", id, "CREATE").summary(Messages.text("positions.history.added", d.name().strip(),
                unit.name(), d.headcount())).build());
        return id;
    }

    @Transactional
    public void changeHeadcount(UserScope scope, long positionId, int headcount) {
        JobPosition position = position(scope, positionId);
        writableUnit(scope, position.unitId());
        if (headcount < position.filled()) {
            throw new InvalidPositionException(Messages.text("positions.cannotReduce", position.name(), headcount, position.filled()));
        }
        jdbc.sql("update job_position set headcount = :h where id = :id").param("h", headcount).param("id", positionId).update();
        audit.record(AuditEvent.of("JOB_POSITION", positionId, "HEADCOUNT").summary(Messages.text("positions.history.headcount",
                position.name()))
                .change(Messages.text("positions.field.headcount"), position.headcount(), headcount).build());
    }

    @Transactional
    public long addCompetency(UserScope scope, long positionId, String name, JobPosition.CompetencyGroup group, int level) {
        JobPosition position = position(scope, positionId);
        writableUnit(scope, position.unitId());
        if (name == null || name.isBlank() || group == null) {
            throw new InvalidPositionException(Messages.text("positions.competency.nameAndGroupRequired"));
        }
        if (level < 1 || level > 5) {
            throw new InvalidPositionException(Messages.text("positions.competency.levelRange"));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into position_competency (position_id, name, competency_group, required_level) values (:p, :n, :g, :l)")
                .param("p", positionId).param("n", name.strip()).param("g", group.name()).param("l", level).update(keys, "id");
        audit.record(AuditEvent.of("JOB_POSITION", positionId, "COMPETENCY").summary(Messages.text("positions.history.competencyAdded",
                position.name(), name.strip(), level)).build());
        return keys.getKey().longValue();
    }

    /**
     * Places a person in a position from a date; a placement elsewhere ends the day before. Refused
     * when the position is full, the person is already in it, or works outside the position's unit.
     */
    @Transactional
    public void place(UserScope scope, long positionId, String personCode, LocalDate placedOn) {
        JobPosition position = position(scope, positionId);
        writableUnit(scope, position.unitId());
        LocalDate on = placedOn == null ? LocalDate.now(clock) : placedOn;
        PersonRecord person = people.findByCode(scope, personCode)
                .orElseThrow(() -> new InvalidPositionException(Messages.text("positions.personNotFound", personCode)));
        if (person.assignmentOn(on).filter(a -> a.unitId().value() == position.unitId()).isEmpty()) {
            throw new InvalidPositionException(Messages.text("positions.notWorkingThere", person.fullName(), position.unitName(),
                    Dates.format(on)));
        }
        if (position.placements().stream().anyMatch(p -> p.personId() == person.id().value())) {
            throw new InvalidPositionException(Messages.text("positions.alreadyPlaced", person.fullName(), position.name()));
        }
        if (position.filled() >= position.headcount()) {
            throw new InvalidPositionException(Messages.text("positions.full", position.name(), position.headcount()));
        }
        jdbc.sql("update position_placement set left_on = :d where person_id = :p and left_on is null")
                .param("d", on.minusDays(1)).param("p", person.id().value()).update();
        jdbc.sql("insert into position_placement (position_id, person_id, placed_on) values (:pos, :p, :d)")
                .param("pos", positionId).param("p", person.id().value()).param("d", on).update();
        audit.record(AuditEvent.of("JOB_POSITION", positionId, "PLACE").person(person.id().value())
                .summary(Messages.text("positions.history.placed", position.name(), position.unitName())).build());
    }

    /** The unit's positions, each with its framework and the people placed now. */
    @Transactional(readOnly = true)
    public List<JobPosition> positions(UserScope scope, Unit unit) {
        if (!scope.covers(unit)) {
            throw new InvalidPositionException(Messages.text("positions.unitOutOfScope", unit.name()));
        }
        return load("where j.unit_id = :u", Map.of("u", unit.id().value()));
    }

    @Transactional(readOnly = true)
    public JobPosition position(UserScope scope, long id) {
        return load("where j.id = :u", Map.of("u", id)).stream().findFirst()
                .filter(p -> units.find(new UnitId(p.unitId())).map(scope::covers).orElse(false))
                .orElseThrow(() -> new JobPositionNotFoundException(id));
    }

    private List<JobPosition> load(String where, Map<String, Object> params) {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        jdbc.sql("select j.*, u.name as unit_name from job_position j join unit u on u.id = j.unit_id " + where
                + " order by j.position_group, j.code")
                .params(params)
                .query(rs -> {
                    rows.put(rs.getLong("id"), new Object[] {rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("code"),
                        rs.getString("name"), rs.getString("position_group"), rs.getInt("headcount"), rs.getString("tasks"),
                        rs.getString("outputs"), rs.getString("fields")});
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<JobPosition.Competency>> frameworks = new HashMap<>();
        jdbc.sql("select * from position_competency where position_id in (:ids) order by competency_group, id").param("ids", rows.keySet())
                .query(rs -> {
                    frameworks.computeIfAbsent(rs.getLong("position_id"), k -> new ArrayList<>()).add(new JobPosition.Competency(
                            rs.getLong("id"), rs.getString("name"), JobPosition.CompetencyGroup.valueOf(rs.getString("competency_group")),
                            rs.getInt("required_level")));
                });
        Map<Long, List<long[]>> placed = new HashMap<>();
        Map<Long, LocalDate> placedOn = new HashMap<>();
        jdbc.sql("select * from position_placement where position_id in (:ids) and left_on is null order by placed_on, id")
                .param("ids", rows.keySet())
                .query(rs -> {
                    placed.computeIfAbsent(rs.getLong("position_id"), k -> new ArrayList<>()).add(new long[] {rs.getLong("id"),
                            rs.getLong("person_id")});
                    placedOn.put(rs.getLong("id"), rs.getObject("placed_on", LocalDate.class));
                });
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(UserScope.system(), placed.values().stream().flatMap(List::stream).map(p -> p[1]).distinct().toList())
                .forEach(r -> records.put(r.id().value(), r));
        List<JobPosition> positions = new ArrayList<>();
        rows.forEach((id, r) -> {
            List<String> fields = r[8] == null ? List.of() : Arrays.stream(((String) r[8]).split("[,;]")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            List<JobPosition.Placement> placements = placed.getOrDefault(id, List.of()).stream().map(p -> {
                PersonRecord person = records.get(p[1]);
                String field = fieldOfStudy(person);
                return new JobPosition.Placement(p[0], p[1], person.code(), person.fullName(), placedOn.get(p[0]), field, matches(fields, field));
            }).toList();
            positions.add(new JobPosition(id, (Long) r[0], (String) r[1], (String) r[2], (String) r[3], JobPosition.Group.valueOf((String) r[4]),
                    (Integer) r[5], (String) r[6], (String) r[7], fields, frameworks.getOrDefault(id, List.of()), placements));
        });
        return positions;
    }

    /** The field of study of the person's highest professional qualification. */
    private String fieldOfStudy(PersonRecord person) {
        return person.highestOn(Dimension.PROFESSIONAL, LocalDate.now(clock)).map(q -> q.fieldOfStudy()).orElse(null);
    }

    /** Whether a field of study matches one of the position's fields (case and diacritics ignored); null when either is unknown. */
    static Boolean matches(List<String> positionFields, String fieldOfStudy) {
        if (positionFields.isEmpty() || fieldOfStudy == null || fieldOfStudy.isBlank()) {
            return null;
        }
        String field = VietnameseText.fold(fieldOfStudy);
        return positionFields.stream().map(VietnameseText::fold).anyMatch(field::contains);
    }

    /** Headcount and field matching of one unit. */
    public record UnitFigures(long unitId, String unitName, int headcount, int filled, int vacant, int matching, int notMatching,
            int unknown) {

        /** Matching among those whose match is known, as "94,6%"; "—" when none is known. */
        public String matchingShare() {
            int known = matching + notMatching;
            return Shares.percent(matching, known, 2);
        }
    }

    /** The figures of every unit of the subtree that has positions. */
    @Transactional(readOnly = true)
    public List<UnitFigures> figures(UserScope scope, Unit root) {
        List<UnitFigures> figures = new ArrayList<>();
        // Every position of the subtree in one reading, then unit by unit in the tree's order.
        Map<Long, List<JobPosition>> byUnit = new HashMap<>();
        load("where u.path like :prefix", Map.of("prefix", root.path() + "%"))
                .forEach(p -> byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
        for (Unit unit : units.subtree(root, LocalDate.now(clock))) {
            List<JobPosition> positions = byUnit.getOrDefault(unit.id().value(), List.of());
            if (!scope.covers(unit) || positions.isEmpty()) {
                continue;
            }
            int headcount = 0;
            int filled = 0;
            int vacant = 0;
            int matching = 0;
            int notMatching = 0;
            int unknown = 0;
            for (JobPosition p : positions) {
                headcount += p.headcount();
                filled += p.filled();
                vacant += p.vacant();
                for (JobPosition.Placement placement : p.placements()) {
                    if (placement.matching() == null) {
                        unknown++;
                    } else if (placement.matching()) {
                        matching++;
                    } else {
                        notMatching++;
                    }
                }
            }
            figures.add(new UnitFigures(unit.id().value(), unit.name(), headcount, filled, vacant, matching, notMatching, unknown));
        }
        return figures;
    }

    /**
     * For {@code root} and each unit below it: of the people placed in a position on {@code date}
     * whose match is known, how many work in their field ({known, matching}).
     */
    @Transactional(readOnly = true)
    public Map<Long, long[]> fieldMatchOn(Unit root, LocalDate date) {
        List<Unit> rows = units.subtree(root, date);
        List<Object[]> placed = jdbc.sql("""
                select u.path, j.fields, pp.person_id from position_placement pp
                join job_position j on j.id = pp.position_id join unit u on u.id = j.unit_id
                where u.path like :prefix and pp.placed_on <= :d and (pp.left_on is null or pp.left_on >= :d)
                """).param("prefix", root.path() + "%").param("d", date)
                .query((rs, n) -> new Object[] {rs.getString("path"), rs.getString("fields"), rs.getLong("person_id")}).list();
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(UserScope.system(), placed.stream().map(p -> (Long) p[2]).distinct().toList()).forEach(r -> records.put(r.id().value(), r));
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] p : placed) {
            List<String> fields = p[1] == null ? List.of() : Arrays.stream(((String) p[1]).split("[,;]")).map(String::strip)
                    .filter(f -> !f.isEmpty()).toList();
            PersonRecord person = records.get((Long) p[2]);
            Boolean matching = matches(fields, person == null ? null
                    : person.highestOn(Dimension.PROFESSIONAL, date).map(q -> q.fieldOfStudy()).orElse(null));
            if (matching == null) {
                continue;
            }
            for (Unit unit : rows) {
                if (((String) p[0]).startsWith(unit.path())) {
                    long[] c = counts.computeIfAbsent(unit.id().value(), k -> new long[2]);
                    c[0]++;
                    c[1] += matching ? 1 : 0;
                }
            }
        }
        return counts;
    }

    /** A competency of the person's position: required, assessed (latest), gap. */
    public record Gap(JobPosition.Competency competency, Integer assessed, LocalDate assessedOn) {

        public int gap() {
            return assessed == null ? competency.requiredLevel() : Math.max(0, competency.requiredLevel() - assessed);
        }
    }

    /** Records a superior's assessment of the person against their position's framework (levels 1–5). */
    @Transactional
    public void assess(UserScope scope, long personId, Map<Long, Integer> levels, String assessor) {
        scope.requireWrite(InvalidPositionException::new);
        JobPosition position = positionOf(scope, personId)
                .orElseThrow(() -> new InvalidPositionException(Messages.text("positions.notPlaced")));
        LocalDate today = LocalDate.now(clock);
        for (Map.Entry<Long, Integer> level : levels.entrySet()) {
            if (position.framework().stream().noneMatch(c -> c.id() == level.getKey())) {
                throw new InvalidPositionException(Messages.text("positions.competency.notInFramework", level.getKey(), position.name()));
            }
            if (level.getValue() == null || level.getValue() < 1 || level.getValue() > 5) {
                throw new InvalidPositionException(Messages.text("positions.competency.assessedRange"));
            }
            jdbc.sql("""
                    insert into competency_assessment (person_id, competency_id, level, assessed_on, assessor)
                    values (:p, :c, :l, :d, :a)
                    """).param("p", personId).param("c", level.getKey()).param("l", level.getValue()).param("d", today)
                    .param("a", assessor).update();
        }
        audit.record(AuditEvent.of("COMPETENCY_ASSESSMENT", position.id(), "CREATE").person(personId)
                .summary(Messages.text("positions.history.assessed", position.name(), levels.size())).build());
    }

    /** The position a person is placed in now, if any and if visible. */
    @Transactional(readOnly = true)
    public Optional<JobPosition> positionOf(UserScope scope, long personId) {
        if (!people.isVisible(scope, new PersonId(personId))) {
            throw new PersonNotFoundException(personId);
        }
        return jdbc.sql("select position_id from position_placement where person_id = :p and left_on is null").param("p", personId)
                .query(Long.class).optional().map(id -> load("where j.id = :u", Map.of("u", id)).get(0));
    }

    /** Each competency of the person's position with the latest assessed level and the gap. */
    @Transactional(readOnly = true)
    public List<Gap> gaps(UserScope scope, long personId) {
        Optional<JobPosition> position = positionOf(scope, personId);
        if (position.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> latest = new HashMap<>();
        jdbc.sql("select competency_id, level, assessed_on from competency_assessment where person_id = :p order by assessed_on, id")
                .param("p", personId)
                .query(rs -> {
                    latest.put(rs.getLong("competency_id"), new Object[] {rs.getInt("level"), rs.getObject("assessed_on", LocalDate.class)});
                });
        return position.get().framework().stream().map(c -> {
            Object[] found = latest.get(c.id());
            return new Gap(c, found == null ? null : (Integer) found[0], found == null ? null : (LocalDate) found[1]);
        }).toList();
    }

    private Unit writableUnit(UserScope scope, long unitId) {
        return scope.writableUnit(units.find(new UnitId(unitId)), InvalidPositionException::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
