package vn.chuan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.imports.PeopleImportTest;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.reports.QualityColumn;
import vn.chuan.reports.Reports;
import vn.chuan.security.ApiClients;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.GovernmentLevel;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScheduledSlots;
import vn.chuan.shared.StaffCategory;
import vn.chuan.standards.StandardSet;
import vn.chuan.standards.Standards;
import vn.chuan.support.TestProvince;
import vn.chuan.titles.TitleCatalogue;
import vn.chuan.support.TwoInstances;
import vn.chuan.support.WebBrowser;
import vn.chuan.units.Units;

/**
 * Two instances of the application on one database, as behind a load balancer (issue 25): each serves what the other
 * wrote, an officer logged in on one is logged in on both, periodic work runs once, password guesses count together.
 */
@Tag("db")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesTest {

    /** Failures from one address that stop it: {@code security.LoginThrottle.MAX_ADDRESS_FAILURES}. */
    private static final int ADDRESS_LIMIT = 20;
    private static final String IMPORT_HEADER = PeopleImportTest.HEADER;

    private static TwoInstances instances;
    private static TestProvince province;
    private static LocalDate today;

    @BeforeAll
    static void start() {
        instances = TwoInstances.start();
        ConfigurableApplicationContext one = instances.one();
        province = TestProvince.create(one.getBean(Units.class), one.getBean(PersonRegistry.class), one.getBean(TransactionTemplate.class),
                TestProvince.uniquePrefix("N"));
        today = LocalDate.now(one.getBean(Clock.class));
    }

    @AfterAll
    static void stop() {
        instances.close();
    }

    @Test
    @Order(1)
    void aChangeThroughOneIsInTheVeryNextFiguresOfTheOther() {
        Reports two = instances.two().getBean(Reports.class);
        long todayBefore = two.dashboard(TestProvince.EVERYTHING, province.province).form().total().count(QualityColumn.TOTAL);
        long pastBefore = two.trend(TestProvince.EVERYTHING, province.province, today.getYear() - 1).get(0).total();

        // Written through the first instance (its beans): a post held since two years ago.
        province.person("Trần Văn Hai Nơi", province.communeB1, StaffCategory.CB, "CT_UBND", today.minusYears(2));

        // The second had both figures kept; the commit through the first is seen, not a kept figure.
        assertThat(two.dashboard(TestProvince.EVERYTHING, province.province).form().total().count(QualityColumn.TOTAL))
                .isEqualTo(todayBefore + 1);
        assertThat(two.trend(TestProvince.EVERYTHING, province.province, today.getYear() - 1).get(0).total()).isEqualTo(pastBefore + 1);
    }

    @Test
    @Order(2)
    void theDayChangeRunsOnceWhenBothInstancesReachMidnightTogether() throws Exception {
        PersonId person = province.person("Lê Thị Nửa Đêm", province.communeB2, StaffCategory.CC, "VP_TK", today.minusYears(3));
        province.grant(person, Dimension.IT, "CO_BAN", today);
        JdbcClient jdbc = instances.one().getBean(JdbcClient.class);
        // Midnight: the tallies describe yesterday on both instances.
        jdbc.sql("update report_tally_state set as_of = :yesterday where id = 1").param("yesterday", today.minusDays(1)).update();
        long itBefore = count(jdbc, "DAY_CHANGED");

        List<Long> totals = together(
                () -> instances.one().getBean(Reports.class).quality(TestProvince.EVERYTHING, province.province, today).total()
                        .count(QualityColumn.TOTAL),
                () -> instances.two().getBean(Reports.class).quality(TestProvince.EVERYTHING, province.province, today).total()
                        .count(QualityColumn.TOTAL));

        assertThat(count(jdbc, "DAY_CHANGED")).isEqualTo(itBefore + 1);
        assertThat(jdbc.sql("select as_of from report_tally_state where id = 1").query(LocalDate.class).single()).isEqualTo(today);
        // Nothing counted twice: the kept tallies are what building them again from the records gives.
        Reports reports = instances.one().getBean(Reports.class);
        long it = reports.quality(TestProvince.EVERYTHING, province.province, today).total().count(QualityColumn.TIN_HOC);
        jdbc.sql("update report_tally_state set as_of = null where id = 1").update();
        var rebuilt = reports.quality(TestProvince.EVERYTHING, province.province, today).total();
        assertThat(totals).containsOnly(rebuilt.count(QualityColumn.TOTAL));
        assertThat(it).isEqualTo(rebuilt.count(QualityColumn.TIN_HOC)).isPositive();
    }

    @Test
    @Order(3)
    void periodicWorkIsClaimedByOneInstanceForItsSlot() throws Exception {
        LocalDateTime morning = today.atTime(6, 30);
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Boolean> first = together(() -> ScheduledSlots.claim(instances.one().getBean(JdbcClient.class), job, morning),
                () -> ScheduledSlots.claim(instances.two().getBean(JdbcClient.class), job, morning.plusSeconds(2)));
        List<Boolean> next = together(() -> ScheduledSlots.claim(instances.one().getBean(JdbcClient.class), job, morning.plusDays(1)),
                () -> ScheduledSlots.claim(instances.two().getBean(JdbcClient.class), job, morning.plusDays(1)));

        assertThat(first).containsExactlyInAnyOrder(true, false);
        assertThat(next).containsExactlyInAnyOrder(true, false);
    }

    @Test
    @Order(3)
    void aStandardSetChangedThroughOneIsTheOneTheOtherUses() {
        Standards two = instances.two().getBean(Standards.class);
        StandardSet inForce = two.inForceOn(today).orElseThrow();
        int known = two.sets().size();

        StandardSet draft = instances.one().getBean(Standards.class).copyAsDraft(TestProvince.EVERYTHING, inForce.id());

        assertThat(two.sets()).hasSize(known + 1).anySatisfy(set -> assertThat(set.id()).isEqualTo(draft.id()));
    }

    @Test
    @Order(3)
    void anApiKeyRevokedThroughOneIsRefusedByTheOtherAtOnce() {
        ApiClients one = instances.one().getBean(ApiClients.class);
        ApiClients two = instances.two().getBean(ApiClients.class);
        ApiClients.CreatedClient client = one.create("May thu hai noi", null, false, "admin");
        assertThat(two.authenticate(client.token())).isPresent();

        one.revoke(client.client().id());

        assertThat(two.authenticate(client.token())).isEmpty();
    }

    @Test
    @Order(3)
    void aTitleAddedThroughOneIsReadByTheOtherAtItsNextRequest() throws Exception {
        List<PositionTitle> before = PositionTitle.all();
        String code = "TD_" + TestProvince.uniquePrefix("N");
        try {
            instances.one().getBean(TitleCatalogue.class).add(new TitleCatalogue.NewTitle(code, "Trưởng đài hai nơi", StaffCategory.KCT,
                    GovernmentLevel.XA, "", "Thử", null));
            // The other instance is another JVM: its catalogue is still the one it had. (One JVM holds both here.)
            PositionTitle.install(before);

            new WebBrowser().get(TwoInstances.address(instances.two()) + "/dang-nhap");

            assertThat(PositionTitle.findByCode(code)).isPresent();
        } finally {
            PositionTitle.install(before);
        }
    }

    @Test
    @Order(4)
    void anOfficerLoggedInThroughOneInstanceIsLoggedInOnBothAndLogsOutOfBoth() throws Exception {
        WebBrowser browser = new WebBrowser();
        String one = TwoInstances.address(instances.one());
        String two = TwoInstances.address(instances.two());
        assertThat(browser.logIn(one, "admin", TwoInstances.ADMIN_PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));

        HttpResponse<String> page = browser.get(two + "/can-bo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/dang-xuat");

        browser.post(two + "/dang-xuat", "_csrf=" + browser.csrf(two + "/can-bo"));
        assertThat(browser.get(one + "/can-bo").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/dang-nhap"));
    }

    @Test
    @Order(8)
    void wrongPasswordsSentToEitherInstanceCountTogether() throws Exception {
        String one = TwoInstances.address(instances.one());
        String two = TwoInstances.address(instances.two());
        // One address trying names on both instances: half the limit each.
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            new WebBrowser().logIn(i % 2 == 0 ? one : two, "doan-" + i, "matkhau-chung-1");
        }
        HttpResponse<String> right = new WebBrowser().logIn(one, "admin", TwoInstances.ADMIN_PASSWORD);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("loi"));
    }

    @Test
    @Order(5)
    void anImportUploadedThroughOneIsFollowedCheckedAndConfirmedThroughTheOther() throws Exception {
        String one = TwoInstances.address(instances.one());
        String two = TwoInstances.address(instances.two());
        WebBrowser officer = new WebBrowser();
        officer.logIn(one, "admin", TwoInstances.ADMIN_PASSWORD);
        String code = TestProvince.uniquePrefix("J");
        String csv = IMPORT_HEADER + "\n"
                + code + "-1,Nguyễn Văn Hai Máy,15/03/1980,Nam,Kinh,," + province.communeB1.code() + ",CB,Chủ tịch UBND,,Có,Đại học,Luật,\n"
                + code + "-2,Lý Thị Hai Máy,02/07/1990,Nữ,Tày,," + province.communeB2.code() + ",CC,VP_TK,,,Đại học,,\n";

        // Uploaded to the first; its progress, its check and the confirmation all reach the second.
        HttpResponse<String> uploaded = officer.upload(one + "/nhap-du-lieu", "hai-may.csv", csv);
        String job = uploaded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(job).startsWith("/nhap-du-lieu/");
        officer.waitUntilDone(two + job);
        assertThat(officer.get(two + job).body()).contains("id=\"count-create\">2<").contains("hai-may.csv");

        officer.post(two + job + "/xac-nhan", "_csrf=" + officer.csrf(two + job));
        officer.waitUntilDone(one + job);

        assertThat(officer.get(one + job).body()).contains("Đã nhập: 2 tạo mới, 0 thay đổi, 0 giữ nguyên.");
        assertThat(instances.one().getBean(PersonRegistry.class).findByCodes(List.of(code + "-1", code + "-2"))).hasSize(2);
        // Confirmed once: a second confirmation (a double click, another tab, another instance) writes nothing more.
        JdbcClient jdbc = instances.one().getBean(JdbcClient.class);
        long created = count(jdbc, "PERSON_CREATED");
        HttpResponse<String> again = officer.post(two + job + "/xac-nhan", "_csrf=" + officer.csrf(one + job));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(officer.get(two + job).body()).contains("Tệp này đã được nhập hoặc đang được xử lý.");
        assertThat(count(jdbc, "PERSON_CREATED")).isEqualTo(created);
    }

    @Test
    @Order(6)
    void anImportWhoseInstanceDiedIsShownFailedAndWroteNothing() throws Exception {
        String two = TwoInstances.address(instances.two());
        WebBrowser officer = new WebBrowser();
        officer.logIn(two, "admin", TwoInstances.ADMIN_PASSWORD);
        JdbcClient jdbc = instances.two().getBean(JdbcClient.class);
        String id = UUID.randomUUID().toString();
        // Writing on an instance that stopped beating a while ago (its transaction died with it).
        LocalDateTime longAgo = LocalDateTime.now(instances.two().getBean(Clock.class).withZone(java.time.ZoneOffset.UTC)).minusMinutes(10);
        jdbc.sql("""
                insert into import_job (id, owner, file_name, list_complete, created_at, status, phase, done, total, instance,
                    heartbeat_at, cancelled)
                values (:id, 'admin', 'mat-dien.xlsx', false, :at, 'WRITING', 'Đang ghi', 500, 1000, 'may-da-tat', :at, false)""")
                .param("id", id).param("at", longAgo).update();

        String page = officer.get(two + "/nhap-du-lieu/" + id).body();

        assertThat(page).contains("mat-dien.xlsx").contains("đã dừng giữa chừng; không có gì được ghi").doesNotContain("id=\"progress\"");
        assertThat(jdbc.sql("select status from import_job where id = :id").param("id", id).query(String.class).single()).isEqualTo("FAILED");
        // The officer may start another import at once.
        HttpResponse<String> next = officer.upload(two + "/nhap-du-lieu", "lan-hai.csv", IMPORT_HEADER + "\n");
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/nhap-du-lieu/"));
    }

    private static long count(JdbcClient jdbc, String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :action").param("action", action).query(Long.class).single();
    }

    /** Runs both at the same moment, as two instances' schedulers do. */
    @SafeVarargs
    private static <T> List<T> together(Callable<T>... tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            CyclicBarrier start = new CyclicBarrier(tasks.length);
            List<Future<T>> results = Arrays.stream(tasks).map(task -> threads.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            List<T> values = new ArrayList<>();
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }
}
