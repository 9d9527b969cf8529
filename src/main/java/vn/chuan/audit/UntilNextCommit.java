package vn.chuan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures read from the records, each kept until the next commit. Every change is audited and every audited transaction
 * takes the next commit sequence ({@link AuditLog#lastCommit()}, in the database: another instance's commit counts too),
 * so a figure computed when the sequence was N is served again while it is still N, and computed afresh after any change.
 * Inside a writing transaction nothing is served or kept: its own writes are not committed yet. At most {@code capacity}
 * figures are kept, the least recently used dropped first.
 */
public final class UntilNextCommit<K, V> {

    private record Kept<V>(long commit, V value) {
    }

    private final AuditLog audit;
    private final Map<K, Kept<V>> kept;

    public UntilNextCommit(AuditLog audit, int capacity) {
        this.audit = audit;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The figure of {@code key}: the one kept if nothing was committed since, else {@code compute}'s (then kept). */
    public V get(K key, Supplier<V> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        long commit = audit.lastCommit();
        synchronized (kept) {
            Kept<V> known = kept.get(key);
            if (known != null && known.commit() == commit) {
                return known.value();
            }
        }
        // Read after the sequence: a commit in between is in the value or makes the next call compute it again.
        V value = compute.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(commit, value));
        }
        return value;
    }
}
