package vn.chuan.evaluation;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;

/** A person's discipline and awards: the fragment the person page loads, and the forms that add to them. */
@Controller
class ConductController {

    private final Conduct conduct;

    ConductController(Conduct conduct) {
        this.conduct = conduct;
    }

    @GetMapping("/ky-luat-khen-thuong/can-bo/{id}")
    String record(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("disciplines", conduct.disciplines(user.scope(), id));
        model.addAttribute("awards", conduct.awards(user.scope(), id));
        model.addAttribute("forms", DisciplineForm.values());
        return "evaluation/conduct :: conduct";
    }

    @PostMapping("/ky-luat-khen-thuong/can-bo/{id}/ky-luat")
    String discipline(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("hinhThuc") String form,
            @RequestParam("soQuyetDinh") String number, @RequestParam(name = "ngay", required = false) LocalDate date,
            @RequestParam("coQuan") String issuer,
            @RequestParam(name = "thoiHan", required = false) String months, RedirectAttributes redirect) {
        try {
            conduct.recordDiscipline(user.scope(), id, DisciplineForm.parse(form).orElse(null), number, date, issuer,
                    months == null || months.isBlank() ? null : Integer.valueOf(months.strip()));
            redirect.addFlashAttribute("notice", Messages.text("evaluation.conduct.disciplineSaved"));
        } catch (InvalidEvaluationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", Messages.text("evaluation.conduct.durationNotNumber"));
        }
        return "redirect:/can-bo/" + id;
    }

    @PostMapping("/ky-luat-khen-thuong/can-bo/{id}/khen-thuong")
    String award(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("hinhThuc") String form,
            @RequestParam("soQuyetDinh") String number, @RequestParam(name = "ngay", required = false) LocalDate date,
            @RequestParam("coQuan") String issuer,
            RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        conduct.recordAward(user.scope(), id, form, number, date, issuer);
        redirect.addFlashAttribute("notice", Messages.text("evaluation.conduct.awardSaved"));
        return "redirect:/can-bo/" + id;
    }
}
