package vn.chuan.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

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

/** The quantity-and-quality form on screen: a unit, a date, every count opening its list. */
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
        Unit root = Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(user.scope()::covers)
                .orElseGet(() -> defaultRoot(user, asOf));
        model.addAttribute("form", root == null ? null : reports.quality(user.scope(), root, asOf));
        model.addAttribute("asOf", asOf);
        return "reports/quality";
    }

    @GetMapping("/bao-cao/chat-luong.xlsx")
    void qualityXlsx(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        LocalDate asOf = Dates.parse(date).orElse(LocalDate.now(clock));
        Unit root = Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(user.scope()::covers)
                .orElseGet(() -> defaultRoot(user, asOf));
        QualityForm form = reports.quality(user.scope(), root, asOf);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                .filename("chat-luong-" + root.code() + "-" + asOf + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        QualityWorkbook.write(form, response.getOutputStream());
    }

    @GetMapping("/bao-cao/chat-luong.pdf")
    void qualityPdf(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) String date, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        LocalDate asOf = Dates.parse(date).orElse(LocalDate.now(clock));
        Unit root = Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(user.scope()::covers)
                .orElseGet(() -> defaultRoot(user, asOf));
        QualityForm form = reports.quality(user.scope(), root, asOf);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                .filename("chat-luong-" + root.code() + "-" + asOf + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString());
        QualityPdf.write(form, response.getOutputStream());
    }

    private Unit defaultRoot(ChuanUser user, LocalDate date) {
        if (user.scope().unitId() != null) {
            return units.get(user.scope().unitId());
        }
        return units.roots().stream().filter(u -> u.isValidOn(date)).findFirst().orElse(null);
    }
}
