package vn.chuan.shared;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How PostgreSQL plans the rest of the current transaction, where a query's kind asks otherwise than the connection's
 * defaults (the settings are local to the transaction). H2 plans its own way: nothing to do there.
 */
public final class PlanSettings {

    private PlanSettings() {
    }

    /**
     * Plans without parallel workers: for a page of a list (a few rows found walking an index), where workers start, run
     * ahead of the page and fill their queues for nothing, and for the count of its filter (a level filter at 100.000
     * persons: 411 ms with two workers, 371 ms without). The people list filtered by a title took 395 ms with two
     * workers and 20–90 ms without, and under fifty users the workers take the cores the other pages need. Reports over
     * a whole province keep their workers.
     */
    public static void serial(JdbcTemplate jdbc) {
        PostgresOnly.execute(jdbc, "set local max_parallel_workers_per_gather = 0");
    }

    /**
     * A statement's plan reused, for reads by a key only (one person's posts, levels and verdict), whose plan never
     * depends on the value. The connections plan every statement with its values ({@code plan_cache_mode =
     * force_custom_plan}, for the imports: a lookup planned on a nearly empty table kept scanning it once full); planning
     * a join again at every execution doubled its cost (pgbench, 0,07 → 0,15 ms), and an API person read is four of them:
     * its database time went from 0,90 to 0,52 ms.
     */
    public static void reusedForKeys(JdbcTemplate jdbc) {
        PostgresOnly.execute(jdbc, "set local plan_cache_mode = auto");
    }
}
