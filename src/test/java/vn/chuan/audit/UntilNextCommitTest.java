package vn.chuan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kept figure is served until the next commit, computed again after it, and never kept from inside a writing transaction;
 * asked while it is being computed, it is waited for, not computed twice.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class UntilNextCommitTest {

    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aFigureIsComputedAgainOnlyAfterACommit() {
        UntilNextCommit<String, Integer> figures = new UntilNextCommit<>(audit, 2);
        AtomicInteger computed = new AtomicInteger();

        assertThat(figures.get("a", computed::incrementAndGet)).isEqualTo(1);
        assertThat(figures.get("a", computed::incrementAndGet)).as("nothing committed: the kept figure").isEqualTo(1);
        assertThat(figures.get("b", computed::incrementAndGet)).as("another key").isEqualTo(2);

        transaction.executeWithoutResult(status -> audit.record(AuditEvent.of("TEST", 1L, "CHANGE").summary("a change").build()));
        assertThat(figures.get("a", computed::incrementAndGet)).as("after a commit: computed again").isEqualTo(3);
        assertThat(figures.get("a", computed::incrementAndGet)).isEqualTo(3);

        int inside = transaction.execute(status -> {
            audit.record(AuditEvent.of("TEST", 1L, "CHANGE").summary("not committed yet").build());
            return figures.get("a", computed::incrementAndGet);
        });
        assertThat(inside).as("inside a writing transaction: computed, not served from what was kept").isEqualTo(4);
        assertThat(figures.get("a", computed::incrementAndGet)).as("the writer committed: computed again").isEqualTo(5);

        figures.get("b", computed::incrementAndGet);
        figures.get("c", computed::incrementAndGet);
        int before = computed.get();
        figures.get("a", computed::incrementAndGet);
        assertThat(computed.get()).as("two kept at most: the least recently used went").isEqualTo(before + 1);
    }

    @Test
    void aFigureAskedWhileItIsBeingComputedIsWaitedForNotComputedTwice() throws Exception {
        UntilNextCommit<String, Integer> figures = new UntilNextCommit<>(audit, 10);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Integer> slow = () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return computed.incrementAndGet();
        };
        CompletableFuture<Integer> first = new CompletableFuture<>();
        Thread firstAsker = new Thread(() -> first.complete(figures.get("dashboard", slow)));
        firstAsker.start();
        started.await();
        CompletableFuture<Integer> second = new CompletableFuture<>();
        Thread secondAsker = new Thread(() -> second.complete(figures.get("dashboard", slow)));
        secondAsker.start();
        // The second asker waits (for the first's figure, or, computing it itself, for the same release).
        while (secondAsker.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        release.countDown();
        firstAsker.join();
        secondAsker.join();

        assertThat(first.get()).isEqualTo(1);
        assertThat(second.get()).as("the first asker's figure").isEqualTo(1);
        assertThat(computed.get()).as("computed once").isEqualTo(1);
    }
}
