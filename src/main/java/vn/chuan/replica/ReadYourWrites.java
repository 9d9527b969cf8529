package vn.chuan.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.chuan.audit.WritesCommitted;

/**
 * An officer's own writes are in their very next page: after every commit that changed records on a request's thread,
 * the primary's WAL position is kept in the officer's session (the sessions are in the database, so every instance
 * knows it); a read from the replica waits until the replica has replayed that far, at most {@code maxWait}.
 * Positions are the bytes since {@code 0/0} ({@code pg_lsn - '0/0'}): they only grow.
 */
class ReadYourWrites {

    private static final Logger log = LoggerFactory.getLogger(ReadYourWrites.class);
    static final String LAST_WRITE = ReadYourWrites.class.getName() + ".lastWrite";
    private static final long NOT_A_REPLICA = Long.MAX_VALUE;

    private final DataSource primary;
    private final Duration maxWait;
    /** The furthest position any look at the replica found replayed: a session that wrote before it needs no look. */
    private final AtomicLong replayed = new AtomicLong();

    ReadYourWrites(DataSource primary, Duration maxWait) {
        this.primary = primary;
        this.maxWait = maxWait;
    }

    @EventListener
    void on(WritesCommitted committed) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            remember(request.getRequest());
        }
    }

    /** Keeps the primary's position now in the request's session (none: an API client, nothing kept). */
    void remember(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet position = statement.executeQuery("select pg_current_wal_lsn() - '0/0'")) {
            position.next();
            long written = position.getLong(1);
            if (!(session.getAttribute(LAST_WRITE) instanceof Long kept) || kept < written) {
                session.setAttribute(LAST_WRITE, written);
            }
        } catch (SQLException e) {
            // Without the position the officer's next read may come from a replica that lags; it never fails for it.
            log.warn("Could not read the primary's WAL position: {}", e.getMessage());
        }
    }

    /** The position the current request's officer last wrote at; 0 when they wrote nothing (or no request). */
    long wanted() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null && session.getAttribute(LAST_WRITE) instanceof Long written) {
                return written;
            }
        }
        return 0;
    }

    /**
     * Whether {@code replica} has replayed {@code wanted}, looking again every 10 ms until {@code maxWait} has passed.
     * A server that is not in recovery (a promoted replica) has everything.
     */
    boolean caughtUp(Connection replica, long wanted) throws SQLException {
        if (wanted <= replayed.get()) {
            return true;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        try (Statement statement = replica.createStatement()) {
            while (true) {
                long position;
                try (ResultSet rs = statement.executeQuery(
                        "select case when pg_is_in_recovery() then pg_last_wal_replay_lsn() - '0/0' end")) {
                    rs.next();
                    long value = rs.getLong(1);
                    position = rs.wasNull() ? NOT_A_REPLICA : value;
                }
                replayed.accumulateAndGet(position, Math::max);
                if (position >= wanted) {
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }
}
