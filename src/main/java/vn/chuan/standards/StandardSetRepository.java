package vn.chuan.standards;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.chuan.shared.Dimension;

@Repository
class StandardSetRepository {

    private final JdbcClient jdbc;

    StandardSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(StandardSet set, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into standard_set (code, version, name, document, effective_from, effective_to, status, based_on_id, created_at,
                                          compliance_deadline, compliance_deadline_source)
                values (:code, :version, :name, :document, :from, :to, :status, :basedOn, :now, :deadline, :deadlineSource)
                """)
                .param("deadline", set.deadline() == null ? null : set.deadline().date())
                .param("deadlineSource", set.deadline() == null ? null : set.deadline().source())
                .param("code", set.code()).param("version", set.version()).param("name", set.name())
                .param("document", set.document()).param("from", set.effectiveFrom()).param("to", set.effectiveTo())
                .param("status", set.status().name()).param("basedOn", set.basedOnId()).param("now", Timestamp.valueOf(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Criterion c : set.criteria()) {
            var statement = jdbc.sql("""
                    insert into standard_criterion (set_id, title_code, kind, dimension, level_code, difficult_level_code,
                                                    number_value, fields, source)
                    values (:set, :title, :kind, :dimension, :level, :difficult, :number, :fields, :source)
                    """).param("set", id).param("title", c.titleCode()).param("source", c.source());
            if (c instanceof Criterion.MinimumLevel l) {
                statement.param("kind", "MIN_LEVEL").param("dimension", l.dimension().name()).param("level", l.level().code())
                        .param("difficult", l.difficultAreaLevel() == null ? null : l.difficultAreaLevel().code())
                        .param("number", null).param("fields", null);
            } else if (c instanceof Criterion.MinimumAge a) {
                statement.param("kind", "MIN_AGE").param("dimension", null).param("level", null).param("difficult", null)
                        .param("number", a.years()).param("fields", null);
            } else if (c instanceof Criterion.MaximumAge a) {
                statement.param("kind", "MAX_AGE").param("dimension", null).param("level", null).param("difficult", null)
                        .param("number", a.years()).param("fields", null);
            } else if (c instanceof Criterion.FieldOfStudy f) {
                statement.param("kind", "FIELD").param("dimension", null).param("level", null).param("difficult", null)
                        .param("number", null).param("fields", String.join(";", f.keywords()));
            }
            statement.update();
        }
        return id;
    }

    List<StandardSet> findAll() {
        Map<Long, List<Criterion>> criteria = new HashMap<>();
        jdbc.sql("select * from standard_criterion order by id").query(rs -> {
            String title = rs.getString("title_code");
            String source = rs.getString("source");
            Criterion criterion = switch (rs.getString("kind")) {
                case "MIN_LEVEL" -> {
                    Dimension d = Dimension.valueOf(rs.getString("dimension"));
                    String difficult = rs.getString("difficult_level_code");
                    yield new Criterion.MinimumLevel(title, d, d.level(rs.getString("level_code")),
                            difficult == null ? null : d.level(difficult), source);
                }
                case "MIN_AGE" -> new Criterion.MinimumAge(title, rs.getInt("number_value"), source);
                case "MAX_AGE" -> new Criterion.MaximumAge(title, rs.getInt("number_value"), source);
                default -> new Criterion.FieldOfStudy(title, List.of(rs.getString("fields").split(";")), source);
            };
            criteria.computeIfAbsent(rs.getLong("set_id"), k -> new ArrayList<>()).add(criterion);
        });
        return jdbc.sql("select * from standard_set order by effective_from, code, version").query((rs, n) -> {
            long id = rs.getLong("id");
            Date to = rs.getDate("effective_to");
            Date deadline = rs.getDate("compliance_deadline");
            long basedOn = rs.getLong("based_on_id");
            boolean noBase = rs.wasNull();
            return new StandardSet(id, rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                    rs.getString("document"), rs.getDate("effective_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                    StandardSet.Status.valueOf(rs.getString("status")), noBase ? null : basedOn,
                    List.copyOf(criteria.getOrDefault(id, List.of())),
                    deadline == null ? null : new StandardSet.Deadline(deadline.toLocalDate(), rs.getString("compliance_deadline_source")));
        }).list();
    }

    /** The ids of a set's criteria, in the order of {@link StandardSet#criteria()}. */
    List<Long> criterionIds(long setId) {
        return jdbc.sql("select id from standard_criterion where set_id = :s order by id").param("s", setId)
                .query(Long.class).list();
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from standard_set where code = :c").param("c", code)
                .query(Integer.class).single();
    }

    void changeLevel(long setId, long criterionId, String level, String difficultLevel) {
        jdbc.sql("update standard_criterion set level_code = :l, difficult_level_code = :d where id = :id and set_id = :s")
                .param("l", level).param("d", difficultLevel).param("id", criterionId).param("s", setId).update();
    }

    void deleteCriterion(long setId, long criterionId) {
        jdbc.sql("delete from standard_criterion where id = :id and set_id = :s").param("id", criterionId).param("s", setId).update();
    }

    void addCriterion(long setId, Criterion.MinimumLevel c) {
        jdbc.sql("""
                insert into standard_criterion (set_id, title_code, kind, dimension, level_code, difficult_level_code, source)
                values (:s, :t, 'MIN_LEVEL', :d, :l, :dl, :src)
                """).param("s", setId).param("t", c.titleCode()).param("d", c.dimension().name()).param("l", c.level().code())
                .param("dl", c.difficultAreaLevel() == null ? null : c.difficultAreaLevel().code()).param("src", c.source()).update();
    }

    /** Puts a draft in force from a date; the set it was copied from ends the day before. */
    void putInForce(long setId, LocalDate from, Long basedOnId) {
        jdbc.sql("update standard_set set status = 'IN_FORCE', effective_from = :f, effective_to = null where id = :id")
                .param("f", from).param("id", setId).update();
        if (basedOnId != null) {
            jdbc.sql("""
                    update standard_set set effective_to = :to
                    where id = :id and status = 'IN_FORCE' and (effective_to is null or effective_to >= :f)
                    """).param("to", from.minusDays(1)).param("f", from).param("id", basedOnId).update();
        }
    }

    long count() {
        return jdbc.sql("select count(*) from standard_set").query(Long.class).single();
    }
}
