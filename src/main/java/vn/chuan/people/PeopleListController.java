package vn.chuan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/** The people list: filters, name search without diacritics, paging; htmx swaps the results only. */
@Controller
class PeopleListController {

    private final PersonRegistry registry;
    private final UnitOptions unitOptions;
    private final Clock clock;

    PeopleListController(PersonRegistry registry, UnitOptions unitOptions, Clock clock) {
        this.registry = registry;
        this.unitOptions = unitOptions;
        this.clock = clock;
    }

    @GetMapping("/can-bo")
    String list(@AuthenticationPrincipal ChuanUser user, @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        LocalDate asOf = Dates.parse(params.get("ngay")).orElse(LocalDate.now(clock));
        Long unitId = parseLong(params.get("donVi"));
        StaffCategory category = StaffCategory.parse(params.getOrDefault("loai", "")).orElse(null);
        String title = PositionTitle.findByCode(params.get("chucDanh")).map(PositionTitle::code).orElse(null);
        List<LevelFilter> levels = new ArrayList<>();
        Map<String, String> levelParams = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            LevelFilter.parse(d, params.get(d.key())).ifPresent(f -> {
                levels.add(f);
                levelParams.put(d.key(), f.asParameter());
            });
        }
        int page = (int) Math.max(0, Math.min(100_000, parseLong(params.get("trang")) == null ? 1 : parseLong(params.get("trang")))) - 1;
        int size = params.containsKey("coTrang") && parseLong(params.get("coTrang")) != null
                ? (int) Math.min(PersonSearch.MAX_PAGE_SIZE, Math.max(10, parseLong(params.get("coTrang")))) : 25;
        PersonSearch search = new PersonSearch(params.get("q"), unitId == null ? null : new UnitId(unitId), category,
                title, levels, asOf, page, size);
        PageOf<PersonSummary> result;
        try {
            result = registry.search(user.scope(), search);
        } catch (InvalidPersonDataException e) {
            model.addAttribute("filterError", e.getMessage());
            result = new PageOf<>(List.of(), 0, size, 0);
        }
        model.addAttribute("result", result);
        model.addAttribute("q", params.getOrDefault("q", ""));
        model.addAttribute("asOf", asOf);
        model.addAttribute("selectedUnit", unitId);
        model.addAttribute("selectedCategory", category);
        model.addAttribute("selectedTitle", title);
        model.addAttribute("levelParams", levelParams);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("titles", PositionTitle.ALL);
        model.addAttribute("units", unitOptions.validOn(user.scope(), asOf));
        model.addAttribute("pageSize", size);
        model.addAttribute("previousUrl", pageUrl(result.page()));
        model.addAttribute("nextUrl", pageUrl(result.page() + 2));
        return htmx != null ? "people/list :: results" : "people/list";
    }

    /** The current list's address on another page (pages count from 1 in addresses). */
    private static String pageUrl(int page) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("trang", page).build().toUriString();
    }

    private static Long parseLong(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
