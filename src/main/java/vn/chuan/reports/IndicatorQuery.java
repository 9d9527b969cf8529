package vn.chuan.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * Counts indicators over {@code report_history}: a population and a condition become SQL on the
 * posts held on the date (a rank held on the date is "first reached on or before it"), summed per
 * unit in one scan for all the indicators of a page, then added up the unit tree along the paths.
 * A verdict exists for today only; it is read from today's profiles ({@code report_person}).
 */
@Component
class IndicatorQuery {

    /** A principal post held on :d: the dated history's concurrent rows are not counted here. */
    private static final String HELD_ON = "h.principal and h.started_on <= :d and (h.ended_on is null or h.ended_on >= :d)";

    /** Met the standards on the date, as {@link #count} joins it. */
    private static final String MET_JOINED = "(met.person_id is not null)";
    /** Met the standards today: the kept verdict (see {@code Profile.encode}). */
    private static final String MET_TODAY = "exists (select 1 from report_person rp where rp.person_id = h.person_id and rp.facts like '%|DAT|%')";

    private final JdbcClient jdbc;

    IndicatorQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each measure counted on {@code date} in every unit under {@code pathPrefix}, keyed by unit id:
     * the ids of each path from the root on ({@code rootDepth} is how many ids the root's path holds;
     * 0 is the whole country, counted under id 0).
     */
    Map<Long, List<IndicatorCount>> count(String pathPrefix, int rootDepth, LocalDate date, boolean today, List<Measure> measures,
            ReportHistory.Attribution attribution) {
        Map<String, Object> params = new HashMap<>();
        params.put("d", date);
        params.put("prefix", pathPrefix + "%");
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            String population = population(measure.population(), params, "p" + i);
            String meets = condition(measure.condition(), params, "c" + i + "_", MET_JOINED);
            String leaving = leaving(measure.leavingBefore(), params, "l" + i);
            sums.append(", sum(case when ").append(population).append(" then 1 else 0 end) as pop_").append(i)
                    .append(", sum(case when ").append(population).append(" and ").append(meets).append(" then 1 else 0 end) as meet_").append(i)
                    .append(", sum(case when ").append(population).append(" and ").append(leaving).append(" then 1 else 0 end) as leave_").append(i)
                    .append(", sum(case when ").append(population).append(" and ").append(leaving).append(" and ").append(meets)
                    .append(" then 1 else 0 end) as leave_meet_").append(i);
        }
        Map<Long, List<IndicatorCount>> byUnit = new HashMap<>();
        if (sums.isEmpty()) {
            return byUnit;
        }
        // Who met the standards that day, read once and joined (a subquery per row and measure took seconds a page): today
        // the kept verdict, the value before the criteria unmet in today's encoded profile (see Profile.encode); a past
        // date the verdict of that day as the set in force then judged it.
        String metThen = !measures.stream().anyMatch(m -> m.condition().readsVerdict()) ? ""
                : today ? " left join report_person met on met.person_id = h.person_id and met.facts like '%|DAT|%'"
                : " left join (select distinct person_id from report_verdict where valid_from <= :d and (valid_to is null or valid_to >= :d)"
                        + " and verdict = 'DAT') met on met.person_id = h.person_id";
        String sql = "select h.unit_path" + sums + " from report_history h" + metThen
                + " where " + HELD_ON + " and h.unit_path like :prefix " + ReportHistory.attributed(attribution, "h", params)
                + " group by h.unit_path";
        jdbc.sql(sql).params(params).query(rs -> {
            List<IndicatorCount> row = new ArrayList<>(measures.size());
            for (int i = 0; i < measures.size(); i++) {
                row.add(new IndicatorCount(true, rs.getLong("pop_" + i), rs.getLong("meet_" + i), rs.getLong("leave_" + i),
                        rs.getLong("leave_meet_" + i)));
            }
            for (long unitId : unitsOnPath(rs.getString("unit_path"), rootDepth)) {
                byUnit.merge(unitId, row, IndicatorQuery::add);
            }
        });
        return byUnit;
    }

    /** The persons of the population who do not meet the condition today, by unit then id; and how many there are. */
    List<Long> lacking(String pathPrefix, LocalDate today, Population population, Condition condition, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = lackingWhere(pathPrefix, today, population, condition, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("select h.person_id from report_history h where " + where
                        + " order by h.unit_path, h.person_id offset :offset rows fetch next :limit rows only")
                .params(params).query(Long.class).list();
    }

    List<Long> members(String pathPrefix, LocalDate date, Population population) {
        Map<String, Object> params = new HashMap<>();
        params.put("d", date);
        params.put("prefix", pathPrefix + "%");
        return jdbc.sql("select distinct h.person_id from report_history h where " + HELD_ON + " and h.unit_path like :prefix and "
                + population(population, params, "p")).params(params).query(Long.class).list();
    }

    long countLacking(String pathPrefix, LocalDate today, Population population, Condition condition) {
        Map<String, Object> params = new HashMap<>();
        String where = lackingWhere(pathPrefix, today, population, condition, params);
        return jdbc.sql("select count(*) from report_history h where " + where).params(params).query(Long.class).single();
    }

    private static String lackingWhere(String pathPrefix, LocalDate today, Population population, Condition condition,
            Map<String, Object> params) {
        params.put("d", today);
        params.put("prefix", pathPrefix + "%");
        return HELD_ON + " and h.unit_path like :prefix and " + population(population, params, "p") + " and not "
                + condition(condition, params, "c", MET_TODAY);
    }

    static List<IndicatorCount> add(List<IndicatorCount> a, List<IndicatorCount> b) {
        List<IndicatorCount> sum = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i).plus(b.get(i)));
        }
        return sum;
    }

    /** "/1/7/42/" with root depth 2 (the root is 7) gives 7 and 42. */
    private static List<Long> unitsOnPath(String path, int rootDepth) {
        List<Long> ids = new ArrayList<>();
        if (rootDepth == 0) {
            ids.add(ReportTally.NATION_ID);
            rootDepth = 1;
        }
        String[] parts = path.split("/");
        // parts[0] is "" (the path starts with "/").
        for (int i = rootDepth; i < parts.length; i++) {
            ids.add(Long.parseLong(parts[i]));
        }
        return ids;
    }

    private static String population(Population population, Map<String, Object> params, String name) {
        List<String> parts = new ArrayList<>();
        params.put(name + "cat", population.categories().stream().map(StaffCategory::name).toList());
        parts.add("h.category in (:" + name + "cat)");
        if (population.communePostsOnly()) {
            parts.add("h.unit_level = '" + UnitLevel.COMMUNE.name() + "'");
        }
        if (!population.titleCodes().isEmpty()) {
            params.put(name + "titles", List.copyOf(population.titleCodes()));
            parts.add("h.title_code in (:" + name + "titles)");
        }
        LocalDate date = (LocalDate) params.get("d");
        if (population.minAge() != null) {
            params.put(name + "min", date.minusYears(population.minAge()));
            parts.add("h.birth_date <= :" + name + "min");
        }
        if (population.maxAge() != null) {
            params.put(name + "max", date.minusYears(population.maxAge() + 1L));
            parts.add("h.birth_date > :" + name + "max");
        }
        return "(" + String.join(" and ", parts) + ")";
    }

    private static String leaving(LocalDate before, Map<String, Object> params, String name) {
        if (before == null) {
            return "1 = 0";
        }
        params.put(name + "m", RetirementAge.latestBirthDateRetiredBefore(before, Gender.NAM));
        params.put(name + "w", RetirementAge.latestBirthDateRetiredBefore(before, Gender.NU));
        return "((h.gender = 'NAM' and h.birth_date <= :" + name + "m) or (h.gender = 'NU' and h.birth_date <= :" + name + "w))";
    }

    /** {@code met}: the SQL that says the person of {@code h} met the standards on the date. */
    private static String condition(Condition condition, Map<String, Object> params, String name, String met) {
        return condition.accept(new Condition.Visitor<>() {
            @Override
            public String atLeast(Condition.AtLeast c) {
                String reached = "h." + reachedColumn(c.dimension(), c.level().rank());
                // Never reached is null: "is not null" keeps "not (…)" true for them in the list of people lacking it.
                return c.level().rank() == 0 ? "(1 = 1)" : "(" + reached + " is not null and " + reached + " <= :d)";
            }

            @Override
            public String youngerThan(Condition.YoungerThan c) {
                params.put(name + "young", ((LocalDate) params.get("d")).minusYears(c.years()));
                return "(h.birth_date > :" + name + "young)";
            }

            @Override
            public String woman() {
                return "(h.gender = 'NU')";
            }

            @Override
            public String minority() {
                return "(h.minority = true)";
            }

            @Override
            public String partyMember() {
                return "(h.party_member = true)";
            }

            @Override
            public String meetsStandards() {
                return met;
            }

            @Override
            public String allOf(Condition.AllOf c) {
                return join(c.parts(), " and ", "1 = 1", params, name, met);
            }

            @Override
            public String anyOf(Condition.AnyOf c) {
                return join(c.parts(), " or ", "1 = 0", params, name, met);
            }
        });
    }

    private static String join(List<Condition> parts, String operator, String empty, Map<String, Object> params, String name,
            String met) {
        if (parts.isEmpty()) {
            return "(" + empty + ")";
        }
        List<String> sql = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            sql.add(condition(parts.get(i), params, name + i + "_", met));
        }
        return "(" + String.join(operator, sql) + ")";
    }

    private static String reachedColumn(Dimension dimension, int rank) {
        return dimension.key() + "_" + rank;
    }
}
