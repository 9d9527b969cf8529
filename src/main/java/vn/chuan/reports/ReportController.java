package vn.chuan.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.audit.AuditLog;
import vn.chuan.audit.UntilNextCommit;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Unit;

/**
 * The report tables on screen, as xlsx and as PDF: {@code chat-luong} (commune cadres and civil
 * servants), {@code cong-chuc} (civil servants above commune level), {@code co-cau} (a breakdown by
 * {@code theo} of the categories {@code loai}); a unit ({@code donVi}) and a date ({@code ngay}).
 */
@Controller
class ReportController {

    private static final String PATHS = "{report:chat-luong|cong-chuc|co-cau}";

    /** The choices of the category selector: commune cadres and civil servants together, each, everyone. */
    static final List<String> CATEGORY_CHOICES = List.of("CB,CC", "CB", "CC", "VC", "KCT", "CB,CC,VC,KCT");

    private final Reports reports;
    private final Clock clock;
    private final UserAccounts accounts;
    /** A form's rows as HTML (a province of 1.500 communes: 7 MB, a tenth of a second to write): kept until the next commit. */
    private final UntilNextCommit<List<Object>, String> grids;
    /** The forms, asked again and again (a province's form by each of its officers, 0,3 s at 100.000): kept until the next commit. */
    private final UntilNextCommit<List<Object>, ReportTable> forms;

    ReportController(Reports reports, Clock clock, UserAccounts accounts, AuditLog audit) {
        this.grids = new UntilNextCommit<>(audit, 32);
        this.forms = new UntilNextCommit<>(audit, 64);
        this.accounts = accounts;
        this.reports = reports;
        this.clock = clock;
    }

    /** What a report address asks for. */
    record Request(String report, Unit root, LocalDate asOf, BreakdownColumn.By by, Set<StaffCategory> categories, Set<Integer> groups) {

        String categoryParameter() {
            return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        }

        /** The chosen column groups as address parameters, empty when every group is shown. */
        String groupParameter() {
            return groups.stream().sorted().map(g -> "&nhom=" + g).collect(Collectors.joining());
        }
    }

    @GetMapping("/bao-cao/" + PATHS)
    String page(@AuthenticationPrincipal ChuanUser user, @PathVariable String report,
            @RequestParam(name = "donVi", required = false) Long unitId, @RequestParam(name = "ngay", required = false) LocalDate date,
            @RequestParam(name = "theo", required = false) String by, @RequestParam(name = "loai", required = false) String categories,
            @RequestParam(name = "nhom", required = false) Set<Integer> groups, Model model) {
        Request request = request(user, report, unitId, date, by, categories, groups);
        model.addAttribute("asOf", request.asOf());
        model.addAttribute("reportPath", "/bao-cao/" + report);
        if (report.equals("co-cau")) {
            model.addAttribute("by", request.by());
            model.addAttribute("bys", BreakdownColumn.By.ALL);
            model.addAttribute("categoryChoices", CATEGORY_CHOICES);
            model.addAttribute("chosenCategories", request.categoryParameter());
        }
        try {
            ReportTable whole = request.root() == null ? null : table(user, request);
            if (whole != null) {
                ReportTable form = whole.withGroups(request.groups());
                String extra = (report.equals("co-cau") ? "&theo=" + request.by().key() + "&loai=" + request.categoryParameter() : "")
                        + request.groupParameter();
                model.addAttribute("form", form);
                model.addAttribute("extra", extra);
                model.addAttribute("groupChoices", whole.headerGroups());
                model.addAttribute("chosenGroups", request.groups());
                model.addAttribute("gridRows", grids.get(List.of(report, request.root().id().value(), request.asOf(), extra),
                        () -> ReportGridHtml.rows(form, "/bao-cao/" + report, request.asOf(), extra)));
            }
        } catch (IllegalArgumentException e) {
            model.addAttribute("reportError", e.getMessage());
        }
        return "reports/quality";
    }

    @GetMapping("/bao-cao/" + PATHS + ".{format:xlsx|pdf}")
    void download(@AuthenticationPrincipal ChuanUser user, @PathVariable String report, @PathVariable String format,
            @RequestParam(name = "donVi", required = false) Long unitId, @RequestParam(name = "ngay", required = false) LocalDate date,
            @RequestParam(name = "theo", required = false) String by, @RequestParam(name = "loai", required = false) String categories,
            @RequestParam(name = "nhom", required = false) Set<Integer> groups, HttpServletResponse response) throws IOException {
        Request request = request(user, report, unitId, date, by, categories, groups);
        ReportTable table = table(user, request).withGroups(request.groups());
        PaperHeading heading = accounts.paperHeading(user.getUsername(), table.root().name());
        if (format.equals("pdf")) {
            send(table, report, response, "pdf", "application/pdf", (t, out) -> ReportPdf.write(t, heading, out));
        } else {
            send(table, report, response, "xlsx", Downloads.XLSX, (t, out) -> ReportWorkbook.write(t, heading, out));
        }
    }

    private Request request(ChuanUser user, String report, Long unitId, LocalDate date, String by, String categories,
            Set<Integer> groups) {
        LocalDate asOf = date == null ? LocalDate.now(clock) : date;
        return new Request(report, reports.root(user.scope(), unitId, asOf).orElse(null), asOf, BreakdownColumn.By.of(by),
                categories(categories), groups == null ? Set.of() : Set.copyOf(groups));
    }

    private ReportTable table(ChuanUser user, Request request) {
        // The root is the scope's (Reports.root): the scope is in the key all the same, so that no form crosses scopes.
        return forms.get(List.of(user.scope().likePrefix(), request.report(), request.root().id().value(), request.asOf(),
                request.by().key(), request.categoryParameter()), () -> computed(user, request));
    }

    private ReportTable computed(ChuanUser user, Request request) {
        return switch (request.report()) {
            case "cong-chuc" -> reports.civilServants(user.scope(), request.root(), request.asOf());
            case "co-cau" -> reports.breakdown(user.scope(), request.root(), request.asOf(), request.by(), request.categories());
            default -> reports.quality(user.scope(), request.root(), request.asOf());
        };
    }

    private static Set<StaffCategory> categories(String text) {
        Set<StaffCategory> chosen = new TreeSet<>();
        for (String part : (text == null || text.isBlank() ? "CB,CC" : text).split(",")) {
            StaffCategory.parse(part.strip()).ifPresent(chosen::add);
        }
        return chosen.isEmpty() ? Set.of(StaffCategory.CB, StaffCategory.CC) : chosen;
    }

    private static void send(ReportTable form, String name, HttpServletResponse response, String extension, String contentType,
            BiConsumer<ReportTable, OutputStream> writer) throws IOException {
        Downloads.attachment(response, name + "-" + form.root().code() + "-" + form.asOf() + "." + extension, contentType);
        writer.accept(form, response.getOutputStream());
    }
}
