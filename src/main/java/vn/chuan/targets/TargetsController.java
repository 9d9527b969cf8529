package vn.chuan.targets;

import java.io.IOException;
import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;
import vn.chuan.reports.Reports;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.ChartSpec;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * The targets of a unit ({@code /muc-tieu}): each with its value, gap, projection, traffic light and
 * chart; one target across the units below ({@code /muc-tieu/{id}}); the people it still lacks
 * ({@code /muc-tieu/{id}/con-thieu}, and as xlsx); new targets and plans ({@code /muc-tieu/moi}).
 */
@Controller
class TargetsController {

    private static final int PAGE_SIZE = 50;
    /** The spreadsheet of people lacking stops here (a whole country's list is no training plan). */
    private static final int EXPORT_LIMIT = 50_000;

    private final UserAccounts accounts;
    private final Targets targets;
    private final Reports reports;
    private final Units units;
    private final JsonMapper json;
    private final Clock clock;

    TargetsController(Targets targets, Reports reports, Units units, JsonMapper json, Clock clock, UserAccounts accounts) {
        this.accounts = accounts;
        this.targets = targets;
        this.reports = reports;
        this.units = units;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/muc-tieu")
    String list(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "ngay", required = false) LocalDate date, Model model) {
        LocalDate asOf = asOf(date);
        Optional<Unit> unit = unit(user, unitId, asOf);
        model.addAttribute("asOf", asOf);
        model.addAttribute("method", Projection.METHOD);
        if (unit.isEmpty()) {
            return "targets/list";
        }
        model.addAttribute("unit", unit.get());
        model.addAttribute("ancestors", ancestors(unit.get()));
        List<TargetProgress> progress = targets.progress(user.scope(), unit.get(), asOf);
        model.addAttribute("progress", progress);
        model.addAttribute("charts", progress.stream().map(this::chart).toList());
        return "targets/list";
    }

    @GetMapping("/muc-tieu/{id}")
    String detail(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam(name = "donVi", required = false) Long unitId, @RequestParam(name = "ngay", required = false) LocalDate date,
            Model model) {
        LocalDate asOf = asOf(date);
        Target target = targets.target(id).orElseThrow(TargetNotFoundException::new);
        Unit unit = unitUnder(user, target, unitId, asOf);
        List<TargetProgress> rows = targets.progressBelow(user.scope(), unit, target, asOf);
        model.addAttribute("asOf", asOf);
        model.addAttribute("target", target);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", ancestors(unit));
        model.addAttribute("progress", rows.get(0));
        model.addAttribute("chart", chart(rows.get(0)));
        model.addAttribute("rows", rows.subList(1, rows.size()));
        model.addAttribute("method", Projection.METHOD);
        return "targets/detail";
    }

    @GetMapping("/muc-tieu/{id}/con-thieu")
    String lacking(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam(name = "donVi", required = false) Long unitId, @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        Target target = targets.target(id).orElseThrow(TargetNotFoundException::new);
        Unit unit = unitUnder(user, target, unitId, today);
        PageOf<LackingPerson> people = targets.lacking(user.scope(), unit, target, Math.max(0, page - 1), PAGE_SIZE);
        model.addAttribute("target", target);
        model.addAttribute("unit", unit);
        model.addAttribute("people", people);
        model.addAttribute("today", today);
        model.addAttribute("deadlineNote", targets.standardsDeadline(target, today).orElse(null));
        return "targets/lacking";
    }

    @GetMapping("/muc-tieu/{id}/con-thieu.xlsx")
    void lackingWorkbook(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam(name = "donVi", required = false) Long unitId, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        Target target = targets.target(id).orElseThrow(TargetNotFoundException::new);
        Unit unit = unitUnder(user, target, unitId, today);
        List<LackingPerson> people = targets.allLacking(user.scope(), unit, target, EXPORT_LIMIT);
        Downloads.xlsx(response, "con-thieu-" + id + "-" + unit.code() + "-" + today + ".xlsx");
        LackingWorkbook.write(target, unit.name(), people, accounts.paperHeading(user.getUsername(), unit.name()),
                response.getOutputStream());
    }

    // ---- new targets and plans ----------------------------------------------------------------

    /** What the target form sends back (strings, so that a wrong value is shown as typed). */
    record TargetDraft(String indicatorId, String planId, String unitId, String threshold, String baselineOn, String deadline,
            String milestones) {
    }

