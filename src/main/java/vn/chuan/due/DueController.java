package vn.chuan.due;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Việc đến hạn: what falls due in a unit and below, in a period, by kind; as a page and as xlsx. */
@Controller
class DueController {

    /** Rows per page: a year of a province is a thousand items. */
    static final int PAGE_SIZE = 100;

    private final DueDates due;
    private final Units units;
    private final Clock clock;
    private final UserAccounts accounts;

    DueController(DueDates due, Units units, Clock clock, UserAccounts accounts) {
        this.accounts = accounts;
        this.due = due;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/viec-den-han")
    String page(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "khoang", defaultValue = "BA_THANG") String period,
            @RequestParam(name = "viec", required = false) String kindName,
            @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        LocalDate today = LocalDate.now(clock);
        Unit unit = units.askedOrScopeRoot(user.scope().unitId(), unitId, today);
        DueDates.Period chosen = period(period);
        DueKind kind = Arrays.stream(DueKind.values()).filter(k -> k.name().equals(kindName)).findFirst().orElse(null);
        List<DueItem> all = due.in(user.scope(), unit, chosen);
        Map<DueKind, Long> byKind = new EnumMap<>(DueKind.class);
        all.forEach(i -> byKind.merge(i.kind(), 1L, Long::sum));
        List<DueItem> shown = kind == null ? all : all.stream().filter(i -> i.kind() == kind).toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(1, Math.min(page, pages));
        List<DueItem> items = shown.subList((current - 1) * PAGE_SIZE, Math.min(shown.size(), current * PAGE_SIZE));
        model.addAttribute("kind", kind);
        model.addAttribute("total", shown.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("unit", unit);
        model.addAttribute("paperSettings", accounts.paperSettings(user.getUsername()));
        model.addAttribute("choices", units.subtreeOf(user.scope().unitId(), today));
        model.addAttribute("periods", DueDates.Period.values());
        model.addAttribute("period", chosen);
        model.addAttribute("from", chosen.from(today));
        model.addAttribute("to", chosen.to(today));
        model.addAttribute("items", items);
        model.addAttribute("byKind", byKind);
        model.addAttribute("document", kind == null ? null : DueDocument.forKind(kind).orElse(null));
        return "due/index";
    }

    @GetMapping("/viec-den-han.xlsx")
    void xlsx(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "khoang", defaultValue = "BA_THANG") String period, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        Unit unit = units.askedOrScopeRoot(user.scope().unitId(), unitId, today);
        DueDates.Period chosen = period(period);
        List<List<Object>> rows = due.in(user.scope(), unit, chosen).stream().map(i -> List.<Object>of(i.date(), i.kind().label(),
                i.personCode(), i.personName(), i.unitName(), i.detail(), i.source())).toList();
        Downloads.xlsx(response, "viec-den-han-" + today + ".xlsx");
        SimpleSheet.write(Messages.text("due.title"), List.of(Messages.text("due.column.date"), Messages.text("due.column.kind"),
                Messages.text("due.column.code"), Messages.text("due.column.person"), Messages.text("due.column.unit"),
                Messages.text("due.column.detail"), Messages.text("due.column.source")), rows, response.getOutputStream());
    }

    /** The period asked for by name; the next three months when none or an unknown one is. */
    static DueDates.Period period(String name) {
        return Arrays.stream(DueDates.Period.values()).filter(p -> p.name().equals(name)).findFirst().orElse(DueDates.Period.BA_THANG);
    }
}
