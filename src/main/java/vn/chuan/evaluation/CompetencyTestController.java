package vn.chuan.evaluation;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.units.Units;

/** Competency tests: the sessions ({@code /sat-hach}), one session with its scores and results, a person's history. */
@Controller
class CompetencyTestController {

    private final CompetencyTests tests;
    private final Units units;
    private final Clock clock;

    CompetencyTestController(CompetencyTests tests, Units units, Clock clock) {
        this.tests = tests;
        this.units = units;
        this.clock = clock;
    }

    /** The new-session form as typed, shown again with the reason when a save is refused. */
    record TestDraft(String ten, String ngay, Long donVi, String diemDat, String diemToiDa, String mon) {
    }

    @GetMapping("/sat-hach")
    String sessions(@AuthenticationPrincipal ChuanUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("tests", tests.tests(user.scope()));
        model.addAttribute("units", units.subtreeOf(user.scope().unitId(), today));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new TestDraft("", "", null, "5", "10", ""));
        }
        return "evaluation/tests";
    }

    @PostMapping("/sat-hach")
    String create(@AuthenticationPrincipal ChuanUser user, TestDraft draft, Model model) {
        try {
            if (draft.donVi() == null) {
                throw new InvalidEvaluationException(Messages.text("evaluation.tests.unitRequired"));
            }
            long id = tests.create(user.scope(), draft.ten(), Dates.parse(draft.ngay()).orElse(null), draft.donVi(),
                    CompetencyTests.number(draft.diemDat(), Messages.text("evaluation.tests.passMark")), CompetencyTests.number(draft.diemToiDa(),
                            Messages.text("evaluation.tests.maxScore")),
                    CompetencyTest.Subject.parseAll(draft.mon()));
            return "redirect:/sat-hach/" + id;
        } catch (InvalidEvaluationException e) {
            // Shown again with what was typed: nothing is lost to a refusal.
            model.addAttribute("draft", draft);
            model.addAttribute("problem", e.getMessage());
            return sessions(user, model);
        }
    }

    @GetMapping("/sat-hach/{id}")
    String session(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        CompetencyTest test = tests.test(user.scope(), id).orElseThrow(EvaluationController.RoundNotFoundException::new);
        model.addAttribute("test", test);
        model.addAttribute("sittings", tests.sittings(id));
        model.addAttribute("results", tests.results(user.scope(), test));
        model.addAttribute("consequences", CompetencyTest.Consequence.values());
        return "evaluation/test";
    }

    @PostMapping("/sat-hach/{id}/thi-sinh")
    String register(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("maCanBo") String codes,
            RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        int n = tests.register(user.scope(), id, Arrays.asList(codes.split("[,;\\s]+")));
        redirect.addFlashAttribute("notice", Messages.text("evaluation.tests.registered", n));
        return "redirect:/sat-hach/" + id;
    }

    @PostMapping("/sat-hach/{id}/luot/{sitting}/{action:diem|thi-lai|xu-ly}")
    String sitting(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long sitting, @PathVariable String action,
            @RequestParam(name = "diem", required = false) List<String> scores, @RequestParam(name = "huong", required = false) String consequence,
            @RequestParam(name = "ghiChu", required = false) String note, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        switch (action) {
            case "diem" -> {
                List<BigDecimal> values = new ArrayList<>();
                for (String score : scores == null ? List.<String>of() : scores) {
                    values.add(score == null || score.isBlank() ? null : CompetencyTests.number(score, Messages.text("evaluation.tests.score")));
                }
                tests.score(user.scope(), sitting, values);
            }
            case "thi-lai" -> tests.retake(user.scope(), sitting);
            default -> tests.decide(user.scope(), sitting, Arrays.stream(CompetencyTest.Consequence.values())
                    .filter(c -> c.name().equals(consequence)).findFirst()
                    .orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.tests.consequenceRequired"))), note);
        }
        redirect.addFlashAttribute("notice", Messages.text("evaluation.updated"));
        return "redirect:/sat-hach/" + id;
    }

    @PostMapping("/sat-hach/{id}/nhap-diem")
    String importScores(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam("tep") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (var input = file.getInputStream()) {
            List<String> errors = tests.importScores(user.scope(), id, input, file.getOriginalFilename());
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("notice", Messages.text("evaluation.tests.scoresImported"));
            } else {
                redirect.addFlashAttribute("problem", Messages.text("evaluation.nothingImported", String.join("; ", errors.subList(0, Math.min(20,
                        errors.size())))));
            }
        } catch (InvalidEvaluationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/sat-hach/" + id;
    }

    /** A person's tests, for their page. */
    @GetMapping("/sat-hach/can-bo/{id}")
    String history(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        model.addAttribute("history", tests.historyOf(user.scope(), id));
        return "evaluation/test-history :: history";
    }
}