    @GetMapping("/muc-tieu/moi")
    String newTarget(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        String unit = unit(user, unitId, today).map(u -> String.valueOf(u.id().value())).orElse("");
        return targetForm(user, new TargetDraft("", "", unit, "", Dates.format(LocalDate.of(today.getYear(), 1, 1)),
                Dates.format(LocalDate.of(2030, 12, 31)), ""), null, null, model);
    }

    private String targetForm(ChuanUser user, TargetDraft draft, PlanDraft planDraft, InvalidTargetException problem, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("draft", draft);
        model.addAttribute("planDraft", planDraft == null ? new PlanDraft("", "", "", "") : planDraft);
        model.addAttribute("indicators", targets.indicators());
        model.addAttribute("plans", targets.plans());
        model.addAttribute("units", units.subtreeOf(user.scope().unitId(), today));
        model.addAttribute("problems", problem == null ? List.of() : problem.problems());
        return "targets/new";
    }

    @PostMapping("/muc-tieu")
    String createTarget(@AuthenticationPrincipal ChuanUser user, TargetDraft draft, Model model, RedirectAttributes redirect) {
        try {
            Target.Definition definition = new Target.Definition(number(draft.indicatorId(), "indicator", Messages.text("targets.field.indicator")),
                    draft.planId() == null || draft.planId().isBlank() ? null : number(draft.planId(), "plan", Messages.text("targets.field.plan")),
                    number(draft.unitId(), "unit", Messages.text("targets.field.unitChoice")), percent(draft.threshold(), "threshold"),
                    date(draft.baselineOn(), "deadline", Messages.text("targets.field.baselineOn")), date(draft.deadline(), "deadline",
                            Messages.text("targets.field.deadline")),
                    milestones(draft.milestones()));
            long id = targets.defineTarget(user.scope(), definition);
            redirect.addFlashAttribute("notice", Messages.text("targets.notice.targetAdded"));
            return "redirect:/muc-tieu?donVi=" + definition.scopeUnitId() + "#muc-tieu-" + id;
        } catch (InvalidTargetException e) {
            return targetForm(user, draft, null, e, model);
        }
    }

    record PlanDraft(String number, String name, String issuedOn, String issuer) {
    }

    @PostMapping("/muc-tieu/ke-hoach")
    String createPlan(@AuthenticationPrincipal ChuanUser user, PlanDraft draft, Model model, RedirectAttributes redirect) {
        try {
            LocalDate issued = draft.issuedOn() == null || draft.issuedOn().isBlank() ? null : date(draft.issuedOn(), "issuedOn",
                    Messages.text("targets.field.issuedOn"));
            targets.definePlan(user.scope(), new Plan(0, draft.number(), draft.name(), issued, draft.issuer()));
            redirect.addFlashAttribute("notice", Messages.text("targets.notice.planAdded", draft.number().strip()));
            return "redirect:/muc-tieu/moi";
        } catch (InvalidTargetException e) {
            LocalDate today = LocalDate.now(clock);
            return targetForm(user, new TargetDraft("", "", "", "", Dates.format(LocalDate.of(today.getYear(), 1, 1)),
                    Dates.format(LocalDate.of(2030, 12, 31)), ""), draft, e, model);
        }
    }

