package vn.chuan.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connections of read-only transactions: the replica's, once it has replayed the officer's last write; the
 * primary's when it has not within the wait, or when the replica cannot be reached (then, for half a minute, without
 * trying it again: a replica that is down slows no page).
 */
class ReplicaRouting extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final DataSource primary;
    private final ReadYourWrites readYourWrites;
    private final AtomicLong downUntil = new AtomicLong();

    ReplicaRouting(DataSource replica, DataSource primary, ReadYourWrites readYourWrites) {
        super(replica);
        this.primary = primary;
        this.readYourWrites = readYourWrites;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (System.currentTimeMillis() < downUntil.get()) {
            return primary.getConnection();
        }
        Connection replica;
        try {
            replica = obtainTargetDataSource().getConnection();
        } catch (SQLException e) {
            downUntil.set(System.currentTimeMillis() + RETRY_AFTER.toMillis());
            log.warn("Replica unreachable, reading from the primary for {} s: {}", RETRY_AFTER.toSeconds(), e.getMessage());
            return primary.getConnection();
        }
        try {
            if (readYourWrites.caughtUp(replica, readYourWrites.wanted())) {
                return replica;
            }
        } catch (SQLException e) {
            log.warn("Replica's position unreadable, reading from the primary: {}", e.getMessage());
        }
        replica.close();
        return primary.getConnection();
    }
}
