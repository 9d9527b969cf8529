package vn.chuan.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.ChuanApplication;

/**
 * Two instances of the application, each with its own web server on a free port, on one fresh database of the run's
 * kind: what a load balancer puts in front of. Close it to stop both.
 */
public final class TwoInstances implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "Quantri-2026";

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    private TwoInstances(String... extraArgs) {
        String url = TestDatabases.freshDatabaseUrl();
        List<String> args = new ArrayList<>(List.of("--chuan.test.keep-datasource=true", "--spring.datasource.url=" + url,
                "--server.port=0", "--chuan.demo.load-on-empty=false", "--chuan.admin.password=" + ADMIN_PASSWORD,
                "--chuan.reminders.enabled=false", "--spring.datasource.hikari.maximum-pool-size=5"));
        if (TestDatabases.usePostgres()) {
            args.add("--spring.datasource.username=" + TestDatabases.POSTGRES_USER);
            args.add("--spring.datasource.password=");
        }
        args.addAll(List.of(extraArgs));
        for (int i = 0; i < 2; i++) {
            contexts.add(new SpringApplicationBuilder(ChuanApplication.class).run(args.toArray(String[]::new)));
        }
    }

    public static TwoInstances start(String... extraArgs) {
        return new TwoInstances(extraArgs);
    }

    public ConfigurableApplicationContext one() {
        return contexts.get(0);
    }

    public ConfigurableApplicationContext two() {
        return contexts.get(1);
    }

    /** The address of an instance's web server: {@code http://localhost:PORT}. */
    public static String address(ConfigurableApplicationContext instance) {
        return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Override
    public void close() {
        contexts.forEach(context -> SpringApplication.exit(context));
    }
}
