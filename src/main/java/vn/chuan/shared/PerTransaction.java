package vn.chuan.shared;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value kept for the running transaction: made at its first use, with the callbacks it needs at
 * the commit registered once, and forgotten when the transaction completes. Used for what is
 * gathered during a transaction and acted on once at its end (audit commit numbers, report tallies,
 * caches to forget).
 */
public final class PerTransaction {

    private PerTransaction() {
    }

    /** The value bound under {@code key} to the running transaction, made by {@code create} at first use; nothing to do at its end. */
    public static <T> T value(Object key, Supplier<T> create) {
        return value(key, create, value -> new TransactionSynchronization() {
        });
    }

    /**
     * The value bound under {@code key} to the running transaction (which must have synchronization
     * active); at first use, {@code create} makes it and {@code callbacks} gives what to run at the
     * transaction's end for it.
     */
    @SuppressWarnings("unchecked")
    public static <T> T value(Object key, Supplier<T> create, Function<T, TransactionSynchronization> callbacks) {
        Object bound = TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return (T) bound;
        }
        T value = create.get();
        TransactionSynchronizationManager.bindResource(key, value);
        TransactionSynchronization inner = callbacks.apply(value);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                inner.beforeCommit(readOnly);
            }

            @Override
            public void afterCommit() {
                inner.afterCommit();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                inner.afterCompletion(status);
            }
        });
        return value;
    }
}
