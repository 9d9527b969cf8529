package vn.chuan.benchmark;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writing generated rows fast and timing work, for the benchmarks: PostgreSQL by COPY (millions of rows
 * in minutes, not tens of minutes), H2 by multi-row inserts of a thousand rows. Values are generated
 * (no quotes to escape); every value is written as a quoted literal.
 */
final class BulkRows {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean postgres;

    BulkRows(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    boolean postgres() {
        return postgres;
    }

    static String[] row(Object... values) {
        return Arrays.stream(values).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }

    /** {@code table} names the columns, e.g. {@code "person (id, code)"}. */
    void write(String table, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            StringBuilder csv = new StringBuilder();
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    csv.append(i == 0 ? "" : ",").append(row[i] == null ? "" : "\"" + row[i] + "\"");
                }
                csv.append('\n');
            }
            try (var connection = dataSource.getConnection()) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + table + " from stdin with (format csv)", new StringReader(csv.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            StringBuilder sql = new StringBuilder("insert into ").append(table).append(" values ");
            for (int r = from; r < Math.min(rows.size(), from + 1000); r++) {
                sql.append(r == from ? "(" : ",(");
                String[] row = rows.get(r);
                for (int i = 0; i < row.length; i++) {
                    sql.append(i == 0 ? "" : ", ").append(row[i] == null ? "null" : "'" + row[i] + "'");
                }
                sql.append(')');
            }
            jdbc.sql(sql.toString()).update();
        }
    }

    /** Statistics for the planner once the rows are in. */
    void analyze(String... tables) {
        if (postgres) {
            for (String table : tables) {
                jdbc.sql("analyze " + table).update();
            }
        } else {
            jdbc.sql("analyze").update();
        }
    }

    record Timing(double median, double p95, double max) {
    }

    static Timing time(int warmup, int runs, Supplier<?> work) {
        return time(warmup, runs, () -> { }, work);
    }

    /** Times {@code work}, each run after {@code before} (untimed: what the work follows, such as a change). */
    static Timing time(int warmup, int runs, Runnable before, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            before.run();
            work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            before.run();
            long start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timing(nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, (int) (runs * 0.95))] / 1e6, nanos[runs - 1] / 1e6);
    }
}
