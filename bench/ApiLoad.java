import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the REST API, run as its own process: java bench/ApiLoad.java BASE_URL TOKEN RATE SECONDS.
 * Open loop: requests for random persons start at a fixed rate whatever the answers do, and each
 * latency is measured from the moment its request was due, so a slow server is not hidden by a
 * generator that waits for it. Prints throughput, p50/p95/p99 and errors.
 */
public class ApiLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(5)).build();

        List<Long> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\\{\"id\":(\\d+),");
        for (int page = 0; page < 10; page++) {
            String body = client.send(get(base + "/api/v1/people?size=200&page=" + page, token), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = id.matcher(body);
            int before = ids.size();
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            if (ids.size() == before) {
                break;
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no person readable with this token");
        }
        // Warm-up, rising to the rate: a freshly started server is still compiling its hot paths, and
        // the full rate at once would pile up requests it then never catches up with.
        run(client, base, token, ids, Math.max(1, rate / 4), 10, false);
        run(client, base, token, ids, Math.max(1, rate / 2), 10, false);
        run(client, base, token, ids, rate, 10, false);
        run(client, base, token, ids, rate, seconds, true);
        System.exit(0);
    }

    private static void run(HttpClient client, String base, String token, List<Long> ids, int rate, int seconds, boolean report)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(total);
        Random random = new Random(42);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        AtomicInteger issued = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            // Issue every request that is due by now (the ticker may fall behind by a few).
            long now = System.nanoTime();
            while (issued.get() < total && start + issued.get() * intervalNanos <= now) {
                int n = issued.getAndIncrement();
                long due = start + n * intervalNanos;
                long person = ids.get(random.nextInt(ids.size()));
                client.sendAsync(get(base + "/api/v1/people/" + person, token), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, failure) -> {
                            latencies[n] = System.nanoTime() - due;
                            if (failure != null || response.statusCode() != 200) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 3) {
                                    errorSamples.add(failure != null ? failure.toString() : response.statusCode() + " " + response.body());
                                }
                            }
                            done.countDown();
                        });
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        boolean finished = done.await(seconds + 60L, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        ticker.shutdownNow();
        if (!report) {
            return;
        }
        long[] sorted = Arrays.copyOf(latencies, total);
        Arrays.sort(sorted);
        System.out.printf("person reads: %d requests at %d/s for %d s (%s), %.0f requests/s completed, errors %d%n", total, rate, seconds,
                finished ? "all answered" : "NOT all answered", total / (elapsed / 1e9), errors.get());
        System.out.printf("latency from due time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[total - 1] / 1e6);
        errorSamples.forEach(sample -> System.out.println("error: " + sample.substring(0, Math.min(200, sample.length()))));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
    }
}
