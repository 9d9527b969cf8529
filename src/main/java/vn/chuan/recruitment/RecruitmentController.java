package vn.chuan.recruitment;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.ChartSpec;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.shared.NotFoundException;
import vn.chuan.units.Units;

/** Recruitment: the rounds, the share of young graduates with an excellent degree per year and unit, a round's hires. */
@Controller
class RecruitmentController {

    private final Recruitment recruitment;
    private final Units units;
    private final JsonMapper json;
    private final Clock clock;

    RecruitmentController(Recruitment recruitment, Units units, JsonMapper json, Clock clock) {
        this.recruitment = recruitment;
        this.units = units;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/tuyen-dung")
    String index(@AuthenticationPrincipal ChuanUser user, Model model) {
        List<Recruitment.YearFigures> figures = recruitment.figures(user.scope());
        List<Recruitment.YearFigures> totals = figures.stream().filter(f -> f.unitName().isEmpty())
                .sorted(Comparator.comparingInt(Recruitment.YearFigures::year)).toList();
        model.addAttribute("rounds", recruitment.rounds(user.scope()));
        model.addAttribute("figures", figures);
        // The seeds' target: 15% of new hires by 2025, 30% by 2030 (drawn dashed beside each year's share).
        model.addAttribute("chart", totals.isEmpty() ? null : json.writeValueAsString(new ChartSpec("line",
                totals.stream().map(f -> String.valueOf(f.year())).toList(), List.of(
                        new ChartSpec.Series(Messages.text("recruitment.condition.youngAndGood"), "#0d6efd",
                                totals.stream().map(f -> Math.round(f.percent() * 10) / 10.0).toList()),
                        new ChartSpec.Series(Messages.text("recruitment.report.target"), "#dc3545",
                                totals.stream().map(f -> f.year() <= 2025 ? 15 : 30).toList(), true)),
                List.of(), "%")));
        model.addAttribute("units", units.subtreeOf(user.scope().unitId(), LocalDate.now(clock)));
        model.addAttribute("methods", Recruitment.Method.values());
        return "recruitment/index";
    }

    @GetMapping("/tuyen-dung/so-lieu.xlsx")
    void download(@AuthenticationPrincipal ChuanUser user, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = recruitment.figures(user.scope()).stream().map(f -> Arrays.<Object>asList(f.year(),
                f.unitName().isEmpty() ? Messages.text("recruitment.report.total") : f.unitName(), f.hires(), f.youngExcellent(),
                f.hires() == 0 ? null : new SimpleSheet.Percent(f.percent() / 100))).toList();
        Downloads.xlsx(response, "tuyen-dung.xlsx");
        SimpleSheet.write(Messages.text("recruitment.report.sheet"), List.of(Messages.text("recruitment.report.year"),
                Messages.text("recruitment.report.unit"),
                Messages.text("recruitment.report.hired"), Messages.text("recruitment.report.youngAndGood"),
                        Messages.text("recruitment.report.share")),
                rows, response.getOutputStream());
    }

    @PostMapping("/tuyen-dung")
    String open(@AuthenticationPrincipal ChuanUser user, @RequestParam("donVi") long unitId, @RequestParam("ten") String name,
            @RequestParam("hinhThuc") String method, @RequestParam(name = "ngay", required = false) LocalDate heldOn, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        long id = recruitment.openRound(user.scope(), unitId, name, Arrays.stream(Recruitment.Method.values())
                .filter(m -> m.name().equals(method)).findFirst().orElse(null), heldOn);
        redirect.addFlashAttribute("notice", Messages.text("recruitment.notice.roundAdded", name.strip()));
        return "redirect:/tuyen-dung/" + id;
    }

    @GetMapping("/tuyen-dung/{id}")
    String round(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        model.addAttribute("round", recruitment.round(user.scope(),
                id).orElseThrow(() -> new NotFoundException(Messages.text("recruitment.round.notFoundNumber", id))));
        model.addAttribute("classes", DegreeClass.values());
        return "recruitment/round";
    }

    @PostMapping("/tuyen-dung/{id}/trung-tuyen")
    String hire(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("maCanBo") String code,
            @RequestParam("xepLoai") String degreeClass, @RequestParam(name = "chuyenNganh", required = false) String field,
            @RequestParam("viTri") String position, @RequestParam(name = "ngay", required = false) LocalDate hiredOn, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        recruitment.hire(user.scope(), id, code, Arrays.stream(DegreeClass.values()).filter(c -> c.name().equals(degreeClass))
                .findFirst().orElse(null), field, position, hiredOn);
        redirect.addFlashAttribute("notice", Messages.text("recruitment.notice.hired", code.strip()));
        return "redirect:/tuyen-dung/" + id;
    }
}
