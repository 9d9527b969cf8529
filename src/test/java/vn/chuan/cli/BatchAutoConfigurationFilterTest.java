package vn.chuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class BatchAutoConfigurationFilterTest {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springdoc.core.configuration.SpringDocConfiguration",
            "org.springframework.boot.tomcat.autoconfigure.actuate.web.server.TomcatReactiveManagementContextAutoConfiguration"};

    private static boolean[] match(boolean batch) {
        BatchAutoConfigurationFilter filter = new BatchAutoConfigurationFilter();
        filter.setEnvironment(new MockEnvironment().withProperty(BatchAutoConfigurationFilter.PROPERTY, String.valueOf(batch)));
        return filter.match(CANDIDATES, null);
    }

    @Test
    void aBatchCommandKeepsTheDatabaseAndLeavesOutWhatOnlyTheWebServerUses() {
        assertThat(match(true)).containsExactly(true, true, false, false, false, false);
    }

    @Test
    void theWebApplicationKeepsEverything() {
        assertThat(match(false)).containsExactly(true, true, true, true, true, true);
    }
}
