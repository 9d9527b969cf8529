package vn.chuan.shared;

import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes PostgreSQL's planner statistics of tables just written in bulk, in the writer's transaction (ANALYZE counts
 * its own uncommitted rows). Without it the planner keeps judging them by their size before: a report read 227.000
 * fresh rows as if they were 20.000, sorted them on disk and took three times as long. H2 refreshes its own as rows
 * change; autovacuum would too, a minute later.
 */
public final class PlannerStatistics {

    private PlannerStatistics() {
    }

    public static void refresh(JdbcTemplate jdbc, List<String> tables) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                try (var statement = connection.createStatement()) {
                    statement.execute("analyze " + String.join(", ", tables));
                }
            }
            return null;
        });
    }
}
