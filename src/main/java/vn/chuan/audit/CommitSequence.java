package vn.chuan.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.chuan.shared.PerTransaction;

/**
 * Numbers the transactions that wrote audit entries in the order they commit. The first entry of a
 * transaction takes a transaction number; just before the commit the transaction takes the next
 * commit sequence by updating one counter row, whose lock it keeps until it has committed. A second
 * writer waits there for the first to commit, so a reader that has seen sequence N will never later
 * find a smaller one. The lock is held only for the last two statements of a transaction.
 */
@Component
class CommitSequence {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommitSequence(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The running transaction's number, taken at its first audit entry. */
    long currentTransaction() {
        return PerTransaction.value(this, () -> jdbc.sql("select nextval('audit_tx_seq')").query(Long.class).single(),
                txId -> new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        commit(txId);
                    }

                    @Override
                    public void afterCommit() {
                        events.publishEvent(new WritesCommitted(txId));
                    }
                });
    }

    private void commit(long txId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            // The request's later reads of the last commit must see this one.
            request.removeAttribute(AuditLog.LAST_COMMIT, RequestAttributes.SCOPE_REQUEST);
        }
        jdbc.sql("update audit_commit_counter set last_seq = last_seq + 1 where id = 1").update();
        long seq = jdbc.sql("select last_seq from audit_commit_counter where id = 1").query(Long.class).single();
        jdbc.sql("insert into audit_commit (seq, tx_id, committed_at) values (:seq, :tx, :at)")
                .param("seq", seq).param("tx", txId).param("at", Timestamp.valueOf(LocalDateTime.now(clock)))
                .update();
    }
}
