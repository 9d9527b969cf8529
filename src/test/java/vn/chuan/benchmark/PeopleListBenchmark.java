package vn.chuan.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Times the people list of the demo province over HTTP, as a browser asks for it (server-side
 * rendering included). Not a test: it prints figures and asserts nothing. Run it with
 * {@code ./mvnw -Pbenchmark test} (H2) or add {@code -Dchuan.test.database=postgresql}.
 */
@Tag("benchmark")
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chuan.demo.load-on-empty=true", "chuan.demo.persons=2500"})
class PeopleListBenchmark {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    @LocalServerPort
    int port;

    @Test
    void peopleListPages() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        login(client, "sonoivu", "chuan2026");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("trang 1", "/can-bo");
        pages.put("trang 50", "/can-bo?trang=50");
        pages.put("tìm 'nguyen van' (không dấu)", "/can-bo?q=nguyen+van");
        pages.put("lọc LLCT trung cấp trở lên + ĐH", "/can-bo?llct=TRUNG_CAP%2B&chuyen_mon=DAI_HOC");
        pages.put("chức danh CT HĐND (cả kiêm nhiệm)", "/can-bo?chucDanh=CT_HDND");
        pages.put("tại ngày 31/12/2012", "/can-bo?ngay=2012-12-31");
        pages.put("htmx: chỉ phần kết quả", "/can-bo?q=thi&trang=2");
        // One person's pages: a Party secretary with a concurrent post, a full 2C and a salary history.
        Matcher first = Pattern.compile("href=\"/can-bo/(\\d+)[?\"]").matcher(body(client, "/can-bo?chucDanh=CT_HDND"));
        if (!first.find()) {
            throw new IllegalStateException("no council chair in the demo province");
        }
        pages.put("trang một người", "/can-bo/" + first.group(1));
        pages.put("hồ sơ 2C của người đó", "/can-bo/" + first.group(1) + "/ho-so");
        pages.put("in 2C (PDF) của người đó", "/can-bo/" + first.group(1) + "/2c.pdf");
        StringBuilder report = new StringBuilder(String.format("%-36s %9s %9s %9s%n", "people list (2,500 demo persons)",
                "median", "p95", "max"));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            boolean htmx = page.getKey().startsWith("htmx");
            for (int i = 0; i < WARMUP; i++) {
                get(client, page.getValue(), htmx);
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                get(client, page.getValue(), htmx);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            report.append(String.format("%-36s %7.1f ms %7.1f ms %7.1f ms%n", page.getKey(), nanos[RUNS / 2] / 1e6,
                    nanos[(int) (RUNS * 0.95)] / 1e6, nanos[RUNS - 1] / 1e6));
        }
        report.append("database: ").append(System.getProperty("chuan.test.database", "h2")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(RUNS).append(" requests per page\n");
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "people-list-" + System.getProperty("chuan.test.database", "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void get(HttpClient client, String path, boolean htmx) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean list = path.equals("/can-bo") || path.startsWith("/can-bo?");
        if (response.statusCode() != 200 || (list ? !response.body().contains("người") : response.body().length() < 1000)) {
            throw new IllegalStateException("unexpected answer " + response.statusCode() + " for " + path);
        }
    }

    private String body(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private void login(HttpClient client, String username, String password) throws IOException, InterruptedException {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dang-nhap")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        List<String> fields = new ArrayList<>(List.of("username=" + username, "password=" + password,
                "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("loi")) {
            throw new IllegalStateException("login failed");
        }
    }
}
