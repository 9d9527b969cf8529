package vn.chuan.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.chuan.shared.Dates;
import vn.chuan.shared.PageOf;

/** Rounds, submissions and grades in their tables. */
@Repository
class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ROUNDS = "select r.*, u.name as unit_name, u.path from evaluation_round r join unit u on u.id = r.scope_unit_id";

    List<EvaluationRound> rounds(String pathPrefix) {
        return jdbc.sql(ROUNDS + " where u.path like :prefix order by r.eval_year desc, u.path").param("prefix", pathPrefix + "%")
                .query((rs, n) -> round(rs)).list();
    }

    Optional<EvaluationRound> round(long id) {
        return jdbc.sql(ROUNDS + " where r.id = :id").param("id", id).query((rs, n) -> round(rs)).optional();
    }

    private static EvaluationRound round(ResultSet rs) throws SQLException {
        return new EvaluationRound(rs.getLong("id"), rs.getInt("eval_year"), rs.getLong("scope_unit_id"), rs.getString("unit_name"),
                rs.getString("path"), rs.getObject("locked_on", LocalDate.class));
    }

    boolean roundExists(int year, long unitId) {
        return jdbc.sql("select count(*) from evaluation_round where eval_year = :y and scope_unit_id = :u").param("y", year)
                .param("u", unitId).query(Long.class).single() > 0;
    }

    long insertRound(int year, long unitId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into evaluation_round (eval_year, scope_unit_id) values (:y, :u)").param("y", year).param("u", unitId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void markRecordedAsDecided(long roundId) {
        jdbc.sql("update evaluation_round set recorded_as_decided = true where id = :id").param("id", roundId).update();
    }

    boolean recordedAsDecided(long roundId) {
        return jdbc.sql("select recorded_as_decided from evaluation_round where id = :id").param("id", roundId).query(Boolean.class).single();
    }

    void lock(long roundId, LocalDate on) {
        jdbc.sql("update evaluation_round set locked_on = :on where id = :id").param("on", on).param("id", roundId).update();
    }

    Map<Long, List<Evaluations.YearGrade>> gradesOf(Collection<Long> personIds) {
        Map<Long, List<Evaluations.YearGrade>> grades = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select person_id, eval_year, grade, comment from evaluation_grade where person_id in (:ids) order by eval_year")
                    .param("ids", personIds)
                    .query(rs -> {
                        grades.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(new Evaluations.YearGrade(
                                rs.getInt("eval_year"), Grade.valueOf(rs.getString("grade")), rs.getString("comment")));
                    });
        }
        return grades;
    }

    /** The grades of a year by person id. */
    Map<Long, GridRow> grades(int year, List<Long> personIds) {
        Map<Long, GridRow> grades = new HashMap<>();
        if (personIds.isEmpty()) {
            return grades;
        }
        jdbc.sql("select * from evaluation_grade where eval_year = :y and person_id in (:ids)").param("y", year).param("ids", personIds)
                .query(rs -> {
                    grades.put(rs.getLong("person_id"), new GridRow(rs.getLong("person_id"), null, null, null, rs.getLong("id"),
                            Grade.valueOf(rs.getString("grade")), rs.getString("comment"), rs.getInt("version")));
                });
        return grades;
    }

    Optional<Long> roundOfGrade(long personId, int year) {
        return jdbc.sql("select round_id from evaluation_grade where person_id = :p and eval_year = :y").param("p", personId)
                .param("y", year).query(Long.class).optional();
    }

    void insertGrade(long roundId, long personId, long unitId, int year, Grade grade, String comment) {
        jdbc.sql("""
                insert into evaluation_grade (round_id, person_id, unit_id, eval_year, grade, comment)
                values (:r, :p, :u, :y, :g, :c)
                """).param("r", roundId).param("p", personId).param("u", unitId).param("y", year).param("g", grade.name())
                .param("c", comment, Types.VARCHAR).update();
    }

    boolean updateGrade(long personId, int year, int version, Grade grade, String comment) {
        return jdbc.sql("""
                update evaluation_grade set grade = :g, comment = :c, version = version + 1
                where person_id = :p and eval_year = :y and version = :v
                """).param("g", grade.name()).param("c", comment, java.sql.Types.VARCHAR).param("p", personId).param("y", year)
                .param("v", version).update() == 1;
    }

    /** Grades of a round per unit (the unit where each person was graded). */
    Map<Long, Map<Grade, Integer>> countsByUnit(long roundId) {
        Map<Long, Map<Grade, Integer>> counts = new HashMap<>();
        jdbc.sql("select unit_id, grade, count(*) as n from evaluation_grade where round_id = :r group by unit_id, grade")
                .param("r", roundId).query(rs -> {
                    counts.computeIfAbsent(rs.getLong("unit_id"), k -> new EnumMap<>(Grade.class))
                            .put(Grade.valueOf(rs.getString("grade")), rs.getInt("n"));
                });
        return counts;
    }

    /** The units of a round allowed above the quota, with the reason and who allowed it. */
    Map<Long, String> quotaExceptions(long roundId) {
        Map<Long, String> found = new HashMap<>();
        jdbc.sql("select unit_id, reason, marked_by, marked_on from evaluation_quota_exception where round_id = :r").param("r", roundId)
                .query(rs -> {
                    found.put(rs.getLong("unit_id"), rs.getString("reason") + " (" + rs.getString("marked_by") + ", "
                            + Dates.format(rs.getObject("marked_on", LocalDate.class)) + ")");
                });
        return found;
    }

    void markQuotaException(long roundId, long unitId, String reason, String by, LocalDate on) {
        jdbc.sql("""
                insert into evaluation_quota_exception (round_id, unit_id, reason, marked_by, marked_on) values (:r, :u, :reason, :by, :on)
                """).param("r", roundId).param("u", unitId).param("reason", reason).param("by", by).param("on", on).update();
    }

    Map<Long, LocalDate> submissions(long roundId) {
        Map<Long, LocalDate> submitted = new HashMap<>();
        jdbc.sql("select unit_id, submitted_on from evaluation_submission where round_id = :r").param("r", roundId)
                .query(rs -> {
                    submitted.put(rs.getLong("unit_id"), rs.getObject("submitted_on", LocalDate.class));
                });
        return submitted;
    }

    void submit(long roundId, long unitId, LocalDate on, String by) {
        jdbc.sql("insert into evaluation_submission (round_id, unit_id, submitted_on, submitted_by) values (:r, :u, :on, :by)")
                .param("r", roundId).param("u", unitId).param("on", on).param("by", by).update();
    }

    /** Persons graded with this grade in both years (any unit). */
    List<Long> gradedBothYears(Grade grade, int year, int previousYear) {
        return jdbc.sql("""
                select a.person_id from evaluation_grade a join evaluation_grade b on b.person_id = a.person_id
                where a.eval_year = :y and b.eval_year = :p and a.grade = :g and b.grade = :g order by a.person_id
                """).param("y", year).param("p", previousYear).param("g", grade.name()).query(Long.class).list();
    }

    /** Persons with this grade in at least {@code times} of the years from {@code from} to {@code to}. */
    List<Long> gradedTimes(Grade grade, int from, int to, int times) {
        return jdbc.sql("""
                select person_id from evaluation_grade where grade = :g and eval_year between :f and :t
                group by person_id having count(*) >= :n order by person_id
                """).param("g", grade.name()).param("f", from).param("t", to).param("n", times).query(Long.class).list();
    }

    List<Long> graded(Grade grade, int year) {
        return jdbc.sql("select person_id from evaluation_grade where eval_year = :y and grade = :g order by person_id")
                .param("y", year).param("g", grade.name()).query(Long.class).list();
    }

    /** The last year with a grade recorded in a unit under {@code scopeLike}, if any. */
    Optional<Integer> latestGradedYear(String scopeLike) {
        return jdbc.sql("select max(g.eval_year) from evaluation_grade g join unit u on u.id = g.unit_id where u.path like :scope")
                .param("scope", scopeLike).query(Integer.class).list().stream().filter(Objects::nonNull).findFirst();
    }

    List<Long> gradedIn(int year) {
        return new ArrayList<>(jdbc.sql("select person_id from evaluation_grade where eval_year = :y").param("y", year)
                .query(Long.class).list());
    }

    private static final String CATEGORY = """
            coalesce((select a.category from assignment a where a.person_id = g.person_id and a.unit_id = g.unit_id
                      and a.kind = 'CHINH' and a.started_on <= :yearEnd order by a.started_on desc fetch first 1 rows only), '')""";

    /** One group of grades: the unit's path, the category and gender of those graded, the grade, how many. */
    record Cell(String unitPath, String category, String gender, Grade grade, int year, long count) {
    }

    /** Grades under the prefix in these years, grouped by unit, category, gender and grade. */
    List<Cell> cells(String pathPrefix, int fromYear, int toYear) {
        List<Cell> cells = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            int y = year;
            // The category is a correlated subquery: computed in an inner select, grouped outside.
            jdbc.sql("select path, category, gender, grade, count(*) as n from (select u.path, " + CATEGORY + " as category, "
                            + "p.gender, g.grade from evaluation_grade g join unit u on u.id = g.unit_id join person p on p.id = g.person_id "
                            + "where u.path like :prefix and g.eval_year = :y) x group by path, category, gender, grade")
                    .param("prefix", pathPrefix + "%").param("y", year).param("yearEnd", LocalDate.of(year, 12, 31))
                    .query(rs -> {
                        cells.add(new Cell(rs.getString("path"), rs.getString("category"), rs.getString("gender"),
                                Grade.valueOf(rs.getString("grade")), y, rs.getLong("n")));
                    });
        }
        return cells;
    }

    /** The persons graded under the prefix in the year (with this grade, category, gender when given), by name. */
    PageOf<GridRow> graded(String pathPrefix, int year, Grade grade, String category, String gender, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", pathPrefix + "%");
        params.put("y", year);
        params.put("yearEnd", LocalDate.of(year, 12, 31));
        StringBuilder where = new StringBuilder(" where u.path like :prefix and g.eval_year = :y");
        if (grade != null) {
            where.append(" and g.grade = :grade");
            params.put("grade", grade.name());
        }
        if (category != null) {
            where.append(" and ").append(CATEGORY).append(" = :category");
            params.put("category", category);
        }
        if (gender != null) {
            where.append(" and p.gender = :gender");
            params.put("gender", gender);
        }
        String from = " from evaluation_grade g join unit u on u.id = g.unit_id join person p on p.id = g.person_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        params.put("offset", page * size);
        params.put("limit", size);
        List<GridRow> rows = jdbc.sql("select g.*, p.code, p.full_name, u.name as unit_name" + from + where
                        + " order by p.given_key, g.id offset :offset rows fetch next :limit rows only").params(params)
                .query((rs, n) -> new GridRow(rs.getLong("person_id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getString("unit_name"), rs.getLong("id"), Grade.valueOf(rs.getString("grade")), rs.getString("comment"),
                        rs.getInt("version"))).list();
        return new PageOf<>(rows, page, size, total);
    }

    /** The years that have grades. */
    List<Integer> years() {
        return jdbc.sql("select distinct eval_year from evaluation_grade order by eval_year").query(Integer.class).list();
    }
}
