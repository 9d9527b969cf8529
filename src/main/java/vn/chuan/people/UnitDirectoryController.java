package vn.chuan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.security.ChuanUser;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/** The unit tree of the user's scope on a date, with the number of people in each subtree. */
@Controller
class UnitDirectoryController {

    private final PersonRegistry registry;
    private final UnitOptions unitOptions;
    private final Units units;
    private final Clock clock;

    UnitDirectoryController(PersonRegistry registry, UnitOptions unitOptions, Units units, Clock clock) {
        this.registry = registry;
        this.unitOptions = unitOptions;
        this.units = units;
        this.clock = clock;
    }

    /** A row of the tree: the unit, its depth for indentation, people in it and below it. */
    record TreeRow(Unit unit, int depth, long own, long total, List<Unit> predecessors) {
    }

    @GetMapping("/don-vi")
    String tree(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "ngay", required = false) LocalDate asOfDay,
            Model model) {
        LocalDate asOf = asOfDay == null ? LocalDate.now(clock) : asOfDay;
        List<Unit> visible = unitOptions.validOn(user.scope(), asOf);
        Map<Long, Long> own = registry.headcountByUnit(user.scope(), asOf);
        Map<String, Long> subtotal = new HashMap<>();
        for (Unit unit : visible) {
            long count = own.getOrDefault(unit.id().value(), 0L);
            // Add the unit's own people to itself and every ancestor on its path.
            for (String ancestor : ancestors(unit.path())) {
                subtotal.merge(ancestor, count, Long::sum);
            }
        }
        int baseDepth = visible.isEmpty() ? 0 : visible.stream().mapToInt(Unit::depth).min().orElse(0);
        Map<UnitId, List<Unit>> predecessors = units.predecessorsOf(visible.stream().map(Unit::id).toList());
        List<TreeRow> rows = new ArrayList<>();
        for (Unit unit : visible) {
            rows.add(new TreeRow(unit, unit.depth() - baseDepth, own.getOrDefault(unit.id().value(), 0L),
                    subtotal.getOrDefault(unit.path(), 0L), predecessors.getOrDefault(unit.id(), List.of())));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("asOf", asOf);
        return "units/tree";
    }

    private static List<String> ancestors(String path) {
        List<String> result = new ArrayList<>();
        int index = 0;
        while ((index = path.indexOf('/', index + 1)) > 0) {
            result.add(path.substring(0, index + 1));
        }
        return result;
    }
}
