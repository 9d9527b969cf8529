package vn.chuan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;

/**
 * What only a real server shows. A file over the upload limit, sent to a real server (the container refuses the part while the
 * CSRF filter reads the form, before any controller): the answer is 413 with the limit in
 * Vietnamese, not the generic error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB"})
class RealServerTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    /**
     * Style sheets, scripts, the icon and the webjars (their links carry the version) are served at their own addresses;
     * any other address is a Vietnamese "not found", never a server error.
     */
    @Test
    void theStaticFilesAreServedAtTheirOwnAddressesAndAnyOtherAddressIsNotFound() throws Exception {
        accounts.create(new NewUserAccount("tinh", "Người xem tệp", "matkhau-tinh-1", Role.ADMIN, null));
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = client.send(HttpRequest.newBuilder(uri("/dang-nhap")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=tinh&password=matkhau-tinh-1&_csrf=" + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
        String home = client.send(HttpRequest.newBuilder(uri("/dang-nhap")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher links = Pattern.compile("(?:src|href)=\"(/(?:webjars|css|js)/[^\"]+|/favicon\\.svg)\"").matcher(home);
        int served = 0;
        while (links.find()) {
            HttpResponse<byte[]> file = client.send(HttpRequest.newBuilder(uri(links.group(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(links.group(1)).isEqualTo(200);
            assertThat(file.body()).as(links.group(1)).isNotEmpty();
            served++;
        }
        assertThat(served).as("bootstrap, htmx, echarts, chuan.css, chuan.js, charts.js, the icon").isGreaterThanOrEqualTo(7);
        assertThat(home).contains("/webjars/echarts/5.");
        for (String address : new String[] {"/khong-co-trang", "/static/css/chuan.css", "/css/khong-co.css", "/webjars/khong-co.js"}) {
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(uri(address)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).as(address).isEqualTo(404);
        }
    }

    @Test
    void aFileOverTheLimitIsAnsweredTooLargeWithTheLimit() throws Exception {
        accounts.create(new NewUserAccount("taitep", "Người tải tệp", "matkhau-tai-1", Role.ADMIN, null));
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(uri("/dang-nhap")).build(), HttpResponse.BodyHandlers.ofString());
        // The session cookie is not sent with requests other sites start (CSRF defence in depth).
        assertThat(loginPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax"));
        String login = loginPage.body();
        String form = "username=taitep&password=matkhau-tai-1&_csrf=" + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(uri("/dang-nhap")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String page = client.send(HttpRequest.newBuilder(uri("/nhap-du-lieu")).build(), HttpResponse.BodyHandlers.ofString()).body();

        String boundary = "----chuan" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[2 << 20]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/nhap-du-lieu"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Tệp quá lớn: mỗi tệp tải lên tối đa 1 MB").doesNotContain("Hệ thống gặp lỗi");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }
}
