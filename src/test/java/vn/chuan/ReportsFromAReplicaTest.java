package vn.chuan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.chuan.shared.StaffCategory;
import vn.chuan.support.RunningChuan;
import vn.chuan.support.StreamingReplica;
import vn.chuan.support.TestProvince;
import vn.chuan.support.TwoInstances;
import vn.chuan.support.WebBrowser;

/**
 * Chuẩn on a primary with a real streaming replica (issue 25): the pages read from the replica, and an officer who
 * just wrote sees their write in their very next page even while the replica has not replayed it.
 */
@Tag("db")
class ReportsFromAReplicaTest {

    private static StreamingReplica databases;
    private static RunningChuan chuan;

    @BeforeAll
    static void start() throws Exception {
        databases = StreamingReplica.startIfPossible();
        chuan = RunningChuan.start(databases.primaryUrl(), "R", "--chuan.datasource.replica.url=" + databases.replicaUrl(),
                "--chuan.datasource.replica.max-wait=1s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (chuan != null) {
            chuan.close();
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    void pagesReadTheReplicaAndAnOfficerSeesTheirOwnWriteInTheirNextPage() throws Exception {
        TestProvince province = chuan.province();
        String address = chuan.address();
        String list = chuan.list();
        WebBrowser officer = new WebBrowser();
        officer.logIn(address, "admin", TwoInstances.ADMIN_PASSWORD);
        WebBrowser colleague = new WebBrowser();
        colleague.logIn(address, "admin", TwoInstances.ADMIN_PASSWORD);
        province.person("Trần Văn Trước Khi Dừng", province.communeB1, StaffCategory.CB, "CT_UBND", LocalDate.of(2020, 1, 1));
        colleague.waitUntilShown(list, "Trần Văn Trước Khi Dừng");

        databases.pauseReplay();
        try {
            // Written on the primary, not replayed: the pages, read from the replica, do not have it.
            province.person("Lê Thị Chỉ Trên Chính", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2021, 1, 1));
            assertThat(colleague.get(list).body()).contains("Trần Văn Trước Khi Dừng").doesNotContain("Lê Thị Chỉ Trên Chính");

            // The officer adds a person through the form; their very next pages have it (and all the primary has).
            HttpResponse<String> created = officer.post(address + "/can-bo/moi", chuan.newPersonForm(chuan.prefix() + "-RYW",
                    "Phạm Văn Của Tôi", officer.csrf(address + "/can-bo/moi")));
            assertThat(created.statusCode()).isEqualTo(302);
            String personPage = created.headers().firstValue("Location").orElseThrow();
            assertThat(officer.get(personPage.startsWith("http") ? personPage : address + personPage).body()).contains("Phạm Văn Của Tôi");
            assertThat(officer.get(list).body()).contains("Phạm Văn Của Tôi").contains("Lê Thị Chỉ Trên Chính");

            // A colleague who wrote nothing still reads the replica as it stands.
            assertThat(colleague.get(list).body()).doesNotContain("Phạm Văn Của Tôi").doesNotContain("Lê Thị Chỉ Trên Chính");
        } finally {
            databases.resumeReplay();
        }
        colleague.waitUntilShown(list, "Phạm Văn Của Tôi");
        assertThat(colleague.get(list).body()).contains("Lê Thị Chỉ Trên Chính");
        assertThat(databases.replicaInRecovery()).isTrue();
    }
}
