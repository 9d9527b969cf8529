package vn.chuan.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.people.PeopleOverview;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.ChuanUser;

/** The front page: the headline figures of the user's scope as of a date. */
@Controller
class HomeController {

    private final PersonRegistry people;
    private final Clock clock;

    HomeController(PersonRegistry people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ChuanUser user,
            @RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        PeopleOverview overview = people.overview(user.scope(), date);
        model.addAttribute("asOf", date);
        model.addAttribute("overview", overview);
        model.addAttribute("categories", vn.chuan.shared.StaffCategory.values());
        if (date.equals(LocalDate.now(clock))) {
            // Stored verdicts are today's; for another date the standards page computes them.
            long met = 0;
            long unmet = 0;
            for (var count : people.standingCounts(user.scope(), vn.chuan.people.PersonSearch.all(date))) {
                if ("DAT".equals(count.verdict())) {
                    met += count.count();
                } else if ("CHUA_DAT".equals(count.verdict())) {
                    unmet += count.count();
                }
            }
            model.addAttribute("standardsMet", met);
            model.addAttribute("standardsUnmet", unmet);
            model.addAttribute("standardsShare", met + unmet == 0 ? "—"
                    : String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * met / (met + unmet)).replace('.', ','));
        }
        return "home";
    }
}
