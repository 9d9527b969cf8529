package vn.chuan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.chuan.security.ChuanUser;
import vn.chuan.security.SensitiveAccess;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.HtmlOptions;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;

/** The people list: filters, name search without diacritics, paging; htmx swaps the results only. */
@Controller
class PeopleListController {

    private final PersonRegistry registry;
    private final UnitOptions unitOptions;
    private final Clock clock;
    private final SensitiveAccess sensitiveAccess;

    PeopleListController(PersonRegistry registry, UnitOptions unitOptions, Clock clock, SensitiveAccess sensitiveAccess) {
        this.registry = registry;
        this.sensitiveAccess = sensitiveAccess;
        this.unitOptions = unitOptions;
        this.clock = clock;
    }

    @GetMapping("/can-bo")
    String list(@AuthenticationPrincipal ChuanUser user, @RequestParam Map<String, String> params,
            @RequestParam(name = "ngay", required = false) LocalDate day,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        PersonSearch search = PersonSearch.fromParameters(params, day == null ? LocalDate.now(clock) : day);
        LocalDate asOf = search.asOf();
        int size = search.size();
        Map<String, String> levelParams = new LinkedHashMap<>();
        search.levels().forEach(f -> levelParams.put(f.dimension().key(), f.asParameter()));
        PageOf<PersonSummary> result;
        try {
            result = registry.search(user.scope(), search);
        } catch (InvalidPersonDataException e) {
            if ("unitId".equals(e.field())) {
                // A unit outside the scope: the scope's own list, as the notice above the page says (OutOfScopeNotice).
                search = search.withoutUnit();
                result = registry.search(user.scope(), search);
            } else {
                model.addAttribute("filterError", e.getMessage());
                result = new PageOf<>(List.of(), 0, size, 0);
            }
        }
        model.addAttribute("result", result);
        model.addAttribute("concurrent", registry.concurrentTitleNames(result.items(), asOf));
        model.addAttribute("q", params.getOrDefault("q", ""));
        model.addAttribute("asOf", asOf);
        model.addAttribute("selectedUnit", search.unitId() == null ? null : search.unitId().value());
        model.addAttribute("selectedCategory", search.category());
        model.addAttribute("selectedTitle", search.titleCode());
        model.addAttribute("exportQuery", exportQuery());
        model.addAttribute("seesSensitive", sensitiveAccess.allows(user.scope()));
        model.addAttribute("who", search.who());
        model.addAttribute("whoParams", whoParams(params));
        model.addAttribute("selectedVerdict", search.verdict());
        model.addAttribute("selectedGap", search.gapCode());
        model.addAttribute("gapCodes", GAP_CODES);
        model.addAttribute("levelParams", levelParams);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("titles", PositionTitle.all());
        if (htmx == null) {
            // Only the whole page has the pickers; the list's own requests (htmx) return its results alone.
            model.addAttribute("unitOptions", HtmlOptions.of(unitOptions.validOn(user.scope(), asOf), u -> u.id().value(),
                    u -> "  ".repeat(u.depth() - 1) + u.name(), search.unitId() == null ? null : search.unitId().value()));
        }
        model.addAttribute("orders", PersonOrder.values());
        model.addAttribute("order", search.order());
        model.addAttribute("pageSize", size);
        model.addAttribute("previousUrl", pageUrl(result.page()));
        model.addAttribute("nextUrl", pageUrl(result.page() + 2));
        model.addAttribute("htmxRequest", htmx != null);
        return htmx != null ? "people/list :: results" : "people/list";
    }

    /** The current list's address on another page (pages count from 1 in addresses). */
    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("trang", page).build().toUriString();
    }

    /** The unmet criteria one can filter by: each dimension, age, field of study. */
    static final List<String> GAP_CODES = Stream.concat(
            Arrays.stream(Dimension.values()).map(Dimension::name), Stream.of("MIN_AGE", "MAX_AGE", "FIELD"))
            .toList();

    /** The breakdown filters a report link set (kept as hidden fields so that other filters keep them). */
    private static Map<String, String> whoParams(Map<String, String> params) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : PersonSearch.Who.PARAMETERS) {
            if (params.get(name) != null && !params.get(name).isBlank()) {
                kept.put(name, params.get(name));
            }
        }
        if (params.getOrDefault("loai", "").contains(",")) {
            kept.put("loai", params.get("loai"));
        }
        return kept;
    }

    /** The current filters, without paging, for the export links. */
    private static String exportQuery() {
        String query = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("trang").replaceQueryParam("coTrang").build().getQuery();
        return query == null ? "" : query;
    }
}
