package vn.chuan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;

/** The embedded database is a file: what was loaded or changed is there after a restart, and loaded only once. */
class RestartKeepsDataTest {

    @Test
    void theDemoProvinceIsLoadedOnceAndSurvivesARestart(@TempDir Path dir) {
        String[] args = {"--chuan.test.keep-datasource=true",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("chuan") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--chuan.demo.load-on-empty=true", "--chuan.demo.persons=200", "--chuan.admin.password=Quantri-2026"};
        long first;
        try (ConfigurableApplicationContext context = start(args)) {
            first = count(context);
        }
        try (ConfigurableApplicationContext context = start(args)) {
            assertThat(count(context)).isEqualTo(first);
            assertThat(context.getBean(PersonRegistry.class).count()).isLessThan(400);
        }
        assertThat(first).isEqualTo(200);
    }

    private static ConfigurableApplicationContext start(String[] args) {
        return new SpringApplicationBuilder(ChuanApplication.class).web(WebApplicationType.NONE).run(args);
    }

    private static long count(ConfigurableApplicationContext context) {
        return context.getBean(PersonRegistry.class)
                .search(UserScope.everything(false), PersonSearch.all(Dates.today())).total();
    }
}
