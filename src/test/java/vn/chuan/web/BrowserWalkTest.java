package vn.chuan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;

import vn.chuan.support.Chromium;

/**
 * Every main page of the demo province in a real browser (Debian's Chromium) as each demo role: the time until the page
 * is usable (its load event, charts and the list drawn), a screenshot of each in {@code target/browser-walk}, and an
 * accessibility check (axe-core, WCAG 2 A and AA) that fails on any serious or critical violation. The times are printed
 * with their anchor (the login page, the lightest) in {@code target/benchmarks/browser-walk.txt}, not asserted. The
 * pages' content security policy is bypassed only so that the test can inject axe.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chuan.demo.load-on-empty=true", "chuan.demo.persons=2500", "logging.level.vn.chuan=WARN"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class BrowserWalkTest {

    private static final List<String> PAGES = List.of("/", "/can-bo", "/bao-cao/chat-luong", "/bao-cao/co-cau", "/chuan-hoa",
            "/viec-den-han", "/muc-tieu", "/dao-tao", "/dao-tao/thong-ke", "/danh-gia", "/danh-gia/phan-bo", "/danh-gia/he-qua",
            "/quy-hoach", "/vi-tri-viec-lam", "/luan-chuyen", "/tuyen-dung", "/nhac-viec", "/chat-luong-du-lieu", "/sat-hach", "/tai-khoan");

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A page visited: its time to usable, its serious or critical violations (failing) and its lesser ones (written down). */
    private record Visit(String role, String path, double millis, List<String> violations, List<String> lesser) {
    }

    @Test
    void everyMainPageIsUsableAndAccessibleForEachRole() throws Exception {
        String axe = axeScript();
        List<Visit> visits = new ArrayList<>();
        Path shots = Path.of("target", "browser-walk");
        Files.createDirectories(shots);
        String base = "http://localhost:" + port;
        try (BrowserContext anonymous = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800).setBypassCSP(true))) {
            Page page = anonymous.newPage();
            visits.add(visit(page, base, "-", "/dang-nhap", axe, shots));
        }
        for (String role : List.of("sonoivu", "canboxa", "xem", "quantri")) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 800).setBypassCSP(true))) {
                Page page = context.newPage();
                page.navigate(base + "/dang-nhap");
                page.fill("#username", role);
                page.fill("#password", "chuan2026");
                page.click("button[type=submit]");
                page.waitForURL(url -> !url.contains("/dang-nhap"));
                for (String path : PAGES) {
                    visits.add(visit(page, base, role, path, axe, shots));
                }
            }
        }
        write(visits);
        assertThat(visits).as("pages answered").hasSizeGreaterThan(PAGES.size() * 4);
        assertThat(visits.stream().flatMap(v -> v.violations().stream().map(x -> v.role() + " " + v.path() + ": " + x)).toList())
                .as("serious or critical accessibility violations").isEmpty();
    }

    /** Opens the page, waits until it is usable (loaded, the network quiet: the lists and charts htmx fetches are in), checks it. */
    private static Visit visit(Page page, String base, String role, String path, String axe, Path shots) {
        page.navigate(base + path);
        // Usable: the page's load event (its scripts ran, the charts drawn); what htmx fetches after it is waited for below.
        page.waitForFunction("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0");
        double millis = ((Number) page.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                + " return n.loadEventEnd - n.startTime; }")).doubleValue();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve(role + path.replace('/', '_') + ".png")));
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice']}});
                  return result.violations.map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + '): '
                      + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.any[0] ? n.any[0].message : '')).join(' | '));
                }""");
        List<String> failing = found.stream().filter(v -> v.startsWith("serious ") || v.startsWith("critical ")).toList();
        return new Visit(role, path, millis, failing, found.stream().filter(v -> !failing.contains(v)).toList());
    }

    private static String axeScript() throws IOException {
        try (InputStream in = BrowserWalkTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(List<Visit> visits) throws IOException {
        StringBuilder out = new StringBuilder();
        double anchor = visits.get(0).millis();
        List<Double> times = visits.stream().skip(1).map(Visit::millis).sorted().toList();
        out.append(String.format("anchor: the login page, usable in %.0f ms%n", anchor));
        out.append(String.format("%d pages as 4 roles: median %.0f ms, p95 %.0f ms, max %.0f ms%n", times.size(),
                times.get(times.size() / 2), times.get((int) Math.min(times.size() - 1, Math.round(times.size() * 0.95))),
                times.get(times.size() - 1)));
        visits.forEach(v -> out.append(String.format("%-8s %-24s %6.0f ms %s%s%n", v.role(), v.path(), v.millis(),
                v.violations().isEmpty() ? "" : v.violations(), v.lesser().isEmpty() ? "" : " lesser: " + v.lesser())));
        Path file = Path.of("target", "benchmarks", "browser-walk.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.print(out);
    }
}
