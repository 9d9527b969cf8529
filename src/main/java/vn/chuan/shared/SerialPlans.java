package vn.chuan.shared;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks PostgreSQL for plans without parallel workers for the rest of the current transaction: for a page of a list (a
 * few rows found walking an index), where workers start, run ahead of the page and fill their queues for nothing. The
 * people list filtered by a title took 395 ms with two workers and 20–90 ms without, and under fifty users the workers
 * take the cores the other pages need. Reports over a whole province keep their workers. H2 has none: nothing to do.
 */
public final class SerialPlans {

    private SerialPlans() {
    }

    /** Within a transaction (the setting is local to it). */
    public static void forThisTransaction(JdbcTemplate jdbc) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                try (var set = connection.createStatement()) {
                    set.execute("set local max_parallel_workers_per_gather = 0");
                }
            }
            return null;
        });
    }
}
