import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load generators of bench/api-load.sh and bench/users-load.sh, run as their own process (one file: a single-file
 * program on Java 17 cannot use a class of another file, and both speak HTTP the same way):
 * java bench/Load.java api … (the REST API at a fixed rate) or java bench/Load.java users … (officers browsing).
 */
public class Load {

    public static void main(String[] args) throws Exception {
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "api" -> ApiLoad.main(rest);
            case "users" -> UsersLoad.main(rest);
            default -> {
                System.err.println("usage: java bench/Load.java api BASE_URL TOKEN RATE SECONDS [SERVER_PID]");
                System.err.println("       java bench/Load.java users BASE_URL USERS SECONDS [THINK_MS] [WARM_UP_SECONDS] [SERVER_PID]");
                System.exit(2);
            }
        }
    }
}

/**
 * Load generator for the REST API, java bench/Load.java api BASE_URL TOKEN RATE SECONDS [SERVER_PID].
 * Open loop: requests for random persons are due at a fixed rate whatever the answers do, and each
 * latency is measured from the moment its request was due, so a slow server is not hidden by a
 * generator that waits for it. Prints throughput, p50/p95/p99, errors and the generator's own CPU.
 *
 * <p>Plain HTTP/1.1 over blocking sockets kept alive, one thread per connection, each taking the next
 * due request: the server shares the machine's two cores with it, and Java's HttpClient took about a
 * core at 500 requests/s (measured), which this takes a tenth of.
 */
final class ApiLoad {

    /** More connections than requests in flight at the rate asked, so the generator itself queues nothing. */
    private static final int CONNECTIONS = 128;

    static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        long server = args.length > 4 ? Long.parseLong(args[4]) : -1;

        List<Long> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\\{\"id\":(\\d+),");
        try (Connection setup = new Connection(base, token)) {
            for (int page = 0; page < 10; page++) {
                Response answer = setup.get("/api/v1/people?size=200&page=" + page, false, true);
                Matcher m = id.matcher(answer.body());
                int before = ids.size();
                while (m.find()) {
                    ids.add(Long.parseLong(m.group(1)));
                }
                if (ids.size() == before) {
                    break;
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no person readable with this token");
        }
        // Warm-up, rising to the rate: a freshly started server is still compiling its hot paths, and
        // the full rate at once would pile up requests it then never catches up with.
        run(base, token, ids, Math.max(1, rate / 4), 10, server, false);
        run(base, token, ids, Math.max(1, rate / 2), 10, server, false);
        run(base, token, ids, rate, 10, server, false);
        run(base, token, ids, rate, seconds, server, true);
        System.exit(0);
    }

    private static void run(URI base, String token, List<Long> ids, int rate, int seconds, long server, boolean report)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        long intervalNanos = 1_000_000_000L / rate;
        long cpuBefore = Cpu.ofThisProcess();
        long serverBefore = Cpu.nanos(ProcessHandle.of(server).stream());
        long databaseBefore = Cpu.nanos(Cpu.database());
        long start = System.nanoTime() + 10_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            long seed = 42 + t;
            Thread thread = new Thread(() -> {
                java.util.Random random = new java.util.Random(seed);
                Connection connection = null;
                for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                    long due = start + n * intervalNanos;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    long person = ids.get(random.nextInt(ids.size()));
                    try {
                        if (connection == null) {
                            connection = new Connection(base, token);
                        }
                        Response answer = connection.get("/api/v1/people/" + person, false, false);
                        if (answer.status() != 200) {
                            errors.incrementAndGet();
                            sample(errorSamples, answer.status() + " " + answer.body());
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        sample(errorSamples, e.toString());
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    latencies[n] = System.nanoTime() - due;
                }
                if (connection != null) {
                    connection.close();
                }
            });
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        double generatorCores = (Cpu.ofThisProcess() - cpuBefore) / (double) elapsed;
        double serverCores = (Cpu.nanos(ProcessHandle.of(server).stream()) - serverBefore) / (double) elapsed;
        double databaseCores = (Cpu.nanos(Cpu.database()) - databaseBefore) / (double) elapsed;
        double completed = total / (elapsed / 1e9);
        if (!report) {
            return;
        }
        long[] sorted = Arrays.copyOf(latencies, total);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "person reads: %d requests at %d/s for %d s, %.0f requests/s completed, errors %d%n", total, rate, seconds,
                completed, errors.get());
        System.out.printf(Locale.ROOT, "latency from due time: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(sorted, 0.50),
                ms(sorted, 0.95), ms(sorted, 0.99), sorted[total - 1] / 1e6);
        System.out.printf(Locale.ROOT, "the generator itself: %.2f of a core (%d connections)%n", generatorCores, CONNECTIONS);
        if (server > 0) {
            System.out.printf(Locale.ROOT, "CPU: the server %.2f of a core (%.2f ms a request), PostgreSQL's processes %.2f (%.2f ms a request)%n",
                    serverCores, serverCores * 1000 / completed, databaseCores, databaseCores * 1000 / completed);
        }
        errorSamples.forEach(sample -> System.out.println("error: " + sample.substring(0, Math.min(200, sample.length()))));
    }

