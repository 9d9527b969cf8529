package vn.chuan.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version, in the database ({@code kept_version}), of something each application instance keeps in memory because
 * it is read all the time and changes rarely (the standard sets): the writer bumps it in its transaction, a reader
 * compares it with the version of what it keeps. So a change through one instance is used by every other one from the
 * next transaction on. Read at most once per transaction (a bulk assessment reads the sets for every person).
 */
public final class KeptVersion {

    private final JdbcClient jdbc;
    private final String name;

    public KeptVersion(JdbcClient jdbc, String name) {
        this.jdbc = jdbc;
        this.name = name;
    }

    /** The version now: as the running transaction read it first, or read now outside one. */
    public long current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return latest();
        }
        long[] seen = PerTransaction.value(this, () -> new long[] {latest()});
        if (seen[0] < 0) {
            seen[0] = latest();
        }
        return seen[0];
    }

    /** A change in the running transaction: every instance (this one too) loads again what it keeps once it commits. */
    public void bump() {
        jdbc.sql("update kept_version set version = version + 1 where name = :name").param("name", name).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Read again in this transaction: what it loads after its own change is kept under the new version.
            PerTransaction.value(this, () -> new long[] {-1})[0] = -1;
        }
    }

    /** The version as the database has it now, whatever the running transaction read before. */
    public long latest() {
        return jdbc.sql("select version from kept_version where name = :name").param("name", name).query(Long.class).single();
    }
}
