package vn.chuan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures read from the records, each kept until the next commit. Every change is audited and every audited transaction
 * takes the next commit sequence ({@link AuditLog#lastCommit()}, in the database: another instance's commit counts too),
 * so a figure computed when the sequence was N is served again while it is still N, and computed afresh after any change.
 * Inside a writing transaction nothing is served or kept: its own writes are not committed yet. At most {@code capacity}
 * figures are kept, the least recently used dropped first. A figure asked again while it is being computed for the same
 * commit is waited for, not computed a second time: after a commit, the officers on the province's dashboard would
 * otherwise each compute it at once.
 */
public final class UntilNextCommit<K, V> {

    /** A figure of one commit: computed, or still being computed by the caller who asked first. */
    private record Kept<V>(long commit, CompletableFuture<V> value) {
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
        Kept<V> mine = new Kept<>(commit, new CompletableFuture<>());
        Kept<V> known;
        synchronized (kept) {
            known = kept.get(key);
            if (known == null || known.commit() != commit) {
                kept.put(key, mine);
            }
        }
        if (known != null && known.commit() == commit) {
            return awaited(known.value(), compute);
        }
        try {
            // Read after the sequence: a commit in between is in the value or makes the next call compute it again.
            V value = compute.get();
            mine.value().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (kept) {
                kept.remove(key, mine);
            }
            mine.value().completeExceptionally(e);
            throw e;
        }
    }

    /** A figure kept or being computed for this commit; if its computation failed, this caller's own (and its own error). */
    private static <V> V awaited(CompletableFuture<V> value, Supplier<V> compute) {
        try {
            return value.get();
        } catch (ExecutionException e) {
            return compute.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
