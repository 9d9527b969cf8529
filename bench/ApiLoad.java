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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the REST API, run as its own process: java bench/ApiLoad.java BASE_URL TOKEN RATE SECONDS.
 * Open loop: requests for random persons are due at a fixed rate whatever the answers do, and each
 * latency is measured from the moment its request was due, so a slow server is not hidden by a
 * generator that waits for it. Prints throughput, p50/p95/p99, errors and the generator's own CPU.
 *
 * <p>Plain HTTP/1.1 over blocking sockets kept alive, one thread per connection, each taking the next
 * due request: the server shares the machine's two cores with it, and Java's HttpClient took about a
 * core at 500 requests/s (measured), which this takes a tenth of.
 */
public class ApiLoad {

    /** More connections than requests in flight at the rate asked, so the generator itself queues nothing. */
    private static final int CONNECTIONS = 128;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        long server = args.length > 4 ? Long.parseLong(args[4]) : -1;

        List<Long> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\\{\"id\":(\\d+),");
        try (Connection setup = new Connection(base, token)) {
            for (int page = 0; page < 10; page++) {
                Response answer = setup.get("/api/v1/people?size=200&page=" + page, true);
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
        long cpuBefore = processCpuNanos();
        long serverBefore = cpuNanos(ProcessHandle.of(server).stream());
        long databaseBefore = cpuNanos(database());
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
                        Response answer = connection.get("/api/v1/people/" + person, false);
                        if (answer.status() != 200) {
                            errors.incrementAndGet();
                            sample(errorSamples, answer.status() + " " + answer.body());
                        }
                        if (answer.closed()) {
                            connection.close();
                            connection = null;
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
        double generatorCores = (processCpuNanos() - cpuBefore) / (double) elapsed;
        double serverCores = (cpuNanos(ProcessHandle.of(server).stream()) - serverBefore) / (double) elapsed;
        double databaseCores = (cpuNanos(database()) - databaseBefore) / (double) elapsed;
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

    /** The local PostgreSQL server's processes (none with H2). */
    private static java.util.stream.Stream<ProcessHandle> database() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    /** CPU time of these processes so far (of those still running: a connection's backend lives as long as the pool keeps it). */
    private static long cpuNanos(java.util.stream.Stream<ProcessHandle> processes) {
        return processes.mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private record Response(int status, String body, boolean closed) {
    }

    /** One kept-alive HTTP/1.1 connection: a GET at a time, its answer read whole (by its length or its chunks). */
    private static final class Connection implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final String head;

        Connection(URI base, String token) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = new BufferedOutputStream(socket.getOutputStream(), 1_024);
            head = " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n\r\n";
        }

        Response get(String path, boolean keepBody) throws IOException {
            out.write(("GET " + path + head).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closed = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String name = header.substring(0, Math.max(0, header.indexOf(':'))).toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> closed = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = keepBody || code != 200 ? new ByteArrayOutputStream() : null;
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0; size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    copy(size, body);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                copy(length, body);
            } else {
                closed = true;
            }
            return new Response(code, body == null ? "" : body.toString(StandardCharsets.UTF_8), closed);
        }

        private void copy(long length, ByteArrayOutputStream body) throws IOException {
            byte[] buffer = new byte[8_192];
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
}
