package vn.chuan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail itself: an entry lives and dies with the change it describes, names who made it,
 * keeps old and new values (long ones shortened, unchanged ones left out), and the change feed
 * hands the entries over in commit order from any cursor.
 */
@Tag("db")
@SpringBootTest
class AuditLogTest {

    /** Person ids no test province uses: the entries below are the only ones about them. */
    private static final long PERSON = 900_000_000L + (System.nanoTime() % 1_000_000);

    @Autowired
    AuditLog audit;
    @Autowired
    ChangeFeed feed;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aWebRequestReadsTheLastCommitOnceAndSeesItsOwnCommitAfterwards() throws InterruptedException {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        long first = audit.lastCommit();
        // A commit elsewhere (another thread, another instance) during the request: its figures stay those of its start.
        Thread elsewhere = new Thread(() -> transaction.executeWithoutResult(status -> audit.record(AuditEvent.of("PERSON", PERSON + 5,
                "PERSON_CORRECTED").person(PERSON + 5).summary("Nơi khác").build())));
        elsewhere.start();
        elsewhere.join();
        assertThat(audit.lastCommit()).isEqualTo(first);

        transaction.executeWithoutResult(status -> audit.record(AuditEvent.of("PERSON", PERSON + 6, "PERSON_CORRECTED")
                .person(PERSON + 6).summary("Chính yêu cầu này").build()));
        long afterOwn = audit.lastCommit();
        RequestContextHolder.resetRequestAttributes();
        assertThat(afterOwn).as("the request's own commit").isGreaterThan(first).isEqualTo(audit.lastCommit());
    }

    @Test
    void anEntryIsWrittenOnlyInsideTheChangesTransactionAndGoesWithItsRollback() {
        AuditEvent event = AuditEvent.of("PERSON", PERSON, "PERSON_CORRECTED").person(PERSON).summary("Sửa").build();
        assertThatThrownBy(() -> audit.record(event)).isInstanceOf(IllegalTransactionStateException.class);

        transaction.executeWithoutResult(status -> {
            audit.record(event);
            status.setRollbackOnly();
        });
        assertThat(audit.historyOfPerson(PERSON)).as("rolled back with the change").isEmpty();
    }

    @Test
    void anEntryNamesItsAuthorAndKeepsOldAndNewValuesShorteningLongOnes() {
        long person = PERSON + 1;
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("canbotinh", null,
                AuthorityUtils.NO_AUTHORITIES));
        String longText = "x".repeat(1_000);
        AuditEvent.Builder builder = AuditEvent.of("PERSON", person, "PERSON_CORRECTED").person(person).summary("Sửa thông tin cá nhân")
                .change("Họ và tên", "Nguyễn Văn A", "Nguyễn Văn Á")
                .change("Dân tộc", null, " ")
                .change("Ghi chú", null, longText);
        assertThat(builder.hasChanges()).isTrue();
        transaction.executeWithoutResult(status -> audit.record(builder.build()));
        SecurityContextHolder.clearContext();
        transaction.executeWithoutResult(status -> audit.record(AuditEvent.of("PERSON", person, "PERSON_LOADED").person(person)
                .summary("Nạp hồ sơ").build()));

        List<AuditRecord> history = audit.historyOfPerson(person);
        assertThat(history).extracting(AuditRecord::actor).containsExactly("system", "canbotinh");
        AuditRecord corrected = history.get(1);
        assertThat(corrected.changes()).extracting(AuditEvent.Change::field).as("a blank for a null is no change")
                .containsExactly("Họ và tên", "Ghi chú");
        assertThat(corrected.changes().get(0)).isEqualTo(new AuditEvent.Change("Họ và tên", "Nguyễn Văn A", "Nguyễn Văn Á"));
        assertThat(corrected.changes().get(1).newValue()).hasSize(400).endsWith("...");
    }

    @Test
    void theChangeFeedHandsEachPersonsEntriesOverInCommitOrderFromACursor() {
        long first = PERSON + 2;
        long second = PERSON + 3;
        ChangeFeed.Cursor before = feed.latest();
        transaction.executeWithoutResult(status -> audit.recordAll(List.of(
                AuditEvent.of("PERSON", first, "PERSON_IMPORTED").person(first).personChange(AuditEvent.PersonChange.CREATED)
                        .summary("Nhập").build(),
                AuditEvent.of("PERSON", second, "PERSON_IMPORTED").person(second).personChange(AuditEvent.PersonChange.CREATED)
                        .summary("Nhập").build())));
        transaction.executeWithoutResult(status -> audit.record(AuditEvent.of("ASSIGNMENT", 1L, "ASSIGNMENT_ENDED").person(first)
                .personChange(AuditEvent.PersonChange.LEFT).summary("Kết thúc").change("Lý do kết thúc", null, "Nghỉ hưu").build()));

        List<ChangeFeed.Entry> entries = feed.after(before, 100).stream()
                .filter(e -> e.personId() == first || e.personId() == second).toList();
        assertThat(entries).extracting(ChangeFeed.Entry::personId, ChangeFeed.Entry::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, AuditEvent.PersonChange.CREATED),
                org.assertj.core.groups.Tuple.tuple(second, AuditEvent.PersonChange.CREATED),
                org.assertj.core.groups.Tuple.tuple(first, AuditEvent.PersonChange.LEFT));
        assertThat(entries.get(2).changes()).containsExactly(new AuditEvent.Change("Lý do kết thúc", null, "Nghỉ hưu"));
        assertThat(entries.get(0).cursor().commit()).as("one import, one commit").isEqualTo(entries.get(1).cursor().commit());

        ChangeFeed.Cursor middle = entries.get(0).cursor();
        assertThat(ChangeFeed.Cursor.parse(middle.toString())).contains(middle);
        assertThat(feed.after(middle, 100).stream().filter(e -> e.personId() == first || e.personId() == second))
                .extracting(ChangeFeed.Entry::kind).containsExactly(AuditEvent.PersonChange.CREATED, AuditEvent.PersonChange.LEFT);
        assertThat(ChangeFeed.Cursor.parse("12")).isEmpty();
        assertThat(ChangeFeed.Cursor.parse("99999999999999999999.1")).isEmpty();
    }
}
