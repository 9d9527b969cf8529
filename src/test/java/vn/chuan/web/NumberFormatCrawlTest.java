package vn.chuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.chuan.security.UserAccounts;

/**
 * Every page of the demo province reachable by links from the dashboard, as each demo role, read as the officer reads
 * it (the text shown, without markup and scripts): fails on a number of 1.000 or more written without its groups (outside
 * years, dates and codes, which are marked {@code class="code"} or {@code translate="no"}), on a percentage with a
 * decimal point, on a year written with a group ("năm 2.026"), and on a page that fails.
 */
// The same configuration as BrowserWalkTest's: one application context, one demo province loaded, for both.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chuan.demo.load-on-empty=true", "chuan.demo.persons=2500", "logging.level.vn.chuan=WARN"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class NumberFormatCrawlTest {

    /** Pages of the same address that differ only in their ids or paging: a few of each are enough. */
    private static final int PER_SHAPE = 3;
    private static final int PAGES_PER_ROLE = 400;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern CODE = Pattern.compile("<([a-z0-9]+)[^>]*(?:class=\"[^\"]*\\bcode\\b[^\"]*\"|translate=\"no\")[^>]*>.*?</\\1>",
            Pattern.DOTALL);
    private static final Pattern UNGROUPED = Pattern.compile("(?<![\\p{L}\\d./:#-])\\d{4,}(?![\\p{L}\\d/:-]|[.,]\\d)");
    private static final Pattern POINT_PERCENT = Pattern.compile("\\d\\.\\d+\\s?%");
    private static final Pattern GROUPED_YEAR = Pattern.compile("(?i)năm (?:19|20)\\.\\d{3}\\b|năm [12]\\.\\d{3}\\b");
    /** Downloads, the API and what ends the session or changes data on a GET. */
    private static final Pattern NOT_A_PAGE = Pattern.compile("\\.(xlsx|csv|pdf|docx|zip|json|png|jpg|svg|js|css)(\\?|$)|^/api/|^/dang-xuat"
            + "|^/webjars/|^/css/|^/js/|^/img/|/xuat(\\?|$)|/tai-lieu/");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void everyPageWritesNumbersAsVietnameseDo() throws Exception {
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (String role : List.of("sonoivu", "canboxa", "xem", "quantri")) {
            pages += crawl(role, failures);
        }
        assertThat(pages).as("pages read").isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    private int crawl(String role, List<String> failures) throws Exception {
        var who = user(accounts.loadUserByUsername(role));
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        int read = 0;
        while (!queue.isEmpty() && read < PAGES_PER_ROLE) {
            String path = queue.poll();
            MockHttpServletResponse response = mvc.perform(get(HtmlUtils.htmlUnescape(path)).with(who)).andReturn().getResponse();
            String type = response.getContentType();
            if (response.getStatus() >= 500) {
                failures.add(role + " " + path + ": answered " + response.getStatus());
            }
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            read++;
            String html = response.getContentAsString();
            for (String problem : problems(html)) {
                failures.add(role + " " + path + ": " + problem);
            }
            Matcher link = LINK.matcher(html);
            while (link.find()) {
                String next = link.group(1);
                if (NOT_A_PAGE.matcher(next).find() || !seen.add(next)) {
                    continue;
                }
                String shape = next.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
                if (shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) {
                    queue.add(next);
                }
            }
        }
        return read;
    }

    /** What the text shown writes wrongly: each offending piece with a little of what surrounds it. */
    static Set<String> problems(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<(select|option|textarea)[^>]*>.*?</\\1>", " ");
        text = CODE.matcher(text).replaceAll(" ");
        text = HtmlUtils.htmlUnescape(text.replaceAll("(?s)<[^>]+>", " ")).replaceAll("\\s+", " ");
        Set<String> found = new TreeSet<>();
        Matcher ungrouped = UNGROUPED.matcher(text);
        while (ungrouped.find()) {
            int value = ungrouped.group().length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(ungrouped.group());
            if (value >= 1900 && value <= 2100) {
                continue; // a year
            }
            found.add("ungrouped " + around(text, ungrouped));
        }
        for (Pattern wrong : List.of(POINT_PERCENT, GROUPED_YEAR)) {
            Matcher m = wrong.matcher(text);
            while (m.find()) {
                found.add("written wrongly " + around(text, m));
            }
        }
        return found;
    }

    private static String around(String text, Matcher m) {
        return "«" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 20)).strip() + "»";
    }
}