    private static void sample(ConcurrentLinkedQueue<String> samples, String sample) {
        if (samples.size() < 3) {
            samples.add(sample);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}

/**
 * Officers browsing at once: java bench/Load.java users BASE_URL USERS SECONDS [THINK_MS] [WARM_UP_SECONDS] [SERVER_PID].
 * Closed loop: each user logs in (its own session; all of them before the clock starts), then opens a page of the mix,
 * reads it whole, waits the think time (1 s by default) and opens the next, until the time is up. The mix: the people list
 * with filters (the page and its htmx results fragment, the list's data), a person's page and 2C file, the quality form,
 * the dashboard. The first WARM_UP_SECONDS run the same mix unmeasured: a server just started spends its first minutes
 * compiling the pages' code (measured: the first minute's p95 was three times the third's). Prints, per kind of page and
 * for all, the count, p50/p95/p99 and the errors (an answer other than 200, or a time-out of 30 s), and the CPU the
 * server (its pid given), PostgreSQL's processes and the generator took per page in the measured seconds.
 * Plain HTTP/1.1 over a kept-alive socket per user: Java's HttpClient took 5–6 ms of CPU per page (a third of what the
 * server took) on the two cores it shares with the server.
 */
final class UsersLoad {

    private static final String HTMX = "list data (htmx)";

    record Kind(String name, List<String> paths) {
    }

    record Sample(String kind, long micros, boolean error) {
    }

    static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int users = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        long thinkMillis = args.length > 3 ? Long.parseLong(args[3]) : 1000;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        long server = args.length > 5 ? Long.parseLong(args[5]) : -1;

        List<Long> people;
        List<Long> units;
        try (Connection probe = new Connection(base, null)) {
            probe.login();
            people = ids(probe, "href=\"/can-bo/(\\d+)[?\"]", "/can-bo?trang=1", "/can-bo?trang=5", "/can-bo?trang=9");
            units = ids(probe, "chat-luong\\?donVi=(\\d+)", "/bao-cao/chat-luong");
        }
        if (people.isEmpty()) {
            throw new IllegalStateException("no person on the people list");
        }
        List<Long> unitIds = units.isEmpty() ? List.of(1L) : units;
        List<Kind> mix = List.of(
                new Kind("people list", List.of("/can-bo", "/can-bo?chuyen_mon=DAI_HOC", "/can-bo?loai=CC&trang=3",
                        "/can-bo?q=nguyen+van", "/can-bo?chucDanh=CT_UBND")),
                new Kind(HTMX, List.of("/can-bo?trang=2", "/can-bo?q=tran&trang=2", "/can-bo?loai=CB&chuyen_mon=DAI_HOC")),
                new Kind("person page", List.of("/can-bo/{p}")),
                new Kind("2C file", List.of("/can-bo/{p}/ho-so")),
                new Kind("quality form", List.of("/bao-cao/chat-luong", "/bao-cao/chat-luong?donVi={u}")),
                new Kind("dashboard", List.of("/", "/?donVi={u}")));
        System.out.printf("%d users, think time %d ms, %d s measured after %d s of warm-up; %d persons and %d units to open%n", users,
                thinkMillis, seconds, warmUp, people.size(), unitIds.size());

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        AtomicInteger loggedIn = new AtomicInteger();
        // Everyone logs in first, then the clock starts: a login is a password hash (a tenth of a second of a core), once a day
        // in an office, and fifty of them at once would be counted against the pages.
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.submit(() -> {
                Random random = new Random(user);
                Connection connection = null;
                try {
                    try {
                        connection = new Connection(base, null);
                        connection.login();
                        loggedIn.incrementAndGet();
                    } finally {
                        ready.countDown();
                    }
                    go.await();
                    // Users do not start in step: each begins within its first think time.
                    Thread.sleep(random.nextLong(thinkMillis + 1));
                    while (System.nanoTime() < window[1]) {
                        Kind kind = mix.get(random.nextInt(mix.size()));
                        String path = kind.paths().get(random.nextInt(kind.paths().size()))
                                .replace("{p}", String.valueOf(people.get(random.nextInt(people.size()))))
                                .replace("{u}", String.valueOf(unitIds.get(random.nextInt(unitIds.size()))));
                        long start = System.nanoTime();
                        boolean error;
                        try {
                            // The list's data alone, as the page's filters fetch it.
                            Response response = connection.get(path, kind.name().equals(HTMX), false);
                            error = response.status() != 200;
                            if (error) {
                                firstErrors.putIfAbsent(kind.name(), response.status() + " " + path);
                            }
                        } catch (IOException e) {
                            error = true;
                            firstErrors.putIfAbsent(kind.name(), e.getClass().getSimpleName() + " " + path);
                            connection.reconnect();
                        }
                        if (start >= window[0]) {
                            samples.add(new Sample(kind.name(), (System.nanoTime() - start) / 1000, error));
                        }
                        Thread.sleep(thinkMillis);
                    }
                } catch (Exception e) {
                    firstErrors.putIfAbsent("login", e.toString());
                } finally {
                    if (connection != null) {
                        connection.close();
                    }
                }
                return null;
            });
        }
        ready.await(120, TimeUnit.SECONDS);
        window[0] = System.nanoTime() + warmUp * 1_000_000_000L;
        window[1] = window[0] + seconds * 1_000_000_000L;
        go.countDown();
        Thread.sleep(warmUp * 1000L);
        long cpuBefore = Cpu.ofThisProcess();
        long serverBefore = Cpu.nanos(ProcessHandle.of(server).stream());
        long databaseBefore = Cpu.nanos(Cpu.database());
        Thread.sleep(seconds * 1000L);
        long generator = Cpu.ofThisProcess() - cpuBefore;
        long serverCpu = Cpu.nanos(ProcessHandle.of(server).stream()) - serverBefore;
        long databaseCpu = Cpu.nanos(Cpu.database()) - databaseBefore;
        pool.shutdown();
        pool.awaitTermination(120, TimeUnit.SECONDS);

        Map<String, List<Sample>> byKind = new TreeMap<>();
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        System.out.printf(Locale.ROOT, "%d of %d users logged in; %d pages in %d s (%.1f pages/s)%n", loggedIn.get(), users, samples.size(),
                seconds, samples.size() / (double) seconds);
        System.out.printf("%-18s %7s %9s %9s %9s %7s%n", "page", "count", "p50 ms", "p95 ms", "p99 ms", "errors");
        byKind.forEach((kind, list) -> print(kind, list));
        print("all", new ArrayList<>(samples));
        double pages = Math.max(1, samples.size());
        System.out.printf(Locale.ROOT, "CPU per page: the generator %.2f ms%s%n", generator / 1e6 / pages, server > 0
                ? String.format(Locale.ROOT, ", the server %.2f ms, PostgreSQL's processes %.2f ms", serverCpu / 1e6 / pages,
                        databaseCpu / 1e6 / pages) : "");
        firstErrors.forEach((kind, error) -> System.out.println("first error, " + kind + ": " + error));
        System.exit(0);
    }

