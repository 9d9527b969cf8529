package vn.chuan.training;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chuan.audit.AuditLog;
import vn.chuan.audit.UntilNextCommit;
import vn.chuan.reports.IndicatorCount;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.shared.StaffCategory;
import vn.chuan.targets.FigureSource;
import vn.chuan.units.Unit;

/**
 * Yearly training rates as target indicators, from the training records: of the people of a
 * population holding a post on the date, the share who completed a programme of given kinds in that
 * calendar year (or, for managers, before their appointment). Điện Biên Phủ's plan 774 sets four of
 * them every year (seeds/001); the kinds each counts are this module's reading of the plan's words
 * (regulations.md: the programme kinds of TT 01/2018/TT-BNV Art. 6), written in each description.
 */
@Configuration(proxyBeanMethods = false)
class TrainingRates {

    private static final String SOURCE = Messages.text("training.rates.source");

    @Bean
    FigureSource lawAndEthicsUpdate(JdbcClient jdbc, AuditLog audit) {
        return new Rate(jdbc, audit, "dao-tao-cap-nhat-phap-luat",
                Messages.text("training.rates.updated.title"),
                Messages.text("training.rates.updated.goal", SOURCE),
                Messages.text("training.rates.updated.explanation"),
                Set.of(StaffCategory.CB, StaffCategory.CC), Set.of("VTVL"), false);
    }

    @Bean
    FigureSource skillsAndMethods(JdbcClient jdbc, AuditLog audit) {
        return new Rate(jdbc, audit, "dao-tao-ky-nang", Messages.text("training.rates.skills.title"),
                Messages.text("training.rates.skills.goal", SOURCE),
                Messages.text("training.rates.skills.explanation"),
                Set.of(StaffCategory.CB, StaffCategory.CC), Set.of("LANH_DAO", "QLNN"), false);
    }

    @Bean
    FigureSource publicEmployeesToTitleStandards(JdbcClient jdbc, AuditLog audit) {
        return new Rate(jdbc, audit, "dao-tao-vien-chuc-chuc-danh", Messages.text("training.rates.publicEmployees.title"),
                Messages.text("training.rates.publicEmployees.goal", SOURCE), Messages.text("training.rates.publicEmployees.explanation"),
                Set.of(StaffCategory.VC), Set.of("CHUYEN_MON"), false);
    }

    @Bean
    FigureSource managersBeforeAppointment(JdbcClient jdbc, AuditLog audit) {
        return new Rate(jdbc, audit, "dao-tao-truoc-bo-nhiem", Messages.text("training.rates.managers.title"),
                Messages.text("training.rates.skills.goal", SOURCE), Messages.text("training.rates.managers.explanation"),
                Set.of(StaffCategory.VC), Set.of("LANH_DAO"), true);
    }

    /** One rate: who is counted (categories; appointed in the year), what counts as trained (kinds; in the year or before). */
    static final class Rate implements FigureSource {

        private final JdbcClient jdbc;
        /** A targets page asks every rate for six dates on each view: kept until the next commit. */
        private final UntilNextCommit<List<Object>, Map<Long, IndicatorCount>> counted;
        private final String key;
        private final String name;
        private final String source;
        private final String description;
        private final Set<StaffCategory> categories;
        private final Set<String> kinds;
        private final boolean beforeAppointment;

        Rate(JdbcClient jdbc, AuditLog audit, String key, String name, String source, String description, Set<StaffCategory> categories,
                Set<String> kinds, boolean beforeAppointment) {
            this.jdbc = jdbc;
            this.counted = new UntilNextCommit<>(audit, 64);
            this.key = key;
            this.name = name;
            this.source = source;
            this.description = description;
            this.categories = categories;
            this.kinds = kinds;
            this.beforeAppointment = beforeAppointment;
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
        public String source() {
            return source;
        }

        @Override
        public String description() {
            return description;
        }

        /** Per unit path of the posts held on the date: how many, how many trained as the rate asks; added up each unit on the path. */
        @Override
        public Map<Long, IndicatorCount> counts(UserScope scope, Unit root, LocalDate date) {
            return counted.get(List.of(scope.likePrefix(), root.path(), date), () -> count(scope, root, date));
        }

        private Map<Long, IndicatorCount> count(UserScope scope, Unit root, LocalDate date) {
            // Who was trained, read once per person and joined: a subquery per post took seconds a targets page.
            String inYear = beforeAppointment ? "" : " and c.ends_on >= :yearStart and c.ends_on <= :d";
            String trained = beforeAppointment ? "t.first_end < a.started_on" : "t.person_id is not null";
            String appointed = beforeAppointment ? " and a.start_reason = 'BO_NHIEM' and a.started_on >= :yearStart" : "";
            String sql = """
                    select u.path, count(*) as pop, sum(case when %s then 1 else 0 end) as meet
                    from assignment a join unit u on u.id = a.unit_id
                    left join (select e.person_id, min(c.ends_on) as first_end
                               from enrolment e join training_class c on c.id = e.class_id join training_programme p on p.id = c.programme_id
                               where e.status = 'HOAN_THANH' and p.kind_code in (:kinds) %s
                               group by e.person_id) t on t.person_id = a.person_id
                    where a.kind = 'CHINH' and a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d) and u.path like :prefix
                      and u.path like :scope and a.category in (:categories) %s
                    group by u.path
                    """.formatted(trained, inYear, appointed);
            Map<Long, long[]> sums = new HashMap<>();
            int rootDepth = root.depth();
            jdbc.sql(sql).param("d", date).param("yearStart", LocalDate.of(date.getYear(), 1, 1)).param("prefix", root.path() + "%")
                    .param("scope", scope.likePrefix()).param("kinds", List.copyOf(kinds))
                    .param("categories", categories.stream().map(Enum::name).toList())
                    .query(rs -> {
                        String[] ids = rs.getString("path").split("/");
                        for (int i = rootDepth; i < ids.length; i++) {
                            long[] sum = sums.computeIfAbsent(Long.parseLong(ids[i]), k -> new long[2]);
                            sum[0] += rs.getLong("pop");
                            sum[1] += rs.getLong("meet");
                        }
                    });
            Map<Long, IndicatorCount> counts = new HashMap<>();
            sums.forEach((unit, s) -> counts.put(unit, new IndicatorCount(true, s[0], s[1], 0, 0)));
            return counts;
        }
    }
}
