package vn.chuan.shared;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes PostgreSQL's planner statistics of tables just written in bulk, in the writer's transaction (ANALYZE counts
 * its own uncommitted rows). Without it the planner keeps judging them by their size before: a report read 227.000
 * fresh rows as if they were 20.000, sorted them on disk and took three times as long. H2 refreshes its own as rows
 * change; autovacuum would too, a minute later — where it runs: it is off on the PostgreSQL this was measured on, and the
 * people list, walked by name when the units' statistics are known, found every post of the province (300 ms) without.
 */
public final class PlannerStatistics {

    private PlannerStatistics() {
    }

    public static void refresh(JdbcTemplate jdbc, List<String> tables) {
        PostgresOnly.execute(jdbc, "analyze " + String.join(", ", tables));
    }

    /** Every table: after a load that wrote them all (the demo province). */
    public static void refreshAll(JdbcTemplate jdbc) {
        PostgresOnly.execute(jdbc, "analyze");
    }
}