    private static void print(String kind, List<Sample> list) {
        List<Long> times = new ArrayList<>(list.stream().map(Sample::micros).toList());
        Collections.sort(times);
        long errors = list.stream().filter(Sample::error).count();
        System.out.printf(Locale.ROOT, "%-18s %7d %9.1f %9.1f %9.1f %7d%n", kind, times.size(), at(times, 0.50), at(times, 0.95),
                at(times, 0.99), errors);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1000.0;
    }

    private static List<Long> ids(Connection connection, String pattern, String... paths) throws IOException {
        List<Long> ids = new ArrayList<>();
        for (String path : paths) {
            Matcher m = Pattern.compile(pattern).matcher(connection.get(path, false, true).body());
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }
}

/** CPU time taken, from the operating system's counters. */
final class Cpu {

    private Cpu() {
    }

    /** The local PostgreSQL server's processes (none with H2). */
    static Stream<ProcessHandle> database() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    /** CPU time of these processes so far (of those still running: a connection's backend lives as long as the pool keeps it). */
    static long nanos(Stream<ProcessHandle> processes) {
        return processes.mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    static long ofThisProcess() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

record Response(int status, String body, String location, boolean closed) {
}

/**
 * One kept-alive HTTP/1.1 connection, with an API key or a user's session cookie: a request at a time, its answer read
 * whole (by its length or its chunks); the login as a browser does it (the CSRF token from the login page, then the
 * form). A connection the server closes is opened again.
 */
final class Connection implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    /** An API key (the REST API) or null (the pages, after {@link #login}). */
    private final String token;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private String cookie;

    Connection(URI base, String token) throws IOException {
        this.base = base;
        this.token = token;
        connect();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream(), 16_384);
        out = new BufferedOutputStream(socket.getOutputStream(), 2_048);
    }

