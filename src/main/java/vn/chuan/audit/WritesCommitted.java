package vn.chuan.audit;

/**
 * Published on the committing thread right after a transaction that changed records (wrote audit entries) committed:
 * what a reader of a replica must wait for before it sees the change (see {@code replica.ReadYourWrites}).
 */
public record WritesCommitted(long transaction) {
}
