package vn.chuan.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.ChuanApplication;

/** The application without its web server, on the configured database, for batch commands. */
final class ApplicationContexts {

    private ApplicationContexts() {
    }

    static ConfigurableApplicationContext open() {
        return new SpringApplicationBuilder(ChuanApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "chuan.demo.load-on-empty=false",
                        "logging.level.root=WARN", "logging.level.vn.chuan=WARN")
                .run();
    }
}
