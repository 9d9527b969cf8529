package vn.chuan.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server, on the configured database, for batch commands. */
final class ApplicationContexts {

    static Class<?> application;

    private ApplicationContexts() {
    }

    static ConfigurableApplicationContext open() {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN", "logging.level.vn.chuan=WARN",
                        "logging.level.org.flywaydb.core.internal.database.base.Database=ERROR")
                // As arguments, so that they win over application.properties: a batch command never loads demo
                // data, and brings the report tallies up to date only if it reports.
                .run("--" + BatchAutoConfigurationFilter.PROPERTY + "=true", "--chuan.demo.load-on-empty=false",
                        "--chuan.reports.update-on-start=false", "--springdoc.api-docs.enabled=false", "--springdoc.swagger-ui.enabled=false");
    }
}