    void reconnect() {
        close();
        try {
            connect();
        } catch (IOException e) {
            // the next request fails and tries again
        }
    }

    void login() throws IOException {
        Matcher token = CSRF.matcher(get("/dang-nhap", false, true).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=sonoivu&password=chuan2026&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        Response answer = send("POST", "/dang-nhap", false, form, false);
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("/dang-nhap")) {
            throw new IllegalStateException("login refused: " + answer.status() + " " + answer.location());
        }
    }

    Response get(String path, boolean htmx, boolean keepBody) throws IOException {
        Response answer = send("GET", path, htmx, null, keepBody);
        if (answer.closed()) {
            reconnect();
        }
        return answer;
    }

    private Response send(String method, String path, boolean htmx, String form, boolean keepBody) throws IOException {
        StringBuilder request = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost()).append(':').append(base.getPort()).append(token == null ? "\r\nAccept: text/html\r\n"
                        : "\r\nAccept: application/json\r\nAuthorization: Bearer " + token + "\r\n");
        if (cookie != null) {
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        if (htmx) {
            request.append("HX-Request: true\r\n");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closed = false;
        String location = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String name = header.substring(0, Math.max(0, header.indexOf(':'))).toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> closed = value.equalsIgnoreCase("close");
                case "location" -> location = value;
                // The session's cookie (a new one after the login: the session id changes).
                case "set-cookie" -> cookie = value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';'));
                default -> { }
            }
        }
        ByteArrayOutputStream kept = keepBody || code != 200 ? new ByteArrayOutputStream() : null;
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size, kept);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            copy(length, kept);
        } else {
            closed = true;
        }
        return new Response(code, kept == null ? "" : kept.toString(StandardCharsets.UTF_8), location, closed);
    }

    private long chunkSize() throws IOException {
        return Long.parseLong(line().split(";")[0].strip(), 16);
    }

    private void copy(long length, ByteArrayOutputStream body) throws IOException {
        byte[] buffer = new byte[16_384];
        for (long left = length; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException();
            }
            if (body != null) {
                body.write(buffer, 0, read);
            }
            left -= read;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException();
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
