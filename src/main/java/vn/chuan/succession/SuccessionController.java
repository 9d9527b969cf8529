package vn.chuan.succession;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Units;

/** Succession pools: the list and a new pool ({@code /quy-hoach}), a pool with its members and rule checks, its annual review. */
@Controller
class SuccessionController {

    private final Succession succession;
    private final ConfidenceVotes votes;
    private final Units units;
    private final Clock clock;

    SuccessionController(Succession succession, ConfidenceVotes votes, Units units, Clock clock) {
        this.succession = succession;
        this.votes = votes;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/quy-hoach")
    String pools(@AuthenticationPrincipal ChuanUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("pools", succession.pools(user.scope()));
        model.addAttribute("units", units.subtreeOf(user.scope().unitId(), today));
        model.addAttribute("titles", PositionTitle.all().stream().filter(t -> t.category() != StaffCategory.KCT && t.category() != StaffCategory.VC)
                .toList());
        model.addAttribute("termFrom", 2025);
        return "succession/pools";
    }

    @PostMapping("/quy-hoach")
    String create(@AuthenticationPrincipal ChuanUser user, @RequestParam("donVi") long unitId, @RequestParam("chucDanh") String title,
            @RequestParam("tuNam") int from, @RequestParam("denNam") int to, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        long id = succession.createPool(user.scope(), unitId, title, from, to);
        redirect.addFlashAttribute("notice", Messages.text("succession.notice.poolCreated"));
        return "redirect:/quy-hoach/" + id;
    }

    @GetMapping("/quy-hoach/{id}")
    String pool(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        try {
            model.addAttribute("check", succession.check(user.scope(), id));
        } catch (InvalidPoolException e) {
            throw new PoolNotFoundException();
        }
        return "succession/pool";
    }

    /** The pool as xlsx: every member, present or past, with when and why added or taken out, and what each lacks. */
    @GetMapping("/quy-hoach/{id}/danh-sach.xlsx")
    void poolWorkbook(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        Succession.PoolCheck check;
        try {
            check = succession.check(user.scope(), id);
        } catch (InvalidPoolException e) {
            throw new PoolNotFoundException();
        }
        List<List<Object>> rows = check.pool().members().stream().map(m -> Arrays.<Object>asList(m.personCode(), m.personName(),
                m.addedOn(), m.addedReason(), m.removedOn(), m.removedReason(),
                String.join("; ", check.lacks().getOrDefault(m.personId(), List.of())))).toList();
        Downloads.xlsx(response, "quy-hoach-" + id + ".xlsx");
        SimpleSheet.write(Messages.text("succession.pool.sheet"), List.of(Messages.text("succession.field.code"),
                Messages.text("succession.field.fullName"), Messages.text("succession.field.addedOn"), Messages.text("succession.field.addedReason"),
                Messages.text("succession.field.removedOn"),
                Messages.text("succession.field.removedReason"), Messages.text("succession.field.lacks", check.pool().titleName())), rows,
                        response.getOutputStream());
    }

    @GetMapping("/tin-nhiem/ket-qua.xlsx")
    void votesWorkbook(@AuthenticationPrincipal ChuanUser user, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = votes.votes(user.scope()).stream().map(v -> Arrays.<Object>asList(v.personCode(), v.personName(),
                v.unitName(), v.period(), v.votedOn(), v.total(), v.high(), share(v.high(), v.total()), v.medium(), share(v.medium(), v.total()),
                v.low(), share(v.low(), v.total()))).toList();
        Downloads.xlsx(response, "tin-nhiem.xlsx");
        SimpleSheet.write(Messages.text("succession.votes.sheet"), List.of(Messages.text("succession.field.code"),
                Messages.text("succession.field.fullName"), Messages.text("succession.field.unit"), Messages.text("succession.votes.period"),
                Messages.text("succession.votes.date"), Messages.text("succession.votes.total"),
                Messages.text("succession.votes.high"), Messages.text("succession.votes.highShare"), Messages.text("succession.votes.medium"),
                        Messages.text("succession.votes.mediumShare"), Messages.text("succession.votes.low"),
                                Messages.text("succession.votes.lowShare")),
                        rows, response.getOutputStream());
    }

    private static Object share(int count, int total) {
        return total == 0 ? null : new SimpleSheet.Percent((double) count / total);
    }

    @PostMapping("/quy-hoach/{id}/thanh-vien")
    String add(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("maCanBo") String code,
            @RequestParam(name = "lyDo", required = false) String reason, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        succession.addMember(user.scope(), id, code, reason);
        redirect.addFlashAttribute("notice", Messages.text("succession.notice.memberAdded"));
        return "redirect:/quy-hoach/" + id;
    }

    @PostMapping("/quy-hoach/{id}/thanh-vien/{member}/dua-ra")
    String remove(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long member,
            @RequestParam(name = "lyDo", required = false) String reason, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        succession.removeMember(user.scope(), id, member, reason);
        redirect.addFlashAttribute("notice", Messages.text("succession.notice.memberRemoved"));
        return "redirect:/quy-hoach/" + id;
    }

    @GetMapping("/quy-hoach/{id}/ra-soat")
    String review(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        try {
            model.addAttribute("review", succession.review(user.scope(), id, 50));
        } catch (InvalidPoolException e) {
            throw new PoolNotFoundException();
        }
        return "succession/review";
    }

    @PostMapping("/quy-hoach/{id}/ra-soat")
    String approveReview(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam(name = "duaRa", required = false) List<Long> remove,
            @RequestParam(name = "boSung", required = false) List<Long> add, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        succession.approveReview(user.scope(), id, remove == null ? List.of() : remove, add == null ? List.of() : add);
        redirect.addFlashAttribute("notice", Messages.text("succession.notice.reviewApproved"));
        return "redirect:/quy-hoach/" + id;
    }

    @GetMapping("/quy-hoach/bo-nhiem")
    String appointment(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "maCanBo", required = false) String code,
            @RequestParam(name = "donVi", required = false) Long unitId, @RequestParam(name = "chucDanh", required = false) String title,
            Model model) {
        pools(user, model);
        if (code != null && !code.isBlank() && unitId != null && title != null) {
            try {
                model.addAttribute("missing", succession.appointmentCheck(user.scope(), code, unitId, title));
            } catch (InvalidPoolException e) {
                model.addAttribute("checkProblem", e.getMessage());
            }
        }
        model.addAttribute("code", code);
        model.addAttribute("unitId", unitId);
        model.addAttribute("title", title);
        return "succession/appointment";
    }

