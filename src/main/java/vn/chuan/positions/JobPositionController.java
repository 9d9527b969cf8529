package vn.chuan.positions;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Job positions: the figures of the units below, a unit's positions, one position with its framework and people. */
@Controller
class JobPositionController {

    private final JobPositions positions;
    private final Units units;
    private final Clock clock;

    JobPositionController(JobPositions positions, Units units, Clock clock) {
        this.positions = positions;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/vi-tri-viec-lam")
    String index(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Unit> choices = units.subtreeOf(user.scope().unitId(), today);
        Unit unit = units.askedOrScopeRoot(user.scope().unitId(), unitId, today);
        model.addAttribute("unit", unit);
        model.addAttribute("choices", choices);
        model.addAttribute("figures", positions.figures(user.scope(), unit));
        model.addAttribute("positions", positions.positions(user.scope(), unit));
        model.addAttribute("groups", JobPosition.Group.values());
        return "positions/index";
    }

    @PostMapping("/vi-tri-viec-lam")
    String define(@AuthenticationPrincipal ChuanUser user, @RequestParam("donVi") long unitId, @RequestParam("ma") String code,
            @RequestParam("ten") String name, @RequestParam("nhom") String group, @RequestParam("soLuong") String headcount,
            @RequestParam(name = "nhiemVu", required = false) String tasks, @RequestParam(name = "sanPham", required = false) String outputs,
            @RequestParam(name = "chuyenNganh", required = false) String fields, Model model, RedirectAttributes redirect) {
        try {
            JobPosition.Group parsed = Arrays.stream(JobPosition.Group.values()).filter(g -> g.name().equals(group)).findFirst()
                    .orElse(null);
            long id = positions.define(user.scope(), new JobPositions.Definition(unitId, code, name, parsed, number(headcount,
                    Messages.text("positions.field.headcount")),
                    tasks, outputs, fields));
            redirect.addFlashAttribute("notice", Messages.text("positions.notice.added", name.strip()));
            return "redirect:/vi-tri-viec-lam/" + id;
        } catch (InvalidPositionException e) {
            // The page again with what was typed, so that one wrong field does not cost the others.
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("draft", new Draft(code, name, group, headcount, tasks, outputs, fields));
            return index(user, unitId, model);
        }
    }

    record Draft(String code, String name, String group, String headcount, String tasks, String outputs, String fields) {
    }

    @GetMapping("/vi-tri-viec-lam/so-lieu.xlsx")
    void download(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        Unit unit = units.askedOrScopeRoot(user.scope().unitId(), unitId, today);
        List<List<Object>> rows = positions.figures(user.scope(), unit).stream().map(f -> Arrays.<Object>asList(f.unitName(),
                f.headcount(), f.filled(), f.vacant(), f.matching(), f.notMatching(), f.unknown(),
                f.matching() + f.notMatching() == 0 ? null : new SimpleSheet.Percent((double) f.matching() / (f.matching() + f.notMatching()))))
                .toList();
        Downloads.xlsx(response, "vi-tri-viec-lam.xlsx");
        SimpleSheet.write(Messages.text("positions.field.position"), List.of(Messages.text("positions.field.unit"),
                Messages.text("positions.field.allotted"), Messages.text("positions.field.placed"), Messages.text("positions.field.vacant"),
                Messages.text("positions.fit.matching"), Messages.text("positions.fit.notMatching"), Messages.text("positions.fit.unknown"),
                        Messages.text("positions.fit.share")), rows, response.getOutputStream());
    }

    @GetMapping("/vi-tri-viec-lam/{id}")
    String position(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        model.addAttribute("position", positions.position(user.scope(), id));
        model.addAttribute("competencyGroups", JobPosition.CompetencyGroup.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "positions/position";
    }

    @PostMapping("/vi-tri-viec-lam/{id}/so-luong")
    String headcount(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("soLuong") String headcount,
            RedirectAttributes redirect) {
        return attempt(redirect, id, Messages.text("positions.notice.headcountSaved"),
                () -> positions.changeHeadcount(user.scope(), id, number(headcount, Messages.text("positions.field.headcount"))));
    }

    @PostMapping("/vi-tri-viec-lam/{id}/nang-luc")
    String competency(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("ten") String name,
            @RequestParam("nhom") String group, @RequestParam("muc") String level, RedirectAttributes redirect) {
        return attempt(redirect, id, Messages.text("positions.notice.competencyAdded"), () -> positions.addCompetency(user.scope(), id, name,
                Arrays.stream(JobPosition.CompetencyGroup.values()).filter(g -> g.name().equals(group)).findFirst().orElse(null),
                number(level, Messages.text("positions.field.requiredLevel"))));
    }

    @PostMapping("/vi-tri-viec-lam/{id}/bo-tri")
    String place(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("maCanBo") String code,
            @RequestParam(name = "tuNgay", required = false) LocalDate from, RedirectAttributes redirect) {
        return attempt(redirect, id, Messages.text("positions.notice.placed", code.strip()),
                () -> positions.place(user.scope(), id, code, from));
    }

    @GetMapping("/vi-tri-viec-lam/can-bo/{personId}")
    String assessment(@AuthenticationPrincipal ChuanUser user, @PathVariable long personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("position", positions.positionOf(user.scope(), personId).orElse(null));
        model.addAttribute("gaps", positions.gaps(user.scope(), personId));
        return "positions/person :: competencies";
    }

    @PostMapping("/vi-tri-viec-lam/can-bo/{personId}/danh-gia")
    String assess(@AuthenticationPrincipal ChuanUser user, @PathVariable long personId, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        try {
            Map<Long, Integer> levels = new HashMap<>();
            for (Map.Entry<String, String> field : form.entrySet()) {
                if (field.getKey().startsWith("muc-") && !field.getValue().isBlank()) {
                    levels.put(Long.parseLong(field.getKey().substring(4)), number(field.getValue(), Messages.text("positions.field.assessedLevel")));
                }
            }
            positions.assess(user.scope(), personId, levels, user.getUsername());
            redirect.addFlashAttribute("notice", Messages.text("positions.notice.assessed"));
        } catch (InvalidPositionException | NumberFormatException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/can-bo/" + personId;
    }

    private String attempt(RedirectAttributes redirect, long id, String notice, Runnable action) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        action.run();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/vi-tri-viec-lam/" + id;
    }

    private static int number(String text, String label) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPositionException(Messages.text("positions.notNumber", label, text));
        }
    }
}
