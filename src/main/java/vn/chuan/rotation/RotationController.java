package vn.chuan.rotation;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.people.InvalidPersonDataException;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.VietnameseOrder;

/** The rotation page: record a move, counts by direction and unit, the list, who is overdue, the durations. */
@Controller
class RotationController {

    private final Rotations rotations;
    private final Clock clock;

    RotationController(Rotations rotations, Clock clock) {
        this.rotations = rotations;
        this.clock = clock;
    }

    @GetMapping("/luan-chuyen")
    String page(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "nam", required = false) Integer year, Model model) {
        List<Rotation> list = rotations.list(user.scope(), year);
        model.addAttribute("year", year);
        model.addAttribute("rotations", list);
        model.addAttribute("counts", Rotations.counts(list));
        Map<String, Map<Direction, Integer>> byUnit = new TreeMap<>(VietnameseOrder::byText);
        for (Rotation r : list) {
            byUnit.computeIfAbsent(r.fromUnitName(), k -> new EnumMap<>(Direction.class)).merge(r.direction(), 1, Integer::sum);
        }
        model.addAttribute("byUnit", byUnit);
        model.addAttribute("directions", Direction.values());
        model.addAttribute("kinds", RotationKind.values());
        model.addAttribute("overdue", rotations.overdue(user.scope()));
        model.addAttribute("sensitivePosts", rotations.sensitivePosts());
        model.addAttribute("titles", PositionTitle.all());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "rotation/index";
    }

    @PostMapping("/luan-chuyen")
    String record(@AuthenticationPrincipal ChuanUser user, @RequestParam("maCanBo") String code, @RequestParam("hinhThuc") String kind,
            @RequestParam("donViDen") String toUnit, @RequestParam("chucDanhDen") String toTitle, @RequestParam("tuNgay") String from,
            @RequestParam(name = "denNgay", required = false) String to, @RequestParam("quyetDinh") String decision,
            Model model, RedirectAttributes redirect) {
        try {
            LocalDate start = Dates.parse(from).orElseThrow(() -> new InvalidRotationException(Messages.text("rotation.badStart",
                    from)));
            LocalDate end = to == null || to.isBlank() ? null
                    : Dates.parse(to).orElseThrow(() -> new InvalidRotationException(Messages.text("rotation.badEnd", to)));
            rotations.record(user.scope(), new Rotations.Move(code, RotationKind.parse(kind).orElse(null), toUnit, toTitle, start, end, decision));
            redirect.addFlashAttribute("notice", Messages.text("rotation.notice.recorded",
                    RotationKind.parse(kind).map(RotationKind::label).orElse("").toLowerCase(), code.strip()));
        } catch (InvalidRotationException | InvalidPersonDataException e) {
            // The page again with what was typed, so that one wrong field does not cost the others.
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("draft", new Draft(code, kind, toUnit, toTitle, from, to, decision));
            return page(user, null, model);
        }
        return "redirect:/luan-chuyen";
    }

    record Draft(String code, String kind, String toUnit, String toTitle, String from, String to, String decision) {
    }

    @PostMapping("/luan-chuyen/thoi-han")
    String setDuration(@AuthenticationPrincipal ChuanUser user, @RequestParam("chucDanh") String title, @RequestParam("soNam") String years,
            @RequestParam(name = "canCu", required = false) String source, RedirectAttributes redirect) {
        try {
            int value;
            try {
                value = Integer.parseInt(years.strip());
            } catch (NumberFormatException e) {
                throw new InvalidRotationException(Messages.text("rotation.yearsNotNumber", years));
            }
            rotations.setSensitivePost(user.scope(), title, value, source);
            redirect.addFlashAttribute("notice", Messages.text("rotation.notice.periodSaved"));
        } catch (InvalidRotationException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/luan-chuyen";
    }

    @GetMapping("/luan-chuyen/can-bo/{id}")
    String ofPerson(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        model.addAttribute("rotations", rotations.ofPerson(user.scope(), id));
        return "rotation/person :: rotations";
    }

    @GetMapping("/luan-chuyen/danh-sach.xlsx")
    void download(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "nam", required = false) Integer year,
            HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "luan-chuyen" + (year == null ? "" : "-" + year) + ".xlsx");
        RotationWorkbook.write(rotations.list(user.scope(), year), response.getOutputStream());
    }
}
