package vn.chuan.units;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** Marks a unit as being in an especially difficult or ethnic-minority area (standards differ there). */
@Controller
class UnitAdminController {

    private final Units units;

    UnitAdminController(Units units) {
        this.units = units;
    }

    @PostMapping("/don-vi/{id}/vung-kho-khan")
    String markDifficultArea(@PathVariable long id, @RequestParam boolean difficult,
            @RequestParam(name = "ngay", required = false) LocalDate asOf, RedirectAttributes redirect) {
        Unit unit = units.get(new UnitId(id));
        units.describe(unit.id(), unit.name(), unit.communeType(), difficult);
        redirect.addFlashAttribute("notice", Messages.text(difficult ? "units.notice.markedDifficult" : "units.notice.unmarkedDifficult",
                unit.name()));
        return asOf == null ? "redirect:/don-vi" : "redirect:/don-vi?ngay=" + Dates.format(asOf);
    }
}
