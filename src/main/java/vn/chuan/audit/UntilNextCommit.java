package vn.chuan.audit;

import java.util.HashMap;
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

    private record Kept<V>(long commit, V value) {
    }

    private record Computing<V>(long commit, CompletableFuture<V> value) {
    }

    private final AuditLog audit;
    /** Guards {@link #computing} too. */
    private final Map<K, Kept<V>> kept;
    private final Map<K, Computing<V>> computing = new HashMap<>();

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
        CompletableFuture<V> theirs = null;
        CompletableFuture<V> mine = null;
        synchronized (kept) {
            Kept<V> known = kept.get(key);
            if (known != null && known.commit() == commit) {
                return known.value();
            }
            Computing<V> running = computing.get(key);
            if (running != null && running.commit() == commit) {
                theirs = running.value();
            } else {
                mine = new CompletableFuture<>();
                computing.put(key, new Computing<>(commit, mine));
            }
        }
        if (theirs != null) {
            return awaited(theirs, compute);
        }
        try {
            // Read after the sequence: a commit in between is in the value or makes the next call compute it again.
            V value = compute.get();
            synchronized (kept) {
                kept.put(key, new Kept<>(commit, value));
                forget(key, mine);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (kept) {
                forget(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private void forget(K key, CompletableFuture<V> mine) {
        Computing<V> running = computing.get(key);
        if (running != null && running.value() == mine) {
            computing.remove(key);
        }
    }

    /** Another caller's figure for the same commit; if its computation failed, this caller's own (and its own error). */
    private static <V> V awaited(CompletableFuture<V> theirs, Supplier<V> compute) {
        try {
            return theirs.get();
        } catch (ExecutionException e) {
            return compute.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
