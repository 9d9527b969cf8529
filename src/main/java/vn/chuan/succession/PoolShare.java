package vn.chuan.succession;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.reports.IndicatorCount;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.targets.FigureSource;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * The shares QĐ 50-QĐ/TW sets for succession pools (women at least 25 %, under 40 at least 15 %),
 * as target indicators: of the people in a pool on a date, in the unit or below, those who count.
 */
final class PoolShare implements FigureSource {

    private final String key;
    private final String name;
    private final String description;
    private final BiPredicate<PersonRecord, LocalDate> counts;
    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final Units units;

    PoolShare(String key, String name, String description, BiPredicate<PersonRecord, LocalDate> counts, JdbcClient jdbc,
            PersonRegistry people, Units units) {
        this.key = key;
        this.name = name;
        this.description = description;
        this.counts = counts;
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String source() {
        return "QĐ 50-QĐ/TW (quy hoạch cán bộ): nữ từ 25%, trẻ (dưới 40 tuổi cấp tỉnh, huyện) từ 15%";
    }

    @Override
    public Map<Long, IndicatorCount> counts(UserScope scope, Unit root, LocalDate date) {
        Map<Long, IndicatorCount> result = new HashMap<>();
        if (!scope.covers(root)) {
            return result;
        }
        List<Object[]> members = jdbc.sql("""
                select m.person_id, u.path from pool_member m join succession_pool p on p.id = m.pool_id join unit u on u.id = p.unit_id
                where u.path like :prefix and m.added_on <= :d and (m.removed_on is null or m.removed_on > :d)
                """).param("prefix", root.path() + "%").param("d", date)
                .query((rs, n) -> new Object[] {rs.getLong("person_id"), rs.getString("path")}).list();
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(UserScope.system(), members.stream().map(m -> (Long) m[0]).distinct().toList()).forEach(r -> records.put(r.id().value(), r));
        Map<Long, long[]> sums = new HashMap<>();
        List<Unit> rows = units.subtree(root, date);
        for (Object[] member : members) {
            boolean meets = counts.test(records.get((Long) member[0]), date);
            for (Unit unit : rows) {
                if (((String) member[1]).startsWith(unit.path())) {
                    long[] sum = sums.computeIfAbsent(unit.id().value(), k -> new long[2]);
                    sum[0]++;
                    sum[1] += meets ? 1 : 0;
                }
            }
        }
        sums.forEach((unit, sum) -> result.put(unit, new IndicatorCount(true, sum[0], sum[1], 0, 0)));
        return result;
    }

    /** The two pool shares, as figure sources of the targets module. */
    @Configuration(proxyBeanMethods = false)
    static class Sources {

        @Bean
        FigureSource womenInPools(JdbcClient jdbc, PersonRegistry people, Units units) {
            return new PoolShare("quy-hoach-nu", Messages.text("succession.share.women.title"),
                    Messages.text("succession.share.women.explanation"),
                    (person, date) -> person.gender() == Gender.NU, jdbc, people, units);
        }

        @Bean
        FigureSource youngInPools(JdbcClient jdbc, PersonRegistry people, Units units) {
            return new PoolShare("quy-hoach-tre", Messages.text("succession.share.young.title"),
                    Messages.text("succession.share.young.explanation", SuccessionRules.Pool.YOUNG_UNDER),
                    (person, date) -> Period.between(person.birthDate(), date).getYears() < SuccessionRules.Pool.YOUNG_UNDER, jdbc, people, units);
        }
    }
}
