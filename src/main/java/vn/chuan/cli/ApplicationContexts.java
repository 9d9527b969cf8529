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
                .properties("spring.main.banner-mode=off", "chuan.demo.load-on-empty=false",
                        "logging.level.root=WARN", "logging.level.vn.chuan=WARN")
                .run();
    }
}
