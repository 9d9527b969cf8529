import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mixed load of bench/cluster.sh, run as its own process against the load balancer:
 *   java bench/ClusterLoad.java BASE_URL USERS SECONDS UNIT_ID UNIT_CODE OUT_DIR
 * USERS officers (the demo province's, each its own session) read the people list and person pages and, every third
 * step, add a person through the form (code CL-…); one more officer imports a file of ten new persons (codes IM-…)
 * every fifteen seconds, follows its progress and confirms it. Every request is written to OUT_DIR/requests.csv
 * (epoch ms, kind, status, ms; status 0 = no answer); every write the application acknowledged (the form's redirect to
 * the new person, the import's "Đã nhập") to OUT_DIR/acknowledged.txt, one code a line. 200 ms between steps.
 */
public class ClusterLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PERSON = Pattern.compile("href=\"/can-bo/(\\d+)[?\"]");
    private static final String HEADER = "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Số CCCD,Mã đơn vị,Loại,Chức danh,"
            + "Ngày bắt đầu,Đảng viên,Trình độ chuyên môn,Chuyên ngành,Lý luận chính trị";

    record Answer(int status, String body, String location) {
    }

    private static String base;
    private static final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger imports = new AtomicInteger();
    private static final AtomicInteger importsWritten = new AtomicInteger();
    /** Per officer: sent to the login page (a new session, or the first step), so log in before the next step. */
    private static final ThreadLocal<Boolean> loggedOut = ThreadLocal.withInitial(() -> true);

    public static void main(String[] args) throws Exception {
        base = args[0];
        int users = Integer.parseInt(args[1]);
        long end = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
        String unitId = args[3];
        String unitCode = args[4];
        Path out = Path.of(args[5]);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ExecutorService threads = Executors.newFixedThreadPool(users + 1);
        for (int u = 0; u < users; u++) {
            int user = u;
            threads.submit(() -> officer(run + "-" + user, unitId, end));
        }
        threads.submit(() -> importer(run, unitCode, end));
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.HOURS);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.csv")))) {
            requests.forEach(w::println);
        }
        Files.write(out.resolve("acknowledged.txt"), new ArrayList<>(acknowledged));
        System.out.printf("imports: %d started, %d written%n", imports.get(), importsWritten.get());
    }

    private static void officer(String name, String unitId, long end) {
        HttpClient http = client();
        Random random = new Random(name.hashCode());
        List<String> people = new ArrayList<>();
        int step = 0;
        while (System.currentTimeMillis() < end) {
            try {
                if (!loggedIn(http)) {
                    continue;
                }
                step++;
                if (step % 3 == 0) {
                    String code = "CL-" + name + "-" + step;
                    Optional<String> token = token(http, "/can-bo/moi", "form");
                    if (token.isPresent()) {
                        String form = "code=" + code + "&fullName=" + enc("Nguyễn Văn Tải " + step) + "&birthDate=15/03/1990&gender=NAM"
                                + "&ethnicity=Kinh&unitId=" + unitId + "&category=CC&titleCode=VP_TK&startedOn=01/07/2025"
                                + "&reason=TUYEN_DUNG&_csrf=" + enc(token.get());
                        Answer saved = post(http, "/can-bo/moi", form, "write");
                        if (saved.status == 302 && saved.location != null && saved.location.matches(".*/can-bo/\\d+$")) {
                            acknowledged.add(code);
                        }
                    }
                } else if (step % 3 == 1 || people.isEmpty()) {
                    Answer list = get(http, "/can-bo" + (random.nextBoolean() ? "" : "?trang=" + (1 + random.nextInt(5))), "list");
                    Matcher m = PERSON.matcher(list.body);
                    while (m.find() && people.size() < 200) {
                        people.add(m.group(1));
                    }
                } else {
                    get(http, "/can-bo/" + people.get(random.nextInt(people.size())), "person");
                }
                Thread.sleep(200);
            } catch (Exception e) {
                pause();
            }
        }
    }

    private static void importer(String run, String unitCode, long end) {
        HttpClient http = client();
        int round = 0;
        while (System.currentTimeMillis() < end - 10_000) {
            long next = System.currentTimeMillis() + 15_000;
            try {
                if (loggedIn(http)) {
                    round++;
                    imports.incrementAndGet();
                    List<String> codes = new ArrayList<>();
                    StringBuilder csv = new StringBuilder(HEADER).append('\n');
                    for (int i = 1; i <= 10; i++) {
                        String code = "IM-" + run + "-" + round + "-" + i;
                        codes.add(code);
                        csv.append(code).append(",Trần Thị Nhập ").append(i).append(",02/07/1990,Nữ,Kinh,,").append(unitCode)
                                .append(",CC,VP_TK,,,Đại học,,\n");
                    }
                    if (importFile(http, csv.toString(), end)) {
                        acknowledged.addAll(codes);
                        importsWritten.incrementAndGet();
                    }
                }
            } catch (Exception e) {
                // counted in requests.csv; the next round starts on time
            }
            while (System.currentTimeMillis() < next) {
                pause();
            }
        }
    }

    /** Upload, follow, confirm, follow: true when the page says it was written. */
    private static boolean importFile(HttpClient http, String csv, long end) throws Exception {
        Optional<String> token = token(http, "/nhap-du-lieu", "import");
        if (token.isEmpty()) {
            return false;
        }
        String boundary = "----cluster" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cluster.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Answer uploaded = send(http, HttpRequest.newBuilder(URI.create(base + "/nhap-du-lieu"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", token.get())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "import");
        if (uploaded.status != 302 || uploaded.location == null || !uploaded.location.contains("/nhap-du-lieu/")) {
            return false;
        }
        String job = uploaded.location.replaceFirst("^https?://[^/]+", "");
        if (!finished(http, job, end)) {
            return false;
        }
        Optional<String> confirm = token(http, job, "import");
        if (confirm.isEmpty() || post(http, job + "/xac-nhan", "_csrf=" + enc(confirm.get()), "import").status != 302) {
            return false;
        }
        return finished(http, job, end) && get(http, job, "import").body.contains("Đã nhập:");
    }

    private static boolean finished(HttpClient http, String job, long end) throws Exception {
        while (System.currentTimeMillis() < end + 30_000) {
            Answer progress = get(http, job + "/tien-do", "import progress");
            if (progress.status == 200 && progress.body.isEmpty() || progress.status == 404) {
                return progress.status == 200;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static boolean loggedIn(HttpClient http) throws Exception {
        if (!loggedOut.get()) {
            return true;
        }
        Optional<String> token = token(http, "/dang-nhap", "login");
        if (token.isEmpty()) {
            pause();
            return false;
        }
        Answer answer = post(http, "/dang-nhap", "username=sonoivu&password=chuan2026&_csrf=" + enc(token.get()), "login");
        boolean in = answer.status == 302 && answer.location != null && !answer.location.contains("dang-nhap");
        loggedOut.set(!in);
        return in;
    }

    private static Optional<String> token(HttpClient http, String path, String kind) throws Exception {
        Answer page = get(http, path, kind);
        Matcher m = CSRF.matcher(page.body);
        return page.status == 200 && m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Answer get(HttpClient http, String path, String kind) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(base + path)).GET(), kind);
    }

    private static Answer post(HttpClient http, String path, String form, String kind) throws Exception {
        return send(http, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), kind);
    }

    private static Answer send(HttpClient http, HttpRequest.Builder request, String kind) throws Exception {
        long started = System.nanoTime();
        long at = System.currentTimeMillis();
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            // The progress fragment of a finished job asks for a refresh: an empty body marks it for finished().
            String body = response.headers().firstValue("HX-Refresh").isPresent() ? "" : response.body();
            requests.add(at + "," + kind + "," + response.statusCode() + "," + (System.nanoTime() - started) / 1_000_000);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() == 302 && location != null && location.contains("/dang-nhap") && !"login".equals(kind)) {
                loggedOut.set(true);
            }
            return new Answer(response.statusCode(), body, location);
        } catch (IOException e) {
            requests.add(at + "," + kind + ",0," + (System.nanoTime() - started) / 1_000_000);
            return new Answer(0, "", null);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
