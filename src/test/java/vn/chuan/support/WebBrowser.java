package vn.chuan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for tests against running instances: one cookie jar for every instance on this host, as behind a load
 * balancer; redirects not followed.
 */
public final class WebBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String csrf(String pageUrl) throws Exception {
        Matcher token = CSRF.matcher(get(pageUrl).body());
        assertThat(token.find()).as("a CSRF token on " + pageUrl).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /** A file sent as the upload form sends it (the CSRF token in its header, as the page's script does). */
    public HttpResponse<String> upload(String url, String fileName, String content) throws Exception {
        Matcher token = CSRF.matcher(get(url).body());
        assertThat(token.find()).isTrue();
        String boundary = "----chuan" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", token.group(1)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits on what the progress fragment says (it asks for a refresh once the job is over), however busy the machine. */
    public void waitUntilDone(String job) throws Exception {
        for (int i = 0; i < 3_000; i++) {
            HttpResponse<String> progress = get(job + "/tien-do");
            assertThat(progress.statusCode()).isEqualTo(200);
            if (progress.headers().firstValue("HX-Refresh").isPresent()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish: " + job);
    }

    /** Waits until {@code page} answers 200 with {@code text} (a replica replaying, a pool finding its primary), however busy the machine. */
    public HttpResponse<String> waitUntilShown(String page, String text) throws Exception {
        for (int i = 0; i < 1_200; i++) {
            HttpResponse<String> response = get(page);
            if (response.statusCode() == 200 && response.body().contains(text)) {
                return response;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(text + " never shown on " + page);
    }

    public HttpResponse<String> logIn(String instance, String username, String password) throws Exception {
        return post(instance + "/dang-nhap", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(instance + "/dang-nhap"));
    }
}