    @PostMapping("/muc-tieu/{id}/xoa")
    String deleteTarget(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        Target target = targets.target(id).orElseThrow(TargetNotFoundException::new);
        targets.deleteTarget(user.scope(), id);
        redirect.addFlashAttribute("notice", Messages.text("targets.notice.targetDeleted", target.indicator().name()));
        return "redirect:/muc-tieu?donVi=" + target.scopeUnitId();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private LocalDate asOf(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    private Optional<Unit> unit(ChuanUser user, Long unitId, LocalDate date) {
        return reports.root(user.scope(), unitId, date).filter(u -> u != Reports.NATION)
                .or(() -> user.scope().isWholeDatabase() ? units.scopeRoot(null, date) : Optional.empty());
    }

    /** The unit asked for, if the target applies to it (it lies under the target's unit), else the target's own unit. */
    private Unit unitUnder(ChuanUser user, Target target, Long unitId, LocalDate date) {
        Unit scopeUnit = units.find(new UnitId(target.scopeUnitId())).orElseThrow(TargetNotFoundException::new);
        Optional<Unit> asked = Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id)))
                .filter(u -> u.path().startsWith(scopeUnit.path()) && user.scope().covers(u));
        if (asked.isPresent()) {
            return asked.get();
        }
        if (user.scope().covers(scopeUnit)) {
            return scopeUnit;
        }
        // A commune officer looking at a province target sees it in their own unit.
        return units.find(user.scope().unitId()).filter(u -> u.path().startsWith(scopeUnit.path()))
                .orElseThrow(TargetNotFoundException::new);
    }

    private List<Unit> ancestors(Unit unit) {
        List<UnitId> ids = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != unit.id().value()) {
                ids.add(new UnitId(Long.parseLong(part)));
            }
        }
        Map<UnitId, Unit> found = units.findAll(ids);
        return ids.stream().map(found::get).filter(u -> u != null).toList();
    }

    private static long number(String text, String field, String message) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw InvalidTargetException.of(field, message);
        }
    }

    private static BigDecimal percent(String text, String field) {
        try {
            return new BigDecimal((text == null ? "" : text).strip().replace("%", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidTargetException.of(field, Messages.text("targets.target.thresholdNotNumber"));
        }
    }

    private static LocalDate date(String text, String field, String what) {
        return Dates.parse(text).orElseThrow(() -> InvalidTargetException.of(field, Messages.text("targets.notADate", what)));
    }

    /** "2025: 15; 2030: 30" (year, then the share to reach by its end). */
    static List<Target.Milestone> milestones(String text) {
        List<Target.Milestone> milestones = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return milestones;
        }
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] yearAndValue = part.split(":");
            try {
                if (yearAndValue.length != 2) {
                    throw new NumberFormatException();
                }
                milestones.add(new Target.Milestone(Integer.parseInt(yearAndValue[0].strip()),
                        new BigDecimal(yearAndValue[1].strip().replace("%", "").replace(',', '.'))));
            } catch (NumberFormatException e) {
                throw InvalidTargetException.of("milestones", Messages.text("targets.target.unreadableMilestone", part.strip()));
            }
        }
        return milestones;
    }

    // ---- the chart ----------------------------------------------------------------------------

    /** The value at the baseline, each year's end and today; the projection to the deadline; the threshold and milestones. */
    String chart(TargetProgress progress) {
        List<TargetProgress.Point> history = progress.history();
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> projection = new ArrayList<>();
        List<Double> threshold = new ArrayList<>();
        List<Double> milestones = new ArrayList<>();
        double goal = progress.target().threshold().doubleValue();
        for (int i = 0; i < history.size(); i++) {
            TargetProgress.Point point = history.get(i);
            boolean last = i == history.size() - 1;
            categories.add(last ? "Nay " + Dates.format(point.date()) : Dates.format(point.date()));
            values.add(round(point.value()));
            projection.add(last ? round(point.value()) : null);
            threshold.add(goal);
            milestones.add(point.date().getMonthValue() == 12 && point.date().getDayOfMonth() == 31
                    ? progress.target().milestoneOf(point.date().getYear()).map(m -> m.threshold().doubleValue()).orElse(null) : null);
        }
        if (progress.target().deadline().isAfter(progress.asOf())) {
            for (int year = progress.asOf().getYear(); year < progress.target().deadline().getYear(); year++) {
                Optional<Target.Milestone> milestone = progress.target().milestoneOf(year);
                if (milestone.isPresent()) {
                    categories.add(Dates.format(LocalDate.of(year, 12, 31)));
                    values.add(null);
                    projection.add(null);
                    threshold.add(goal);
                    milestones.add(milestone.get().threshold().doubleValue());
                }
            }
            categories.add(Messages.text("targets.chart.deadline", Dates.format(progress.target().deadline())));
            values.add(null);
            projection.add(round(progress.projection().projected()));
            threshold.add(goal);
            milestones.add(progress.target().milestoneOf(progress.target().deadline().getYear())
                    .map(m -> m.threshold().doubleValue()).orElse(null));
        }
        List<ChartSpec.Series> series = new ArrayList<>(List.of(new ChartSpec.Series(Messages.text("targets.chart.value"), "#0d6efd", values, false),
                new ChartSpec.Series(Messages.text("targets.chart.forecast"), "#fd7e14", projection, true),
                        new ChartSpec.Series(Messages.text("targets.field.threshold"), "#dc3545", threshold, true)));
        if (milestones.stream().anyMatch(m -> m != null)) {
            series.add(new ChartSpec.Series(Messages.text("targets.chart.milestone"), "#6f42c1", milestones, false));
        }
        return json.writeValueAsString(new ChartSpec("line", categories, series, List.of(), "%"));
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
