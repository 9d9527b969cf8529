package vn.chuan.succession;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
import vn.chuan.shared.Dates;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.shared.NotFoundException;
import vn.chuan.units.Units;

/** Competitive selection rounds: the list, a new round with its criteria, a round's candidates, scores and result. */
@Controller
class SelectionController {

    private static final int CRITERIA_ROWS = 4;

    private final Selections selections;
    private final Succession succession;
    private final Units units;
    private final Clock clock;

    SelectionController(Selections selections, Succession succession, Units units, Clock clock) {
        this.selections = selections;
        this.succession = succession;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/quy-hoach/tuyen-chon")
    String list(@AuthenticationPrincipal ChuanUser user, Model model) {
        model.addAttribute("rounds", selections.rounds(user.scope()));
        model.addAttribute("units", units.subtreeOf(user.scope().unitId(), LocalDate.now(clock)));
        model.addAttribute("titles", PositionTitle.all());
        model.addAttribute("criteriaRows", IntStream.range(0, CRITERIA_ROWS).boxed().toList());
        return "succession/selections";
    }

    @PostMapping("/quy-hoach/tuyen-chon")
    String open(@AuthenticationPrincipal ChuanUser user, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        List<Selections.NewCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < CRITERIA_ROWS; i++) {
            String name = form.getOrDefault("tieuChi" + i, "");
            if (!name.isBlank()) {
                criteria.add(new Selections.NewCriterion(name, number(form.get("trongSo" + i), Messages.text("succession.selection.weight")),
                        number(form.get("diemToiDa" + i), Messages.text("succession.selection.maxScore"))));
            }
        }
        long id = selections.open(user.scope(), number(form.get("donVi"), Messages.text("succession.field.unit")), form.get("chucDanh"),
                form.get("ten"),
                Dates.parse(form.get("ngay")).orElse(null), criteria);
        redirect.addFlashAttribute("notice", Messages.text("succession.selection.openedNotice"));
        return "redirect:/quy-hoach/tuyen-chon/" + id;
    }

    @GetMapping("/quy-hoach/tuyen-chon/{id}")
    String round(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        SelectionRound round = selections.round(user.scope(),
                id).orElseThrow(() -> new NotFoundException(Messages.text("succession.selection.notFoundNumber", id)));
        model.addAttribute("round", round);
        if (round.decided()) {
            SelectionRound.Candidate winner = round.candidates().stream().filter(c -> c.personId() == round.winnerId()).findFirst().orElseThrow();
            model.addAttribute("winner", winner);
            model.addAttribute("appointmentGaps", succession.appointmentCheck(user.scope(), winner.personCode(), round.unitId(), round.titleCode()));
        }
        return "succession/selection";
    }

    @GetMapping("/quy-hoach/tuyen-chon/{id}/ket-qua.xlsx")
    void workbook(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        SelectionRound round = selections.round(user.scope(),
                id).orElseThrow(() -> new NotFoundException(Messages.text("succession.selection.notFoundNumber", id)));
        List<String> headers = new ArrayList<>(List.of(Messages.text("succession.selection.rank"), Messages.text("succession.field.code"),
                Messages.text("succession.field.fullName")));
        round.criteria().forEach(c -> headers.add(Messages.text("succession.selection.criterionHeader", c.name(), c.weight(), c.maxScore())));
        headers.add(Messages.text("succession.selection.total"));
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (SelectionRound.Candidate c : round.ranking()) {
            List<Object> row = new ArrayList<>(List.of(rank++, c.personCode(), c.personName()));
            round.criteria().forEach(k -> row.add(c.scores().get(k.id())));
            row.add(round.total(c));
            rows.add(row);
        }
        Downloads.xlsx(response, "tuyen-chon-" + id + ".xlsx");
        SimpleSheet.write(Messages.text("succession.selection.sheet"), headers, rows, response.getOutputStream());
    }

    @PostMapping("/quy-hoach/tuyen-chon/{id}/ung-vien")
    String candidate(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("maCanBo") String code,
            RedirectAttributes redirect) {
        return attempt(redirect, id, Messages.text("succession.selection.candidateAddedNotice", code.strip()),
                () -> selections.addCandidate(user.scope(), id,
                code));
    }

    @PostMapping("/quy-hoach/tuyen-chon/{id}/diem")
    String scores(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return attempt(redirect, id, Messages.text("succession.selection.scoresSavedNotice"), () -> {
            // Fields "diem-<candidate>-<criterion>"; blanks are not scored yet.
            Map<Long, Map<Long, BigDecimal>> byCandidate = new HashMap<>();
            for (Map.Entry<String, String> field : form.entrySet()) {
                String[] parts = field.getKey().split("-");
                if (parts.length == 3 && parts[0].equals("diem") && !field.getValue().isBlank()) {
                    BigDecimal score;
                    try {
                        score = new BigDecimal(field.getValue().strip().replace(',', '.'));
                    } catch (NumberFormatException e) {
                        throw new InvalidPoolException(Messages.text("succession.selection.scoreNotNumber", field.getValue()));
                    }
                    byCandidate.computeIfAbsent(Long.parseLong(parts[1]), k -> new HashMap<>()).put(Long.parseLong(parts[2]), score);
                }
            }
            byCandidate.forEach((candidate, scores) -> selections.score(user.scope(), id, candidate, scores));
        });
    }

    @PostMapping("/quy-hoach/tuyen-chon/{id}/ket-qua")
    String decide(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, RedirectAttributes redirect) {
        return attempt(redirect, id, Messages.text("succession.selection.publishedNotice"), () -> selections.decide(user.scope(), id));
    }

    private static String attempt(RedirectAttributes redirect, long id, String notice, Runnable action) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        action.run();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/quy-hoach/tuyen-chon/" + id;
    }

    private static int number(String text, String label) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPoolException(Messages.text("succession.selection.notNumber", label, (text == null ? "" : text)));
        }
    }
}