    @GetMapping("/tin-nhiem")
    String votes(@AuthenticationPrincipal ChuanUser user, Model model) {
        List<ConfidenceVotes.Vote> all = votes.votes(user.scope());
        model.addAttribute("votes", all);
        model.addAttribute("byUnit", ConfidenceVotes.byUnit(all));
        return "succession/votes";
    }

    @GetMapping("/tin-nhiem/can-bo/{id}")
    String personVotes(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        model.addAttribute("votes", votes.of(user.scope(), id));
        return "succession/person-votes :: votes";
    }

    @PostMapping("/tin-nhiem")
    String recordVote(@AuthenticationPrincipal ChuanUser user, @RequestParam("maCanBo") String code, @RequestParam("ky") String period,
            @RequestParam(name = "ngay", required = false) LocalDate date, @RequestParam("cao") String high, @RequestParam("trungBinh") String medium,
            @RequestParam("thap") String low, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        votes.record(user.scope(), code, period, date, count(high), count(medium), count(low));
        redirect.addFlashAttribute("notice", Messages.text("succession.notice.votesRecorded"));
        return "redirect:/tin-nhiem";
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidPoolException(Messages.text("succession.votes.notInteger"));
        }
    }

    /** No such pool in the scope: answered 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class PoolNotFoundException extends RuntimeException {
    }
}
