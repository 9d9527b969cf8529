package vn.chuan.targets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;

/**
 * The indicators ({@code /muc-tieu/chi-tieu}) and the form that defines one without code: a
 * population (categories, commune posts, titles, ages) and up to {@value #REQUIREMENTS}
 * requirements that must all hold, each met by any of {@value #ALTERNATIVES} alternatives.
 */
@Controller
class IndicatorController {

    static final int REQUIREMENTS = 4;
    static final int ALTERNATIVES = 3;

    private final Targets targets;

    IndicatorController(Targets targets) {
        this.targets = targets;
    }

    /** The form as sent back: every field as typed, the requirements as chosen. */
    record Draft(String name, String source, Set<String> categories, boolean communePostsOnly, Set<String> titles, String minAge,
            String maxAge, List<List<String>> requirements, String conditionText) {

        static Draft empty() {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < REQUIREMENTS; i++) {
                rows.add(new ArrayList<>(Collections.nCopies(ALTERNATIVES, "")));
            }
            return new Draft("", "", Set.of("CB", "CC"), true, Set.of(), "", "", rows, "");
        }

        /** The condition: the requirements chosen, or the text typed when none is. */
        String condition() {
            String chosen = ConditionText.format(requirements.stream().map(r -> r.stream().filter(a -> !a.isBlank()).toList()).toList());
            return chosen.isBlank() ? (conditionText == null ? "" : conditionText.strip()) : chosen;
        }
    }

    @GetMapping("/muc-tieu/chi-tieu")
    String list(Model model) {
        return page(Draft.empty(), null, model);
    }

    private String page(Draft draft, InvalidTargetException problem, Model model) {
        model.addAttribute("indicators", targets.indicators());
        model.addAttribute("inUse", targets.allTargets().stream().map(t -> t.indicator().id()).toList());
        model.addAttribute("draft", draft);
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("titles", PositionTitle.all());
        model.addAttribute("choices", ConditionText.choices());
        model.addAttribute("problems", problem == null ? List.of() : problem.problems());
        return "targets/indicators";
    }

    @PostMapping("/muc-tieu/chi-tieu")
    String create(@AuthenticationPrincipal ChuanUser user, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<List<String>> requirements = new ArrayList<>();
        for (int i = 0; i < REQUIREMENTS; i++) {
            List<String> row = new ArrayList<>(form.getOrDefault("yeuCau" + i, List.of()));
            while (row.size() < ALTERNATIVES) {
                row.add("");
            }
            requirements.add(row);
        }
        Draft draft = new Draft(form.getFirst("name"), form.getFirst("source"),
                new LinkedHashSet<>(form.getOrDefault("categories", List.of())), "true".equals(form.getFirst("communePostsOnly")),
                new LinkedHashSet<>(form.getOrDefault("titles", List.of())), form.getFirst("minAge"), form.getFirst("maxAge"),
                requirements, form.getFirst("conditionText"));
        try {
            Set<StaffCategory> categories = new LinkedHashSet<>();
            for (String code : draft.categories()) {
                categories.add(StaffCategory.parse(code).orElseThrow(() -> InvalidTargetException.of("categories",
                        Messages.text("targets.indicator.unknownCategory", code))));
            }
            long id = targets.defineIndicator(user.scope(), new Indicator.Definition(draft.name() == null ? "" : draft.name(),
                    draft.source(), categories, draft.communePostsOnly(), draft.titles(), age(draft.minAge(), "minAge"),
                    age(draft.maxAge(), "maxAge"), draft.condition()));
            redirect.addFlashAttribute("notice", Messages.text("targets.notice.indicatorAdded", draft.name().strip()));
            return "redirect:/muc-tieu/chi-tieu#chi-tieu-" + id;
        } catch (InvalidTargetException e) {
            return page(draft, e, model);
        }
    }

    @PostMapping("/muc-tieu/chi-tieu/{id}/xoa")
    String delete(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        targets.deleteIndicator(user.scope(), id);
        redirect.addFlashAttribute("notice", Messages.text("targets.notice.indicatorDeleted"));
        return "redirect:/muc-tieu/chi-tieu";
    }

    private static Integer age(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidTargetException.of(field, Messages.text("targets.indicator.ageNotInteger"));
        }
    }
}
