package vn.chuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonRegistry;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.StreamingReplica;
import vn.chuan.support.TestDatabases;
import vn.chuan.support.TestProvince;
import vn.chuan.support.TwoInstances;
import vn.chuan.support.WebBrowser;
import vn.chuan.units.Units;

/**
 * Chuẩn on a primary with a real streaming replica (issue 25): the pages read from the replica, and an officer who
 * just wrote sees their write in their very next page even while the replica has not replayed it.
 */
@Tag("db")
class ReportsFromAReplicaTest {

    private static StreamingReplica databases;
    private static ConfigurableApplicationContext chuan;
    private static TestProvince province;
    private static String address;
    private static String prefix;

    @BeforeAll
    static void start() throws Exception {
        // Once, in the PostgreSQL run, where PostgreSQL's server programs are installed.
        Optional<Path> programs = StreamingReplica.serverPrograms();
        assumeTrue(TestDatabases.usePostgres() && programs.isPresent(), "PostgreSQL's server programs (initdb, pg_basebackup)");
        databases = StreamingReplica.start(programs.get());
        chuan = new SpringApplicationBuilder(ChuanApplication.class).run("--chuan.test.keep-datasource=true",
                "--spring.datasource.url=" + databases.primaryUrl(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--chuan.datasource.replica.url=" + databases.replicaUrl(),
                "--chuan.datasource.replica.max-wait=1s", "--server.port=0", "--chuan.demo.load-on-empty=false",
                "--chuan.admin.password=" + TwoInstances.ADMIN_PASSWORD, "--spring.datasource.hikari.maximum-pool-size=5");
        province = TestProvince.create(chuan.getBean(Units.class), chuan.getBean(PersonRegistry.class), chuan.getBean(TransactionTemplate.class),
                prefix = TestProvince.uniquePrefix("R"));
        address = TwoInstances.address(chuan);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chuan != null) {
            SpringApplication.exit(chuan);
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    void pagesReadTheReplicaAndAnOfficerSeesTheirOwnWriteInTheirNextPage() throws Exception {
        String list = address + "/can-bo?donVi=" + province.province.id().value();
        WebBrowser officer = new WebBrowser();
        officer.logIn(address, "admin", TwoInstances.ADMIN_PASSWORD);
        WebBrowser colleague = new WebBrowser();
        colleague.logIn(address, "admin", TwoInstances.ADMIN_PASSWORD);
        province.person("Trần Văn Trước Khi Dừng", province.communeB1, StaffCategory.CB, "CT_UBND", LocalDate.of(2020, 1, 1));
        waitUntilShown(colleague, list, "Trần Văn Trước Khi Dừng");

        databases.pauseReplay();
        try {
            // Written on the primary, not replayed: the pages, read from the replica, do not have it.
            province.person("Lê Thị Chỉ Trên Chính", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2021, 1, 1));
            assertThat(colleague.get(list).body()).contains("Trần Văn Trước Khi Dừng").doesNotContain("Lê Thị Chỉ Trên Chính");

            // The officer adds a person through the form; their very next pages have it (and all the primary has).
            HttpResponse<String> created = officer.post(address + "/can-bo/moi", "code=" + prefix + "-RYW"
                    + "&fullName=" + encode("Phạm Văn Của Tôi") + "&birthDate=15/03/1990&gender=NAM&ethnicity=Kinh&unitId="
                    + province.communeB2.id().value() + "&category=CC&titleCode=VP_TK&startedOn=01/07/2025&reason=TUYEN_DUNG"
                    + "&_csrf=" + officer.csrf(address + "/can-bo/moi"));
            assertThat(created.statusCode()).isEqualTo(302);
            String personPage = created.headers().firstValue("Location").orElseThrow();
            assertThat(officer.get(personPage.startsWith("http") ? personPage : address + personPage).body()).contains("Phạm Văn Của Tôi");
            assertThat(officer.get(list).body()).contains("Phạm Văn Của Tôi").contains("Lê Thị Chỉ Trên Chính");

            // A colleague who wrote nothing still reads the replica as it stands.
            assertThat(colleague.get(list).body()).doesNotContain("Phạm Văn Của Tôi").doesNotContain("Lê Thị Chỉ Trên Chính");
        } finally {
            databases.resumeReplay();
        }
        waitUntilShown(colleague, list, "Phạm Văn Của Tôi");
        assertThat(colleague.get(list).body()).contains("Lê Thị Chỉ Trên Chính");
        assertThat(replayedOnTheReplica()).isTrue();
    }

    /** The replica is a replica: in recovery, streaming from the primary. */
    private static boolean replayedOnTheReplica() throws Exception {
        try (Connection connection = DriverManager.getConnection(databases.replicaUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_is_in_recovery()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Waits on what the page shows: the replica replays in its own time, however busy the machine. */
    private static void waitUntilShown(WebBrowser browser, String page, String text) throws Exception {
        for (int i = 0; i < 1_200; i++) {
            if (browser.get(page).body().contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(text + " never shown on " + page);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
