package vn.chuan.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Dates;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/** The quantity-and-quality form on screen, as xlsx and as PDF: a unit, a date, every count opening its list. */
@Controller
class ReportController {

    private final Reports reports;
    private final Units units;
    private final Clock clock;

    ReportController(Reports reports, Units units, Clock clock) {
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/bao-cao/chat-luong")
    String quality(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, Model model) {
        LocalDate asOf = Dates.parse(date).orElse(LocalDate.now(clock));
        Unit root = root(user, unitId, asOf);
        model.addAttribute("form", root == null ? null : reports.quality(user.scope(), root, asOf));
        model.addAttribute("asOf", asOf);
        return "reports/quality";
    }

    /** A breakdown by one attribute: {@code theo} (a dimension key, loai, gioi_tinh, dan_toc, tuoi, dang_vien, chuan), {@code loai}. */
    @GetMapping("/bao-cao/co-cau")
    String breakdown(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, @RequestParam(name = "theo", required = false) String by,
            @RequestParam(name = "loai", required = false) String categories, Model model) {
        LocalDate asOf = Dates.parse(date).orElse(LocalDate.now(clock));
        Unit root = root(user, unitId, asOf);
        BreakdownColumn.By chosen = BreakdownColumn.By.of(by);
        java.util.Set<vn.chuan.shared.StaffCategory> chosenCategories = categories(categories);
        model.addAttribute("asOf", asOf);
        model.addAttribute("by", chosen);
        model.addAttribute("bys", BreakdownColumn.By.ALL);
        model.addAttribute("categoryChoices", CATEGORY_CHOICES);
        model.addAttribute("chosenCategories", chosenCategories.stream().sorted().map(Enum::name)
                .collect(java.util.stream.Collectors.joining(",")));
        try {
            model.addAttribute("form", root == null ? null : reports.breakdown(user.scope(), root, asOf, chosen, chosenCategories));
        } catch (IllegalArgumentException e) {
            model.addAttribute("reportError", e.getMessage());
        }
        return "reports/quality";
    }

    @GetMapping("/bao-cao/co-cau.xlsx")
    void breakdownXlsx(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, @RequestParam(name = "theo", required = false) String by,
            @RequestParam(name = "loai", required = false) String categories, HttpServletResponse response) throws IOException {
        LocalDate asOf = Dates.parse(date).orElse(LocalDate.now(clock));
        Unit root = root(user, unitId, asOf);
        send(reports.breakdown(user.scope(), root, asOf, BreakdownColumn.By.of(by), categories(categories)), "co-cau", response,
                "xlsx", XLSX, QualityWorkbook::write);
    }

    @GetMapping("/bao-cao/co-cau.pdf")
    void breakdownPdf(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, @RequestParam(name = "theo", required = false) String by,
            @RequestParam(name = "loai", required = false) String categories, HttpServletResponse response) throws IOException {
        LocalDate asOf = Dates.parse(date).orElse(LocalDate.now(clock));
        Unit root = root(user, unitId, asOf);
        send(reports.breakdown(user.scope(), root, asOf, BreakdownColumn.By.of(by), categories(categories)), "co-cau", response,
                "pdf", "application/pdf", QualityPdf::write);
    }

    /** The choices of the category selector: commune cadres and civil servants together, each, everyone. */
    static final java.util.List<String> CATEGORY_CHOICES = java.util.List.of("CB,CC", "CB", "CC", "VC", "KCT", "CB,CC,VC,KCT");

    private static java.util.Set<vn.chuan.shared.StaffCategory> categories(String text) {
        java.util.Set<vn.chuan.shared.StaffCategory> chosen = new java.util.TreeSet<>();
        for (String part : (text == null || text.isBlank() ? "CB,CC" : text).split(",")) {
            vn.chuan.shared.StaffCategory.parse(part.strip()).ifPresent(chosen::add);
        }
        return chosen.isEmpty() ? java.util.Set.of(vn.chuan.shared.StaffCategory.CB, vn.chuan.shared.StaffCategory.CC) : chosen;
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GetMapping("/bao-cao/chat-luong.xlsx")
    void qualityXlsx(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, HttpServletResponse response) throws IOException {
        download(user, unitId, date, response, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                QualityWorkbook::write);
    }

    @GetMapping("/bao-cao/chat-luong.pdf")
    void qualityPdf(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, HttpServletResponse response) throws IOException {
        download(user, unitId, date, response, "pdf", "application/pdf", QualityPdf::write);
    }

    private void download(ChuanUser user, Long unitId, String date, HttpServletResponse response, String extension,
            String contentType, BiConsumer<QualityForm, OutputStream> writer) throws IOException {
        LocalDate asOf = Dates.parse(date).orElse(LocalDate.now(clock));
        Unit root = root(user, unitId, asOf);
        send(reports.quality(user.scope(), root, asOf), "chat-luong", response, extension, contentType, writer);
    }

    private static void send(QualityForm form, String name, HttpServletResponse response, String extension, String contentType,
            BiConsumer<QualityForm, OutputStream> writer) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name + "-" + form.root().code() + "-" + form.asOf() + "." + extension, StandardCharsets.UTF_8).build().toString());
        writer.accept(form, response.getOutputStream());
    }

    /** The unit asked for if it lies in the scope, else the user's scope unit (or the first province). */
    private Unit root(ChuanUser user, Long unitId, LocalDate date) {
        return Optional.ofNullable(unitId).flatMap(id -> reports.unitInScope(user.scope(), new UnitId(id)))
                .or(() -> reports.defaultRoot(user.scope(), date)).orElse(null);
    }
}
