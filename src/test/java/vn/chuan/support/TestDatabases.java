package vn.chuan.support;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: an in-memory H2 by default, or a
 * fresh PostgreSQL database (created here, dropped when the JVM exits) when the system property
 * {@code chuan.test.database=postgresql} is set. Properties a test sets itself win over these.
 */
public class TestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "chuan.test.database";
    public static final String POSTGRES_ADMIN_URL = System.getProperty("chuan.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String POSTGRES_USER = System.getProperty("chuan.test.postgres.user", "postgres");

    private static final String INLINED = "Inlined Test Properties";
    private static final String INIT_SQL = "spring.datasource.hikari.connection-init-sql";
    /** Set: every test context reads its pages through the replica routing (the database standing in for its replica). */
    public static final String READ_ONLY_PAGES = "chuan.test.read-only-pages";

    public static boolean usePostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    public static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getEnvironment().getPropertySources().contains("chuanTestDatabase")
                || context.getEnvironment().containsProperty("chuan.test.keep-datasource")) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        String url = freshDatabaseUrl();
        properties.put("spring.datasource.url", url);
        if (usePostgres()) {
            properties.put("spring.datasource.username", POSTGRES_USER);
            properties.put("spring.datasource.password", "");
            // The production profile's connection settings (how PostgreSQL plans), so tests and benchmarks plan as it does.
            properties.put(INIT_SQL, productionProfile().getProperty(INIT_SQL));
            if (Boolean.getBoolean(READ_ONLY_PAGES)) {
                // The database itself as its own "replica": every page's read runs read-only, as it would on a replica.
                properties.put("chuan.datasource.replica.url", url);
            }
        }
        properties.put("chuan.demo.load-on-empty", "false");
        properties.put("chuan.admin.password", "Quantri-2026");
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        // The contexts Spring's test cache keeps hold one idle connection each, not five: some twenty contexts of five
        // reached PostgreSQL's hundred connections.
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        // Above application.properties, below what a test sets with @SpringBootTest(properties = ...).
        var sources = context.getEnvironment().getPropertySources();
        var source = new MapPropertySource("chuanTestDatabase", properties);
        if (sources.contains(INLINED)) {
            sources.addAfter(INLINED, source);
        } else {
            sources.addFirst(source);
        }
    }

    private static Properties productionProfile() {
        Properties profile = new Properties();
        try (InputStream in = TestDatabases.class.getResourceAsStream("/application-postgresql.properties")) {
            profile.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return profile;
    }

    /**
     * A new empty database of the run's kind: on PostgreSQL created now (dropped when the JVM exits), on H2 in memory
     * (kept while the JVM runs, so that several application contexts can share it).
     */
    public static String freshDatabaseUrl() {
        String name = "chuan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (usePostgres()) {
            createPostgresDatabase(name);
            return POSTGRES_ADMIN_URL.replaceFirst("/[^/]*$", "/" + name);
        }
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                // A repeated query over unchanged tables would answer H2's cached result: benchmarks time real work.
                + ";OPTIMIZE_REUSE_RESULTS=FALSE";
    }

    private static void createPostgresDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the PostgreSQL test database " + name, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL, POSTGRES_USER, "");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // the database server may already be gone at JVM exit
            }
        }));
    }
}
