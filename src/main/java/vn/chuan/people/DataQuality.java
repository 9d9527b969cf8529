package vn.chuan.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.security.UserScope;

/** Runs the data-quality rules of {@link DataQualityRules} over the records in a scope. */
@Service
public class DataQuality {

    /**
     * A finding's home unit on :d: the post held then, else the latest post. Computed per finding
     * (findings are few), as "path|name" so that one subquery gives both.
     */
    private static final String HOME = """
            (select u.path || '|' || u.name from assignment x join unit u on u.id = x.unit_id
             where x.person_id = f.person_id order by %s fetch first 1 rows only)
            """.formatted(PersonRepository.homeOrder("x"));

    private final JdbcClient jdbc;

    DataQuality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String unitName(String home) {
        return home == null ? "" : home.substring(home.indexOf('|') + 1);
    }

    public List<QualityRule> rules() {
        return DataQualityRules.ALL.stream().map(DataQualityRules.Rule::rule).toList();
    }

    /** Every rule's findings for the people whose home unit lies under {@code unitPath} (within the scope). */
    @Transactional(readOnly = true)
    public QualityReport check(UserScope scope, Optional<String> unitPath, LocalDate date, int shownPerRule) {
        String prefix = unitPath.filter(scope::covers).orElse(scope.path()) + "%";
        List<QualityReport.RuleResult> results = new ArrayList<>();
        for (DataQualityRules.Rule rule : DataQualityRules.ALL) {
            String sql = "select * from (select f.*, p.code as person_code, p.full_name, p.given_key, " + HOME + " as home "
                    + "from (" + rule.sql() + ") f join person p on p.id = f.person_id) t "
                    + "where t.home like :scope order by t.given_key, t.person_id";
            List<QualityFinding> findings = new ArrayList<>();
            long[] count = {0};
            jdbc.sql(sql).param("d", date).param("scope", prefix).query(rs -> {
                count[0]++;
                if (findings.size() < shownPerRule) {
                    findings.add(new QualityFinding(rs.getLong("person_id"), rs.getString("person_code"),
                            rs.getString("full_name"), unitName(rs.getString("home")), rule.detail().of(rs)));
                }
            });
            results.add(new QualityReport.RuleResult(rule.rule(), count[0], findings));
        }
        return new QualityReport(date, results);
    }
}
