package vn.chuan.titles;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.shared.Dates;
import vn.chuan.shared.GovernmentLevel;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;

/**
 * Administrators keep the catalogue of titles: the list with each title's category, level,
 * other names, legal source and validity; a form to add one (prefilled with a name an import did
 * not know); retiring a title from a date.
 */
@Controller
class TitleController {

    private final TitleCatalogue catalogue;

    TitleController(TitleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The form as typed, kept when a save is refused. */
    record Draft(String code, String name, String category, String level, String aliases, String source, String validFrom) {
    }

    @GetMapping("/quan-tri/chuc-danh")
    String list(@RequestParam(name = "ten", defaultValue = "") String name, Model model) {
        model.addAttribute("titles", catalogue.list());
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("levels", GovernmentLevel.values());
        model.addAttribute("unknown", false);
        if (!model.containsAttribute("draft")) {
            String typed = name.strip();
            // A name an import did not know: the closest title is a hint, the new one starts from what was typed.
            model.addAttribute("closest", typed.isEmpty() ? null : PositionTitle.closest(typed).orElse(null));
            model.addAttribute("unknown", !typed.isEmpty());
            model.addAttribute("draft", new Draft("", typed.length() > 200 ? typed.substring(0, 200) : typed, "KCT", "XA", "", "", ""));
        }
        return "admin/titles";
    }

    @PostMapping("/quan-tri/chuc-danh")
    String add(Draft draft, Model model, RedirectAttributes redirect) {
        try {
            Optional<LocalDate> from = draft.validFrom() == null || draft.validFrom().isBlank() ? Optional.empty()
                    : Optional.of(Dates.parse(draft.validFrom()).orElseThrow(
                            () -> new InvalidTitleException("validFrom", Messages.text("titles.badValidFrom"))));
            PositionTitle added = catalogue.add(new TitleCatalogue.NewTitle(draft.code(), draft.name(),
                    StaffCategory.parse(draft.category()).orElse(null), level(draft.level()), draft.aliases(), draft.source(),
                    from.orElse(null)));
            redirect.addFlashAttribute("notice", Messages.text("titles.notice.added", added.name(), added.code()));
            return "redirect:/quan-tri/chuc-danh";
        } catch (InvalidTitleException e) {
            model.addAttribute("draft", draft);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemField", e.field());
            return list("", model);
        }
    }

    @PostMapping("/quan-tri/chuc-danh/{code}/ngung")
    String retire(@PathVariable String code, @RequestParam(name = "ngay", defaultValue = "") String lastDay,
            RedirectAttributes redirect) {
        // A refusal goes back to the page with its reason (WebShellAdvice.refused).
        catalogue.retire(code, Dates.parse(lastDay).orElse(null));
        redirect.addFlashAttribute("notice", Messages.text("titles.notice.retired", code));
        return "redirect:/quan-tri/chuc-danh";
    }

    private static GovernmentLevel level(String text) {
        for (GovernmentLevel level : GovernmentLevel.values()) {
            if (level.name().equals(text)) {
                return level;
            }
        }
        return null;
    }
}
