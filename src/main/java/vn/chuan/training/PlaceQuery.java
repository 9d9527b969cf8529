package vn.chuan.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chuan.shared.PageOf;

/**
 * Counts and lists places by the unit of the post each person held when the class started (so a
 * place stays with the commune that sent the person, even after a transfer), the kind, the period
 * (classes starting in it) and a breakdown value.
 */
@Component
class PlaceQuery {

    private static final String FROM = """
            from enrolment e join training_class c on c.id = e.class_id join training_programme p on p.id = c.programme_id
            join person pe on pe.id = e.person_id
            join assignment a on a.person_id = e.person_id and a.kind = 'CHINH' and a.started_on <= c.starts_on
                 and (a.ended_on is null or a.ended_on >= c.starts_on)
            join unit u on u.id = a.unit_id
            where %s and c.starts_on >= :from and c.starts_on <= :to
              and not exists (select 1 from assignment a2 where a2.person_id = a.person_id and a2.kind = 'CHINH'
                  and a2.started_on <= c.starts_on
                  and (a2.ended_on is null or a2.ended_on >= c.starts_on)
                  and (a2.started_on > a.started_on or (a2.started_on = a.started_on and a2.id > a.id)))
            """;

    private final JdbcClient jdbc;
    private final TrainingRepository repository;

    PlaceQuery(JdbcClient jdbc, TrainingRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /**
     * Where the places are counted: the units under {@code prefix}; for a unit split in part, only
     * the people whose first post from {@code attributionFrom} was under {@code attributionPrefix}
     * (a merged commune's places before the merge are those of what it was formed from).
     */
    record Area(String prefix, LocalDate attributionFrom, String attributionPrefix) {
    }

    private static String where(List<Area> areas, Map<String, Object> params) {
        List<String> any = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            params.put("prefix" + i, area.prefix());
            String condition = "u.path like :prefix" + i;
            if (area.attributionFrom() != null) {
                params.put("attrFrom" + i, area.attributionFrom());
                params.put("attrPrefix" + i, area.attributionPrefix());
                condition += """
                         and exists (select 1 from assignment x join unit ux on ux.id = x.unit_id where x.person_id = a.person_id
                                     and x.kind = 'CHINH' and ux.path like :attrPrefix%1$d
                                     and x.started_on = (select min(y.started_on) from assignment y
                                                         where y.person_id = a.person_id and y.kind = 'CHINH' and y.started_on >= :attrFrom%1$d))
                        """.formatted(i);
            }
            any.add("(" + condition + ")");
        }
        return FROM.formatted("(" + String.join(" or ", any) + ")");
    }

    /** kind code → breakdown value → places. */
    Map<String, Map<String, Long>> count(List<Area> areas, LocalDate from, LocalDate to, PlaceBreakdown by) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Object> params = new HashMap<>();
        String fromWhere = where(areas, params);
        jdbc.sql("select p.kind_code, " + by.sql + " as v, count(*) as n " + fromWhere + " group by p.kind_code, " + by.sql)
                .params(params).param("from", from).param("to", to)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("kind_code"), k -> new HashMap<>()).merge(rs.getString("v"), rs.getLong("n"), Long::sum);
                });
        return counts;
    }

    /** The places one cell counts, by class start then name. */
    PageOf<Enrolment> list(List<Area> areas, LocalDate from, LocalDate to, String kindCode, PlaceBreakdown by, String value, int page,
            int size) {
        Map<String, Object> params = new HashMap<>();
        String fromWhere = where(areas, params);
        params.put("from", from);
        params.put("to", to);
        StringBuilder where = new StringBuilder();
        if (kindCode != null) {
            where.append(" and p.kind_code = :kind");
            params.put("kind", kindCode);
        }
        if (value != null) {
            where.append(" and ").append(by.sql).append(" = :value");
            params.put("value", value);
        }
        long total = jdbc.sql("select count(*) " + fromWhere + where).params(params).query(Long.class).single();
        params.put("offset", page * size);
        params.put("limit", size);
        List<Long> ids = jdbc.sql("select e.id " + fromWhere + where
                + " order by c.starts_on desc, pe.given_key, e.id offset :offset rows fetch next :limit rows only")
                .params(params).query(Long.class).list();
        return new PageOf<>(ids.stream().map(id -> repository.enrolment(id).orElseThrow()).toList(), page, size, total);
    }
}
