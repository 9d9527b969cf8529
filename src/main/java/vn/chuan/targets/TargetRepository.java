package vn.chuan.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.chuan.reports.Population;
import vn.chuan.shared.StaffCategory;

/** Indicators, plans and targets in their tables. */
@Repository
class TargetRepository {

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- indicators ---------------------------------------------------------------------------

    List<Indicator> indicators() {
        return jdbc.sql("select * from indicator order by id").query(TargetRepository::indicator).list();
    }

    Optional<Indicator> indicator(long id) {
        return jdbc.sql("select * from indicator where id = :id").param("id", id).query(TargetRepository::indicator).optional();
    }

    boolean indicatorCounting(String condition) {
        return jdbc.sql("select count(*) from indicator where condition_text = :c").param("c", condition).query(Long.class).single() > 0;
    }

    boolean indicatorNamed(String name) {
        return jdbc.sql("select count(*) from indicator where lower(name) = lower(:name)").param("name", name.strip())
                .query(Long.class).single() > 0;
    }

    long insert(Indicator.Definition d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicator (name, source, categories, commune_posts_only, title_codes, min_age, max_age, condition_text)
                values (:name, :source, :categories, :commune, :titles, :min, :max, :condition)
                """)
                .param("name", d.name().strip())
                .param("source", d.source() == null || d.source().isBlank() ? null : d.source().strip())
                .param("categories", d.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
                .param("commune", d.communePostsOnly())
                .param("titles", d.titleCodes().stream().sorted().collect(Collectors.joining(",")))
                .param("min", d.minAge(), Types.INTEGER)
                .param("max", d.maxAge(), Types.INTEGER)
                .param("condition", d.condition())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean indicatorInUse(long id) {
        return jdbc.sql("select count(*) from target where indicator_id = :id").param("id", id).query(Long.class).single() > 0;
    }

    void deleteIndicator(long id) {
        jdbc.sql("delete from indicator where id = :id").param("id", id).update();
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        Set<StaffCategory> categories = Arrays.stream(rs.getString("categories").split(",")).filter(s -> !s.isBlank())
                .map(StaffCategory::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> titles = Arrays.stream(rs.getString("title_codes").split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new Indicator(rs.getLong("id"), rs.getString("name"), rs.getString("source"),
                new Population(categories, rs.getBoolean("commune_posts_only"), titles, (Integer) rs.getObject("min_age", Integer.class),
                        rs.getObject("max_age", Integer.class)),
                rs.getString("condition_text"));
    }

    // ---- plans --------------------------------------------------------------------------------

    List<Plan> plans() {
        return jdbc.sql("select * from target_plan order by issued_on desc nulls last, id").query(TargetRepository::plan).list();
    }

    Optional<Plan> plan(long id) {
        return jdbc.sql("select * from target_plan where id = :id").param("id", id).query(TargetRepository::plan).optional();
    }

    boolean planNumbered(String number) {
        return jdbc.sql("select count(*) from target_plan where lower(number) = lower(:n)").param("n", number.strip())
                .query(Long.class).single() > 0;
    }

    long insert(Plan plan) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into target_plan (number, name, issued_on, issuer) values (:number, :name, :issued, :issuer)")
                .param("number", plan.number().strip())
                .param("name", plan.name().strip())
                .param("issued", plan.issuedOn(), Types.DATE)
                .param("issuer", plan.issuer() == null || plan.issuer().isBlank() ? null : plan.issuer().strip())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        return new Plan(rs.getLong("id"), rs.getString("number"), rs.getString("name"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"));
    }

    // ---- targets ------------------------------------------------------------------------------

    /** The targets set on any of these units (a unit and its ancestors), by plan then indicator. */
    List<Target> targetsOn(List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return targets("t.scope_unit_id in (:units)", Map.of("units", unitIds));
    }

    Optional<Target> target(long id) {
        return targets("t.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<Target> allTargets() {
        return targets("1 = 1", Map.of());
    }

    private List<Target> targets(String where, Map<String, ?> params) {
        Map<Long, Indicator> indicators = indicators().stream().collect(Collectors.toMap(Indicator::id, i -> i));
        Map<Long, Plan> plans = plans().stream().collect(Collectors.toMap(Plan::id, p -> p));
        List<Target> targets = new ArrayList<>();
        jdbc.sql("""
                select t.*, u.name as unit_name from target t join unit u on u.id = t.scope_unit_id
                where %s order by t.plan_id nulls last, t.indicator_id, t.id
                """.formatted(where)).params(params).query(rs -> {
            long planId = rs.getLong("plan_id");
            targets.add(new Target(rs.getLong("id"), indicators.get(rs.getLong("indicator_id")), rs.wasNull() ? null : plans.get(planId),
                    rs.getLong("scope_unit_id"), rs.getString("unit_name"), rs.getBigDecimal("threshold"),
                    rs.getObject("baseline_on", LocalDate.class), rs.getObject("deadline", LocalDate.class), List.of()));
        });
        if (targets.isEmpty()) {
            return targets;
        }
        Map<Long, List<Target.Milestone>> milestones = new HashMap<>();
        jdbc.sql("select * from target_milestone where target_id in (:ids) order by milestone_year")
                .param("ids", targets.stream().map(Target::id).toList())
                .query(rs -> {
                    milestones.computeIfAbsent(rs.getLong("target_id"), k -> new ArrayList<>())
                            .add(new Target.Milestone(rs.getInt("milestone_year"), rs.getBigDecimal("threshold")));
                });
        return targets.stream().map(t -> new Target(t.id(), t.indicator(), t.plan(), t.scopeUnitId(), t.scopeUnitName(),
                t.threshold(), t.baselineOn(), t.deadline(), milestones.getOrDefault(t.id(), List.of()))).toList();
    }

    long insert(Target.Definition d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into target (indicator_id, plan_id, scope_unit_id, threshold, baseline_on, deadline)
                values (:indicator, :plan, :unit, :threshold, :baseline, :deadline)
                """)
                .param("indicator", d.indicatorId())
                .param("plan", d.planId(), Types.BIGINT)
                .param("unit", d.scopeUnitId())
                .param("threshold", d.threshold())
                .param("baseline", d.baselineOn())
                .param("deadline", d.deadline())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Target.Milestone m : d.milestones()) {
            jdbc.sql("insert into target_milestone (target_id, milestone_year, threshold) values (:t, :y, :v)")
                    .param("t", id).param("y", m.year()).param("v", m.threshold()).update();
        }
        return id;
    }

    void deleteTarget(long id) {
        jdbc.sql("delete from target_milestone where target_id = :id").param("id", id).update();
        jdbc.sql("delete from target where id = :id").param("id", id).update();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from indicator").query(Long.class).single() == 0;
    }

}
