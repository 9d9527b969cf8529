import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Officers browsing at once, run as its own process: java bench/UsersLoad.java BASE_URL USERS SECONDS [THINK_MS].
 * Closed loop: each user logs in (its own session; all of them before the clock starts), then opens a page of the mix, reads it whole, waits the think time
 * (1 s by default) and opens the next, until the time is up. The mix: the people list with filters (the page and its
 * htmx results fragment, the list's data), a person's page and 2C file, the quality form, the dashboard. Prints, per
 * kind of page and for all, the count, p50/p95/p99 and the errors (an answer other than 200, or a time-out of 30 s).
 */
public class UsersLoad {

    private static final String HTMX = "list data (htmx)";

    record Kind(String name, List<String> paths) {
    }

    record Sample(String kind, long micros, boolean error) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        long thinkMillis = args.length > 3 ? Long.parseLong(args[3]) : 1000;

        HttpClient probe = client();
        login(probe, base);
        List<Long> people = personIds(probe, base);
        List<Long> units = unitIds(probe, base);
        List<Kind> mix = List.of(
                new Kind("people list", List.of("/can-bo", "/can-bo?chuyen_mon=DAI_HOC", "/can-bo?loai=CC&trang=3",
                        "/can-bo?q=nguyen+van", "/can-bo?chucDanh=CT_UBND")),
                new Kind(HTMX, List.of("/can-bo?trang=2", "/can-bo?q=tran&trang=2", "/can-bo?loai=CB&chuyen_mon=DAI_HOC")),
                new Kind("person page", List.of("/can-bo/{p}")),
                new Kind("2C file", List.of("/can-bo/{p}/ho-so")),
                new Kind("quality form", List.of("/bao-cao/chat-luong", "/bao-cao/chat-luong?donVi={u}")),
                new Kind("dashboard", List.of("/", "/?donVi={u}")));
        System.out.printf("%d users, think time %d ms, %d s; %d persons and %d units to open%n", users, thinkMillis, seconds, people.size(),
                units.size());

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        AtomicInteger loggedIn = new AtomicInteger();
        // Everyone logs in first, then the clock starts: a login is a password hash (a tenth of a second of a core), once a day
        // in an office, and fifty of them at once would be counted against the pages.
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong end = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.submit(() -> {
                Random random = new Random(user);
                HttpClient client = client();
                try {
                    try {
                        login(client, base);
                        loggedIn.incrementAndGet();
                    } finally {
                        ready.countDown();
                    }
                    go.await();
                    // Users do not start in step: each begins within its first think time.
                    Thread.sleep(random.nextLong(thinkMillis + 1));
                    while (System.nanoTime() < end.get()) {
                        Kind kind = mix.get(random.nextInt(mix.size()));
                        String path = kind.paths().get(random.nextInt(kind.paths().size()))
                                .replace("{p}", String.valueOf(people.get(random.nextInt(people.size()))))
                                .replace("{u}", String.valueOf(units.get(random.nextInt(units.size()))));
                        long start = System.nanoTime();
                        boolean error;
                        try {
                            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
                            if (kind.name().equals(HTMX)) {
                                // The list's data alone, as the page's filters fetch it.
                                request.header("HX-Request", "true");
                            }
                            HttpResponse<byte[]> response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                            error = response.statusCode() != 200;
                            if (error) {
                                firstErrors.putIfAbsent(kind.name(), response.statusCode() + " " + path);
                            }
                        } catch (Exception e) {
                            error = true;
                            firstErrors.putIfAbsent(kind.name(), e.getClass().getSimpleName() + " " + path);
                        }
                        samples.add(new Sample(kind.name(), (System.nanoTime() - start) / 1000, error));
                        Thread.sleep(thinkMillis);
                    }
                } catch (Exception e) {
                    firstErrors.putIfAbsent("login", e.toString());
                }
                return null;
            });
        }
        ready.await(120, TimeUnit.SECONDS);
        end.set(System.nanoTime() + seconds * 1_000_000_000L);
        go.countDown();
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);

        Map<String, List<Sample>> byKind = new TreeMap<>();
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        System.out.printf("%d of %d users logged in; %d pages in %d s (%.1f pages/s)%n", loggedIn.get(), users, samples.size(), seconds,
                samples.size() / (double) seconds);
        System.out.printf("%-18s %7s %9s %9s %9s %7s%n", "page", "count", "p50 ms", "p95 ms", "p99 ms", "errors");
        byKind.forEach((kind, list) -> print(kind, list));
        print("all", new ArrayList<>(samples));
        firstErrors.forEach((kind, error) -> System.out.println("first error, " + kind + ": " + error));
    }

    private static void print(String kind, List<Sample> list) {
        List<Long> times = new ArrayList<>(list.stream().map(Sample::micros).toList());
        Collections.sort(times);
        long errors = list.stream().filter(Sample::error).count();
        System.out.printf("%-18s %7d %9.1f %9.1f %9.1f %7d%n", kind, times.size(), at(times, 0.50), at(times, 0.95), at(times, 0.99), errors);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1000.0;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The form login as a browser does it: the CSRF token from the login page, then the form. */
    private static void login(HttpClient client, String base) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=sonoivu&password=chuan2026&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.uri().getPath().startsWith("/dang-nhap")) {
            throw new IllegalStateException("login refused: " + answer.statusCode() + " " + answer.uri());
        }
    }

    private static List<Long> personIds(HttpClient client, String base) throws Exception {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/can-bo/(\\d+)[?\"]").matcher(get(client, base + "/can-bo?trang=1")
                + get(client, base + "/can-bo?trang=5") + get(client, base + "/can-bo?trang=9"));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no person on the people list");
        }
        return ids;
    }

    private static List<Long> unitIds(HttpClient client, String base) throws Exception {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("chat-luong\\?donVi=(\\d+)").matcher(get(client, base + "/bao-cao/chat-luong"));
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids.isEmpty() ? List.of(1L) : ids;
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
