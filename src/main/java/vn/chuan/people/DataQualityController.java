package vn.chuan.people;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/** The data-quality page of a unit: each rule, how many records it flags, and links to fix them. */
@Controller
class DataQualityController {

    private static final int SHOWN = 200;

    private final DataQuality quality;
    private final UnitOptions unitOptions;
    private final Units units;
    private final Clock clock;
    /** Findings about units, from the modules above this one. */
    private final List<UnitFindings> unitFindings;

    DataQualityController(DataQuality quality, UnitOptions unitOptions, Units units, Clock clock, List<UnitFindings> unitFindings) {
        this.unitFindings = unitFindings;
        this.quality = quality;
        this.unitOptions = unitOptions;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/chat-luong-du-lieu")
    String show(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) LocalDate asOfDay, Model model) {
        LocalDate asOf = asOfDay == null ? LocalDate.now(clock) : asOfDay;
        Optional<Unit> unit = unitInScope(user, unitId);
        model.addAttribute("report", quality.check(user.scope(), unit.map(Unit::path), asOf, SHOWN));
        model.addAttribute("unitFindings", unitFindings.stream().map(f -> Map.entry(f.title(), f.findings(user.scope())))
                .filter(e -> !e.getValue().isEmpty()).toList());
        model.addAttribute("units", unitOptions.validOn(user.scope(), asOf));
        model.addAttribute("selectedUnit", unit.map(u -> u.id().value()).orElse(null));
        model.addAttribute("asOf", asOf);
        model.addAttribute("shownLimit", SHOWN);
        return "people/quality";
    }

    /** Every finding of every rule (not only the first ones the page shows), a row each, to work through offline. */
    @GetMapping("/chat-luong-du-lieu.xlsx")
    void download(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) LocalDate asOfDay, HttpServletResponse response) throws IOException {
        LocalDate asOf = asOfDay == null ? LocalDate.now(clock) : asOfDay;
        Optional<Unit> unit = unitInScope(user, unitId);
        QualityReport report = quality.check(user.scope(), unit.map(Unit::path), asOf, Integer.MAX_VALUE);
        List<List<Object>> rows = new ArrayList<>();
        for (QualityReport.RuleResult result : report.results()) {
            for (QualityFinding finding : result.shown()) {
                rows.add(List.of(result.rule().code(), result.rule().title(), finding.personCode(), finding.fullName(),
                        finding.unitName(), finding.detail()));
            }
        }
        Downloads.xlsx(response, "chat-luong-du-lieu-" + asOf + ".xlsx");
        SimpleSheet.write(Messages.text("people.quality.sheet"), List.of(Messages.text("people.quality.ruleCode"),
                Messages.text("people.quality.rule"),
                Messages.text("people.field.code"), Messages.text("people.field.fullName"), Messages.text("people.field.unit"),
                Messages.text("people.quality.detail")),
                rows, response.getOutputStream());
    }

    /** The unit asked for if the user may see it; none (the whole scope) otherwise. */
    private Optional<Unit> unitInScope(ChuanUser user, Long unitId) {
        return Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(user.scope()::covers);
    }
}
