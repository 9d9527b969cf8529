package vn.chuan.shared;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** A statement that only PostgreSQL understands or needs (planner settings, statistics): nothing is sent to H2. */
final class PostgresOnly {

    private PostgresOnly() {
    }

    static void execute(JdbcTemplate jdbc, String statement) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                try (var sent = connection.createStatement()) {
                    sent.execute(statement);
                }
            }
            return null;
        });
    }
}
