package vn.chuan.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;
import vn.chuan.units.Units;

/** Surveys ({@code /khao-sat}): the list and a new survey, one survey with its response form and summaries. */
@Controller
class SurveyController {

    private final Surveys surveys;
    private final Units units;
    private final Clock clock;

    SurveyController(Surveys surveys, Units units, Clock clock) {
        this.surveys = surveys;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/khao-sat")
    String list(@AuthenticationPrincipal ChuanUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("surveys", surveys.surveys(user.scope()));
        model.addAttribute("units", units.subtreeOf(user.scope().unitId(), today));
        return "evaluation/surveys";
    }

    @PostMapping("/khao-sat")
    String create(@AuthenticationPrincipal ChuanUser user, @RequestParam("ten") String name, @RequestParam("donVi") long unitId,
            @RequestParam("cauHoi") String questions, RedirectAttributes redirect) {
        try {
            return "redirect:/khao-sat/" + surveys.create(user.scope(), name, unitId, questions);
        } catch (InvalidEvaluationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/khao-sat";
        }
    }

    @GetMapping("/khao-sat/{id}")
    String survey(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        Survey survey = surveys.survey(user.scope(), id).orElseThrow(EvaluationController.RoundNotFoundException::new);
        model.addAttribute("survey", survey);
        model.addAttribute("respondents", Survey.Respondent.values());
        model.addAttribute("people", surveys.summary(user.scope(), survey));
        model.addAttribute("byUnit", surveys.summaryByUnit(user.scope(), survey));
        return "evaluation/survey";
    }

    @PostMapping("/khao-sat/{id}/phieu")
    String respond(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        try {
            Survey survey = surveys.survey(user.scope(),
                    id).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.surveys.notFound")));
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < survey.questions().size(); i++) {
                answers.add(form.getFirst("cau-" + i) == null ? "" : form.getFirst("cau-" + i));
            }
            Survey.Respondent respondent = null;
            try {
                respondent = Survey.Respondent.valueOf(form.getFirst("nguoiTraLoi"));
            } catch (IllegalArgumentException | NullPointerException e) {
                // left null: refused below with a message
            }
            surveys.respond(user.scope(), id, form.getFirst("maCanBo") == null ? "" : form.getFirst("maCanBo"), respondent, answers);
            redirect.addFlashAttribute("notice", Messages.text("evaluation.surveys.answeredNotice"));
        } catch (InvalidEvaluationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/khao-sat/" + id;
    }
}
