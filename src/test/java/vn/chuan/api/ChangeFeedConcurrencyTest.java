package vn.chuan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditLog;
import vn.chuan.audit.ChangeFeed;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * A reader follows the feed while several writers commit, some slowly: an entry whose id was handed
 * out early but committed late must still be read, and nothing may be read twice.
 */
@Tag("db")
@SpringBootTest
class ChangeFeedConcurrencyTest {

    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    ChangeFeed feed;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aReaderFollowingTheCursorMissesNothingAndSeesNothingTwiceUnderConcurrentWrites() throws Exception {
        TestProvince province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("F"));
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            persons.add(province.person("Người Thứ " + i, province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2015, 1, 1)));
        }
        Set<Long> ours = new HashSet<>(persons.stream().map(PersonId::value).toList());
        ChangeFeed.Cursor start = feed.latest();

        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < persons.size(); w++) {
            PersonId person = persons.get(w);
            boolean slow = w % 2 == 0;
            writers.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perWriter; i++) {
                    transaction.executeWithoutResult(status -> {
                        registry.grantQualification(TestProvince.EVERYTHING, person, new QualificationDetails(Dimension.IT,
                                Dimension.IT.level("CO_BAN"), null, null, null, "Chứng chỉ " + System.nanoTime()));
                        if (slow) {
                            // The entry has its id; commit late, after faster writers have committed theirs.
                            sleep(15);
                        }
                    });
                }
                return null;
            }));
        }
        Set<String> seen = new HashSet<>();
        List<ChangeFeed.Entry> read = new ArrayList<>();
        Future<?> reader = pool.submit(() -> {
            go.await();
            ChangeFeed.Cursor cursor = start;
            while (true) {
                boolean done = !writing.get();
                List<ChangeFeed.Entry> page = feed.after(cursor, 7);
                for (ChangeFeed.Entry entry : page) {
                    if (ours.contains(entry.personId())) {
                        read.add(entry);
                    }
                    assertThat(seen.add(entry.cursor().toString())).as("read twice: %s", entry.cursor()).isTrue();
                }
                if (!page.isEmpty()) {
                    cursor = page.get(page.size() - 1).cursor();
                } else if (done) {
                    return null;
                } else {
                    sleep(2);
                }
            }
        });
        go.countDown();
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        long written = persons.stream().mapToLong(p -> audit.historyOfPerson(p.value()).stream()
                .filter(r -> r.action().equals("QUALIFICATION_GRANTED")).count()).sum();
        assertThat(written).isEqualTo((long) perWriter * persons.size());
        assertThat(read).hasSize((int) written);
        assertThat(read).allMatch(e -> e.action().equals("QUALIFICATION_GRANTED"));
        // The slow writers' entries were read even though faster writers committed higher ids first.
        List<Long> ids = read.stream().map(e -> e.cursor().entryId()).toList();
        assertThat(ids).isNotEqualTo(ids.stream().sorted().toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
