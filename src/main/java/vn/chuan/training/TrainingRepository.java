package vn.chuan.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.chuan.shared.Dimension;

/** The catalogue, classes and places in their tables. */
@Repository
class TrainingRepository {

    private final JdbcClient jdbc;

    TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TrainingKind> kinds() {
        return jdbc.sql("select code, name, sort_order from training_kind order by sort_order")
                .query((rs, n) -> new TrainingKind(rs.getString("code"), rs.getString("name"), rs.getInt("sort_order"))).list();
    }

    List<Programme> programmes() {
        Map<String, TrainingKind> kinds = kindsByCode();
        return jdbc.sql("select * from training_programme order by kind_code, name").query((rs, n) -> programme(rs, kinds)).list();
    }

    Optional<Programme> programme(long id) {
        Map<String, TrainingKind> kinds = kindsByCode();
        return jdbc.sql("select * from training_programme where id = :id").param("id", id).query((rs, n) -> programme(rs, kinds)).optional();
    }

    boolean programmeCoded(String code) {
        return jdbc.sql("select count(*) from training_programme where lower(code) = lower(:c)").param("c", code.strip())
                .query(Long.class).single() > 0;
    }

    long insert(Programme.Definition d, Dimension dimension) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_programme (code, name, kind_code, confers_dimension, confers_level, duration_days, provider)
                values (:code, :name, :kind, :dimension, :level, :days, :provider)
                """)
                .param("code", d.code().strip()).param("name", d.name().strip()).param("kind", d.kindCode())
                .param("dimension", dimension == null ? null : dimension.name(), Types.VARCHAR)
                .param("level", dimension == null ? null : d.levelCode(), Types.VARCHAR)
                .param("days", d.durationDays(), Types.INTEGER)
                .param("provider", d.provider() == null || d.provider().isBlank() ? null : d.provider().strip(), Types.VARCHAR)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private Map<String, TrainingKind> kindsByCode() {
        Map<String, TrainingKind> kinds = new HashMap<>();
        kinds().forEach(k -> kinds.put(k.code(), k));
        return kinds;
    }

    private static Programme programme(ResultSet rs, Map<String, TrainingKind> kinds) throws SQLException {
        String dimensionName = rs.getString("confers_dimension");
        Dimension dimension = dimensionName == null ? null : Dimension.valueOf(dimensionName);
        return new Programme(rs.getLong("id"), rs.getString("code"), rs.getString("name"), kinds.get(rs.getString("kind_code")),
                dimension, dimension == null ? null : dimension.level(rs.getString("confers_level")),
                rs.getObject("duration_days", Integer.class), rs.getString("provider"));
    }

    // ---- classes ------------------------------------------------------------------------------

    private static final String CLASSES = """
            select c.*, (select count(*) from enrolment e where e.class_id = c.id and e.status <> 'BO_HOC') as enrolled
            from training_class c
            """;

    List<TrainingClass> classes() {
        Map<Long, Programme> programmes = new HashMap<>();
        programmes().forEach(p -> programmes.put(p.id(), p));
        return jdbc.sql(CLASSES + " order by c.starts_on desc, c.id desc").query((rs, n) -> trainingClass(rs, programmes)).list();
    }

    Optional<TrainingClass> trainingClass(long id) {
        Map<Long, Programme> programmes = new HashMap<>();
        programmes().forEach(p -> programmes.put(p.id(), p));
        return jdbc.sql(CLASSES + " where c.id = :id").param("id", id).query((rs, n) -> trainingClass(rs, programmes)).optional();
    }

    boolean classCoded(String code) {
        return jdbc.sql("select count(*) from training_class where lower(code) = lower(:c)").param("c", code.strip())
                .query(Long.class).single() > 0;
    }

    long insert(TrainingClass.Definition d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into training_class (programme_id, code, starts_on, ends_on, place, seats, cost_per_place, funding)
                values (:programme, :code, :starts, :ends, :place, :seats, :cost, :funding)
                """)
                .param("programme", d.programmeId()).param("code", d.code().strip()).param("starts", d.startsOn())
                .param("ends", d.endsOn()).param("place", d.place() == null ? null : d.place().strip(), Types.VARCHAR)
                .param("seats", d.seats()).param("cost", d.costPerPlace()).param("funding", d.funding().name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static TrainingClass trainingClass(ResultSet rs, Map<Long, Programme> programmes) throws SQLException {
        return new TrainingClass(rs.getLong("id"), programmes.get(rs.getLong("programme_id")), rs.getString("code"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("place"),
                rs.getInt("seats"), rs.getBigDecimal("cost_per_place"), Funding.valueOf(rs.getString("funding")), rs.getInt("enrolled"));
    }

    // ---- places -------------------------------------------------------------------------------

    private static final String ENROLMENTS = """
            select e.*, c.code as class_code, c.starts_on, c.ends_on, c.funding, p.name as programme_name, k.name as kind_name,
                   pe.code as person_code, pe.full_name
            from enrolment e join training_class c on c.id = e.class_id join training_programme p on p.id = c.programme_id
            join training_kind k on k.code = p.kind_code join person pe on pe.id = e.person_id
            """;

    List<Enrolment> enrolmentsOfClass(long classId) {
        return jdbc.sql(ENROLMENTS + " where e.class_id = :c order by pe.given_key, e.id").param("c", classId)
                .query(TrainingRepository::enrolment).list();
    }

    List<Enrolment> enrolmentsOfPerson(long personId) {
        return jdbc.sql(ENROLMENTS + " where e.person_id = :p order by c.starts_on desc, e.id desc").param("p", personId)
                .query(TrainingRepository::enrolment).list();
    }

    Map<Long, List<Enrolment>> enrolmentsOfPeople(Collection<Long> personIds) {
        Map<Long, List<Enrolment>> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql(ENROLMENTS + " where e.person_id in (:p) order by c.starts_on desc, e.id desc").param("p", personIds)
                    .query(TrainingRepository::enrolment).list()
                    .forEach(e -> found.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e));
        }
        return found;
    }

    Optional<Enrolment> enrolment(long id) {
        return jdbc.sql(ENROLMENTS + " where e.id = :id").param("id", id).query(TrainingRepository::enrolment).optional();
    }

    boolean isEnrolled(long classId, long personId) {
        return jdbc.sql("select count(*) from enrolment where class_id = :c and person_id = :p").param("c", classId).param("p", personId)
                .query(Long.class).single() > 0;
    }

    long insertEnrolment(long classId, long personId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into enrolment (class_id, person_id, status) values (:c, :p, 'DANG_KY')")
                .param("c", classId).param("p", personId).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes a place's status; false when someone changed it meanwhile (the version moved on). */
    boolean updateStatus(long id, int version, EnrolmentStatus status, String result, String certificateNumber, LocalDate certificateDate,
            Long qualificationId) {
        return jdbc.sql("""
                update enrolment set status = :status, result = :result, certificate_number = :number, certificate_date = :date,
                       qualification_id = :qualification, version = version + 1
                where id = :id and version = :version
                """)
                .param("status", status.name()).param("result", result, Types.VARCHAR)
                .param("number", certificateNumber, Types.VARCHAR).param("date", certificateDate, Types.DATE)
                .param("qualification", qualificationId, Types.BIGINT).param("id", id).param("version", version)
                .update() == 1;
    }

    private static Enrolment enrolment(ResultSet rs, int n) throws SQLException {
        return new Enrolment(rs.getLong("id"), rs.getLong("class_id"), rs.getString("class_code"), rs.getString("programme_name"),
                rs.getString("kind_name"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getLong("person_id"), rs.getString("person_code"), rs.getString("full_name"),
                EnrolmentStatus.valueOf(rs.getString("status")), rs.getString("result"), rs.getString("certificate_number"),
                rs.getObject("certificate_date", LocalDate.class), Funding.valueOf(rs.getString("funding")), rs.getInt("version"));
    }
}
