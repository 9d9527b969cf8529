package vn.chuan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.chuan.people.PersonRegistry;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.RunningChuan;
import vn.chuan.support.StreamingReplica;
import vn.chuan.support.TestProvince;
import vn.chuan.support.TwoInstances;
import vn.chuan.support.WebBrowser;

/**
 * Chuẩn on a JDBC URL naming a primary and its streaming replica (issue 25): when the primary is lost, pages say in
 * Vietnamese that the database cannot be reached and nothing was written; once the replica is promoted, the same
 * officer, still logged in, goes on reading and writing.
 */
@Tag("db")
class FailoverTest {

    private static StreamingReplica databases;
    private static RunningChuan chuan;

    @BeforeAll
    static void start() throws Exception {
        databases = StreamingReplica.startIfPossible();
        chuan = RunningChuan.start(databases.failoverUrl(), "F", "--spring.datasource.hikari.connection-timeout=2000");
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
    void whenThePrimaryIsLostPagesSaySoAndAfterThePromotionTheOfficerGoesOn() throws Exception {
        TestProvince province = chuan.province();
        String list = chuan.list();
        String form = chuan.address() + "/can-bo/moi";
        WebBrowser officer = new WebBrowser();
        officer.logIn(chuan.address(), "admin", TwoInstances.ADMIN_PASSWORD);
        province.person("Trần Văn Trước Sự Cố", province.communeB1, StaffCategory.CB, "CT_UBND", LocalDate.of(2020, 1, 1));
        assertThat(officer.get(list).body()).contains("Trần Văn Trước Sự Cố");
        String token = officer.csrf(form);
        databases.waitUntilReplayed();

        databases.losePrimary();

        // A page and a write while no primary answers: a Vietnamese sentence, never a stack trace; nothing written.
        HttpResponse<String> page = officer.get(list);
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Không kết nối được cơ sở dữ liệu").doesNotContain("Exception")
                .contains("href=\"/can-bo?donVi=" + province.province.id().value() + "\">Thử lại</a>");
        HttpResponse<String> write = officer.post(form, chuan.newPersonForm(chuan.prefix() + "-LUC", "Lê Thị Lúc Mất Điện", token));
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.body()).contains("Không kết nối được cơ sở dữ liệu").contains("chưa được ghi");

        databases.promoteReplica();

        // The same officer, still logged in (the session was replicated), reads and writes on the new primary.
        HttpResponse<String> again = officer.waitUntilShown(list, "Trần Văn Trước Sự Cố");
        assertThat(again.body()).doesNotContain("Lê Thị Lúc Mất Điện");
        HttpResponse<String> created = officer.post(form, chuan.newPersonForm(chuan.prefix() + "-SAU", "Phạm Văn Sau Sự Cố",
                officer.csrf(form)));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(officer.get(list).body()).contains("Phạm Văn Sau Sự Cố");
        assertThat(chuan.context().getBean(PersonRegistry.class).findByCodes(List.of(chuan.prefix() + "-LUC", chuan.prefix() + "-SAU")))
                .hasSize(1);
    }
}
