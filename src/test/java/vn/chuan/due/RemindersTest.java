package vn.chuan.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.ReminderContact;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * Reminders reach the officers: an SMTP server in the test's process receives exactly one digest per officer and period,
 * in Vietnamese, with what their scope holds and nothing outside it; nothing is sent twice; a failed mail is retried and
 * shown to administrators; recording the raise marks the item done (audited); without an address, the bell.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class RemindersTest {

    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    @Autowired
    Reminders reminders;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonnelFiles files;
    @Autowired
    Units units;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    TestProvince province;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("R"));
        today = LocalDate.now(clock);
        // Digests other tests' officers would get are not this test's business: start from a run that makes them.
        reminders.run();
        SMTP.purgeEmailFromAllMailboxes();
    }

    private String officer(String login, Unit unit, String email, ReminderContact.Frequency frequency) {
        String name = province.province.code().toLowerCase() + login;
        accounts.create(new NewUserAccount(name, "Cán bộ " + login, "mat-khau-dai-1", Role.COMMUNE, unit.code()));
        accounts.setReminderContact(name, email, frequency);
        return name;
    }

    private PersonId raiseDueToday(String name, Unit unit) {
        PersonId person = province.person(name, unit, StaffCategory.CC, "VP_TK", today.minusYears(8));
        files.addSalary(TestProvince.EVERYTHING, person, "01.003", 3, null, 0, null, today.minusMonths(36), "QĐ 1/QĐ-UBND");
        return person;
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> GreenMailUtil.getAddressList(safeRecipients(m)).contains(address)).toList();
    }

    private static jakarta.mail.Address[] safeRecipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachOfficerReceivesOneDigestOfTheirScopeOncePerPeriodAndActingMarksTheItemDone() throws Exception {
        String b1 = officer("b1", province.communeB1, "b1@" + province.province.code().toLowerCase() + ".vn", ReminderContact.Frequency.HANG_NGAY);
        String b2 = officer("b2", province.communeB2, "b2@" + province.province.code().toLowerCase() + ".vn", ReminderContact.Frequency.HANG_TUAN);
        PersonId mine = raiseDueToday("Lường Văn Nhắc", province.communeB1);
        raiseDueToday("Cầm Thị Khác", province.communeB2);

        Reminders.Run first = reminders.run();
        assertThat(first.mailed()).isGreaterThanOrEqualTo(2);
        List<MimeMessage> toB1 = mailsTo("b1@" + province.province.code().toLowerCase() + ".vn");
        assertThat(toB1).hasSize(1);
        MimeMessage mail = toB1.get(0);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).contains("việc đến hạn");
        assertThat(mail.getContent().toString()).contains("Lường Văn Nhắc", "Nâng lương thường xuyên", "bậc 3 lên bậc 4")
                .doesNotContain("Cầm Thị Khác");
        assertThat(body).isNotBlank();
        assertThat(mailsTo("b2@" + province.province.code().toLowerCase() + ".vn")).singleElement()
                .satisfies(m -> assertThat(m.getContent().toString()).contains("Cầm Thị Khác").doesNotContain("Lường Văn Nhắc"));

        // The same period again, even with something new: no second digest, no second mail.
        raiseDueToday("Lường Văn Mới", province.communeB1);
        reminders.run();
        assertThat(mailsTo("b1@" + province.province.code().toLowerCase() + ".vn")).hasSize(1);
        assertThat(mailsTo("b2@" + province.province.code().toLowerCase() + ".vn")).hasSize(1);

        // Recording the raise closes the item: the next run marks it done in the officer's list, audited.
        files.addSalary(TestProvince.EVERYTHING, mine, "01.003", 4, null, 0, null, today, "QĐ 2/QĐ-UBND");
        assertThat(reminders.run().closed()).isGreaterThanOrEqualTo(1);
        var officer = (vn.chuan.security.ChuanUser) accounts.loadUserByUsername(b1);
        assertThat(reminders.digestsOf(officer, 5)).singleElement().satisfies(s -> assertThat(s.items())
                .filteredOn(i -> i.personId() == mine.value()).singleElement().satisfies(i -> assertThat(i.closedOn()).isEqualTo(today)));
        assertThat(jdbc.sql("select summary from audit_entry where subject_type = 'DUE_ITEM' and action = 'DUE_DONE' and person_id = :p")
                .param("p", mine.value()).query(String.class).list()).as("one entry per officer reminded of it")
                .anySatisfy(summary -> assertThat(summary).contains("Nâng lương thường xuyên", b1));
    }

    @Test
    void aFailedMailIsRetriedAndShownToAdministrators() throws Exception {
        String address = "b1@" + province.province.code().toLowerCase() + ".vn";
        String login = officer("b1", province.communeB1, address, ReminderContact.Frequency.HANG_TUAN);
        raiseDueToday("Lò Thị Thư", province.communeB1);
        SMTP.stop();
        try {
            assertThat(reminders.run().failed()).isGreaterThanOrEqualTo(1);
        } finally {
            SMTP.start();
        }
        var admin = user(accounts.loadUserByUsername("admin"));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/quan-tri/nhac-viec").with(admin)).andReturn().getResponse().getContentAsString());
        assertThat(page).contains(login, "Gửi lỗi", "sẽ gửi lại");
        assertThat(mailsTo(address)).isEmpty();

        reminders.run();
        assertThat(mailsTo(address)).singleElement().satisfies(m -> assertThat(m.getContent().toString()).contains("Lò Thị Thư"));
        page = HtmlUtils.htmlUnescape(mvc.perform(get("/quan-tri/nhac-viec").with(admin)).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Đã gửi");
        reminders.run();
        assertThat(mailsTo(address)).as("sent once").hasSize(1);
    }

    @Test
    void withoutAnAddressTheDigestWaitsUnderTheBellUntilRead() throws Exception {
        String login = officer("b1", province.communeB1, null, ReminderContact.Frequency.HANG_NGAY);
        raiseDueToday("Hà Văn Chuông", province.communeB1);
        reminders.run();
        assertThat(SMTP.getReceivedMessages()).noneMatch(m -> safeRecipients(m) != null
                && GreenMailUtil.getAddressList(safeRecipients(m)).contains(login));
        var officer = user(accounts.loadUserByUsername(login));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/nhac-viec").with(officer)).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Hà Văn Chuông", "Chỉ trong ứng dụng", "id=\"reminder-count\"");
        assertThat(reminders.unread(login)).isPositive();
        mvc.perform(post("/nhac-viec/da-doc").with(officer).with(csrf()));
        assertThat(reminders.unread(login)).isZero();

        mvc.perform(post("/nhac-viec/cai-dat").with(officer).with(csrf()).param("email", "khong-phai-dia-chi").param("tanSuat", "HANG_TUAN"));
        assertThat(accounts.reminderContact(login).orElseThrow().email()).as("a bad address is refused, nothing saved").isNull();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
