package vn.chuan.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chuan.ChuanApplication;
import vn.chuan.cli.CommandLine;
import vn.chuan.imports.DirectImport;
import vn.chuan.imports.ImportProgress;
import vn.chuan.imports.ImportSource;
import vn.chuan.imports.PeopleImport;
import vn.chuan.security.UserScope;
import vn.chuan.units.Units;

/**
 * The import of a generated province in a running application (the web import's path, without the upload): the
 * first time, when the import's code is still interpreted and compiled as it runs — what a batch command pays every
 * time — and again once it is compiled (the records emptied behind the application's back in between), then the same
 * file a third time (nothing changes). The anchor, on PostgreSQL, in the same run: a plain COPY of the same persons,
 * posts and levels into empty tables shaped like them. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=ImportBenchmark [-Dchuan.test.database=postgresql] [-Dchuan.bench.persons=N]}.
 */
@Tag("benchmark")
@Tag("db")
@SpringBootTest(properties = {"chuan.demo.load-on-empty=false", "logging.level.vn.chuan=WARN"})
class ImportBenchmark {

    private static final int PERSONS = Integer.getInteger("chuan.bench.persons", 100_000);
    /** What an import of new persons writes; emptied between the first and the second import. */
    private static final List<String> WRITTEN = List.of("person", "assignment", "qualification", "person_standing", "report_person",
            "report_tally", "report_history", "report_verdict", "report_year_end", "report_year_end_label", "report_year_end_verdict",
            "audit_change", "audit_entry");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleImport importer;
    @Autowired
    Units units;
    @Autowired
    Clock clock;

    private final StringBuilder out = new StringBuilder();

    @Test
    void importFirstThenOnceCompiled(@TempDir Path dir) throws Exception {
        Path people = dir.resolve("people.xlsx");
        Path unitList = dir.resolve("units.csv");
        if (CommandLine.run(new String[] {"generate", "--persons", String.valueOf(PERSONS), "--seed", "1", "--out", people.toString(),
                "--units-out", unitList.toString()}, ChuanApplication.class) != 0) {
            throw new IllegalStateException("the province was not generated");
        }
        try (InputStream in = Files.newInputStream(unitList)) {
            units.importOfficialList(in, "units.csv", LocalDate.now(clock));
        }
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.isWrapperFor(PGConnection.class);
        }
        line("%,d rows (%,d KB xlsx); %s, %d cores, max heap %d MB", PERSONS, Files.size(people) >> 10, postgres ? "PostgreSQL" : "H2",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        double first = timedImport(people, "first import, its code compiled as it runs (what a batch command pays)");
        double anchor = postgres ? plainCopy() : Double.NaN;
        for (String table : WRITTEN) {
            jdbc.sql("delete from " + table).update();
        }
        double compiled = timedImport(people, "the same import once its code is compiled (a running server's second import)");
        timedImport(people, "the same file again, nothing changes");
        if (postgres) {
            line("anchor: plain COPY of the same persons, posts and levels into empty tables with their indexes: %.1f s; "
                    + "the import %.1f× it first, %.1f× once compiled", anchor, first / anchor, compiled / anchor);
        }
        System.out.println(out);
        Path file = Path.of("target", "benchmarks", "import-" + PERSONS + "-" + (postgres ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private double timedImport(Path file, String what) {
        long started = System.nanoTime();
        DirectImport result = importer.importDirectly(UserScope.everything(true), ImportSource.of(file), "people.xlsx", false,
                ImportProgress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!result.errors().isEmpty() || !result.fileErrors().isEmpty()) {
            throw new IllegalStateException("the import refused rows: " + result.errors() + result.fileErrors());
        }
        line("%s: %.1f s (%,d created, %,d unchanged)", what, seconds, result.result().created(), result.result().unchanged());
        return seconds;
    }

    /** COPY of the three record tables out of the database and into empty tables like them, in one transaction. */
    private double plainCopy() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<String> tables = List.of("person", "assignment", "qualification");
            byte[][] rows = new byte[tables.size()][];
            for (int i = 0; i < rows.length; i++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                copy.copyOut("copy " + tables.get(i) + " to stdout", bytes);
                rows[i] = bytes.toByteArray();
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (var statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("create table anchor_" + table + " (like " + table + " including all)");
                }
            }
            for (int i = 0; i < rows.length; i++) {
                copy.copyIn("copy anchor_" + tables.get(i) + " from stdin", new ByteArrayInputStream(rows[i]));
            }
            connection.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            try (var statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("drop table anchor_" + table);
                }
            }
            connection.commit();
            return seconds;
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        out.append(text).append('\n');
        System.out.println("[bench] " + text);
    }
}
