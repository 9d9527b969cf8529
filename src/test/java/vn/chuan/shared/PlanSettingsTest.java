package vn.chuan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.support.TestDatabases;

/**
 * How PostgreSQL plans the application's statements: every connection plans each statement with its values and without
 * JIT compilation (the production profile's settings, which the tests use too); a page of a list plans without parallel
 * workers and a key read reuses its plan, both for their own transaction only. On H2 nothing is sent.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PlanSettingsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void connectionsPlanWithValuesAndWithoutJitAndAPageOrAKeyReadChangesOnlyItsOwnTransaction() {
        if (!TestDatabases.usePostgres()) {
            transaction.executeWithoutResult(status -> {
                PlanSettings.serial(jdbc);
                PlanSettings.reusedForKeys(jdbc);
            });
            assertThat(jdbc.queryForObject("select 1", Integer.class)).isEqualTo(1);
            return;
        }
        List<String> defaults = settings();
        assertThat(defaults.get(0)).isEqualTo("off");
        assertThat(defaults.get(1)).isEqualTo("force_custom_plan");
        assertThat(defaults.get(2)).isNotEqualTo("0");

        List<String> inPage = transaction.execute(status -> {
            PlanSettings.serial(jdbc);
            PlanSettings.reusedForKeys(jdbc);
            return settings();
        });
        assertThat(inPage).containsExactly("off", "auto", "0");
        assertThat(settings()).isEqualTo(defaults);
    }

    private List<String> settings() {
        return jdbc.queryForObject("select current_setting('jit') as jit, current_setting('plan_cache_mode') as plans, "
                + "current_setting('max_parallel_workers_per_gather') as workers",
                (rs, n) -> List.of(rs.getString("jit"), rs.getString("plans"), rs.getString("workers")));
    }
}
