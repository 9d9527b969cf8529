package vn.chuan.evaluation;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import vn.chuan.people.PersonRecord;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.ChartSpec;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseOrder;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/** Evaluation pages: rounds ({@code /danh-gia}), a round by unit, a unit's grid, the lists that follow. */
@Controller
class EvaluationController {

    /** Rows per page of those not graded (a province's year may leave thousands). */
    static final int MISSING_PAGE = 50;

    private final UserAccounts accounts;
    private final Evaluations evaluations;
    private final GradeImport gradeImport;
    private final Units units;
    private final JsonMapper json;
    private final Clock clock;

    EvaluationController(Evaluations evaluations, GradeImport gradeImport, Units units, JsonMapper json,
            Clock clock, UserAccounts accounts) {
        this.accounts = accounts;
        this.evaluations = evaluations;
        this.gradeImport = gradeImport;
        this.json = json;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/danh-gia")
    String rounds(@AuthenticationPrincipal ChuanUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rounds", evaluations.rounds(user.scope()));
        model.addAttribute("units", units.subtreeOf(user.scope().unitId(), today).stream().filter(u -> u.depth() <= 2).toList());
        model.addAttribute("year", today.getYear());
        return "evaluation/rounds";
    }

    @PostMapping("/danh-gia")
    String open(@AuthenticationPrincipal ChuanUser user, @RequestParam("nam") int year, @RequestParam("donVi") long unitId,
            RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        long id = evaluations.openRound(user.scope(), year, unitId);
        return "redirect:/danh-gia/" + id;
    }

    /** One unit's line of the round: its grades, whether it submitted, the quota. */
    record UnitLine(Unit unit, Map<Grade, Integer> counts, int graded, LocalDate submittedOn, String quota, String exception) {
    }

    @GetMapping("/danh-gia/{id}")
    String round(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        EvaluationRound round = evaluations.round(user.scope(), id).orElseThrow(RoundNotFoundException::new);
        var counts = evaluations.countsByUnit(id);
        var submitted = evaluations.submissions(id);
        var exceptions = evaluations.quotaExceptions(id);
        List<UnitLine> lines = new ArrayList<>();
        for (Unit unit : evaluations.unitsOf(round)) {
            if (!user.scope().covers(unit)) {
                continue;
            }
            var c = counts.getOrDefault(unit.id().value(), Map.of());
            lines.add(new UnitLine(unit, c, c.values().stream().mapToInt(Integer::intValue).sum(), submitted.get(unit.id().value()),
                    Quota.check(c).orElse(null), exceptions.get(unit.id().value())));
        }
        model.addAttribute("round", round);
        model.addAttribute("lines", lines);
        model.addAttribute("grades", Grade.values());
        return "evaluation/round";
    }

    @PostMapping("/danh-gia/{id}/duyet")
    String approve(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        evaluations.approve(user.scope(), id);
        redirect.addFlashAttribute("notice", Messages.text("evaluation.rounds.approvedNotice"));
        return "redirect:/danh-gia/" + id;
    }

    @PostMapping("/danh-gia/{id}/don-vi/{unitId}/vuot-ty-le")
    String allowAboveQuota(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long unitId,
            @RequestParam(name = "lyDo", required = false) String reason, RedirectAttributes redirect) {
        Unit unit = units.find(new UnitId(unitId)).orElseThrow(RoundNotFoundException::new);
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        evaluations.allowAboveQuota(user.scope(), id, unit, reason, user.getUsername());
        redirect.addFlashAttribute("notice", Messages.text("evaluation.rounds.aboveQuotaAllowedNotice", unit.name()));
        return "redirect:/danh-gia/" + id;
    }

    @PostMapping("/danh-gia/{id}/nhap")
    String importGrades(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam("tep") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (var input = file.getInputStream()) {
            GradeImport.Result result = gradeImport.importGrades(user.scope(), id, input, file.getOriginalFilename());
            if (result.errors().isEmpty()) {
                redirect.addFlashAttribute("notice", Messages.text("evaluation.grades.importedNotice", result.saved(), result.rows()));
            } else {
                redirect.addFlashAttribute("problem", Messages.text("evaluation.nothingImportedMore", String.join("; ", result.errors().subList(0,
                        Math.min(20, result.errors().size()))), (result.errors().size() > 20 ? "; …" : "")));
            }
        } catch (InvalidEvaluationException e) {
            redirect.addFlashAttribute("problem", Messages.text("evaluation.nothingImported", e.getMessage()));
        }
        return "redirect:/danh-gia/" + id;
    }

    @GetMapping("/danh-gia/{id}/don-vi/{unitId}")
    String grid(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long unitId, Model model) {
        EvaluationRound round = evaluations.round(user.scope(), id).orElseThrow(RoundNotFoundException::new);
        Unit unit = units.find(new UnitId(unitId)).orElseThrow(RoundNotFoundException::new);
        try {
            model.addAttribute("rows", evaluations.grid(user.scope(), round, unit));
            model.addAttribute("quota", evaluations.quotaWarning(user.scope(), round, unit).orElse(null));
        } catch (InvalidEvaluationException e) {
            throw new RoundNotFoundException();
        }
        model.addAttribute("round", round);
        model.addAttribute("unit", unit);
        model.addAttribute("submitted", evaluations.submissions(id).get(unitId));
        model.addAttribute("grades", Grade.values());
        return "evaluation/grid";
    }

    @PostMapping("/danh-gia/{id}/don-vi/{unitId}")
    String save(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long unitId,
            @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        Unit unit = units.find(new UnitId(unitId)).orElseThrow(RoundNotFoundException::new);
        List<Evaluations.Entry> entries = new ArrayList<>();
        try {
            for (String key : form.keySet()) {
                if (key.startsWith("xl-")) {
                    long personId = Long.parseLong(key.substring(3));
                    Optional<Grade> grade = Grade.parse(form.getFirst(key));
                    entries.add(new Evaluations.Entry(personId, grade.orElse(null), form.getFirst("nx-" + personId)));
                }
            }
            Optional<String> quota = evaluations.save(user.scope(), id, unit, entries);
            if ("nop".equals(form.getFirst("thaoTac"))) {
                evaluations.submit(user.scope(), id, unit, user.getUsername());
                redirect.addFlashAttribute("notice", Messages.text("evaluation.grades.submittedNotice", unit.name()));
            } else {
                redirect.addFlashAttribute("notice", quota.map(q -> Messages.text("evaluation.grades.savedWithWarning",
                        q)).orElse(Messages.text("evaluation.grades.saved")));
            }
        } catch (InvalidEvaluationException e) {
            // Refused (the cap, a discipline …): the grid is shown again with what was typed, nothing is lost.
            String page = grid(user, id, unitId, model);
            Map<Long, Evaluations.Entry> typed = new HashMap<>();
            entries.forEach(entry -> typed.put(entry.personId(), entry));
            @SuppressWarnings("unchecked")
            List<GridRow> rows = ((List<GridRow>) model.getAttribute("rows")).stream().map(r -> typed.containsKey(r.personId())
                    ? new GridRow(r.personId(), r.code(), r.name(), r.titleName(), r.gradeId(), typed.get(r.personId()).grade(),
                    typed.get(r.personId()).comment(), r.version()) : r).toList();
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            rows.stream().map(GridRow::grade).filter(g -> g != null).forEach(g -> counts.merge(g, 1, Integer::sum));
            model.addAttribute("rows", rows);
            model.addAttribute("quota", Quota.check(counts).orElse(null));
            model.addAttribute("problem", e.getMessage());
            return page;
        }
        return "redirect:/danh-gia/" + id + "/don-vi/" + unitId;
    }

    /** The quota as the grid stands in the browser, before saving (htmx, on every change). */
    @PostMapping("/danh-gia/{id}/don-vi/{unitId}/kiem-tra")
    String check(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        form.forEach((key, values) -> {
            if (key.startsWith("xl-")) {
                Grade.parse(values.get(0)).ifPresent(grade -> counts.merge(grade, 1, Integer::sum));
            }
        });
        model.addAttribute("quota", Quota.check(counts).orElse(null));
        return "evaluation/grid :: quota";
    }

    @PostMapping("/danh-gia/{id}/sua/{personId}")
    String changeLocked(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long personId,
            @RequestParam("xepLoai") String grade, @RequestParam(name = "lyDo", required = false) String reason,
            @RequestParam("donVi") long unitId, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        evaluations.changeLocked(user.scope(), id, personId, Grade.parse(grade)
                .orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.grades.gradeRequired"))), reason);
        redirect.addFlashAttribute("notice", Messages.text("evaluation.grades.correctedNotice"));
        return "redirect:/danh-gia/" + id + "/don-vi/" + unitId;
    }

    @GetMapping("/danh-gia/he-qua")
    String consequences(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        // The last year graded, not the current one that nobody has graded yet.
        int y = year == null ? evaluations.latestGradedYear(user.scope()) : year;
        model.addAttribute("year", y);
        model.addAttribute("twoYears", inListOrder(evaluations.notCompletedTwoYears(user.scope(), y)));
        model.addAttribute("excellentBelow", inListOrder(evaluations.excellentBelowStandards(user.scope(), y)));
        model.addAttribute("missing", evaluations.missing(user.scope(), y, Math.max(0, page - 1), MISSING_PAGE));
        model.addAttribute("twiceInThree", inListOrder(evaluations.notCompletedTwiceInThreeYears(user.scope(), y)));
        model.addAttribute("leadersInTerm", inListOrder(evaluations.leadersNotCompletedTwiceInTerm(user.scope(), y)));
        return "evaluation/consequences";
    }

    /** People as Vietnamese lists have them: by given name, then family and middle names. */
    private static List<PersonRecord> inListOrder(List<PersonRecord> people) {
        return people.stream().sorted(Comparator.comparing(PersonRecord::fullName, VietnameseOrder::byGivenName)).toList();
    }

    // ---- the grade mix -------------------------------------------------------------------------

    @GetMapping("/danh-gia/phan-bo")
    String mix(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "nam", required = false) Integer year, @RequestParam(name = "theo", required = false) String by, Model model) {
        GradeMix mix = mixOf(user, unitId, year, by);
        model.addAttribute("mix", mix);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("trendChart", trendChart(mix));
        return "evaluation/mix";
    }

    @GetMapping("/danh-gia/phan-bo.xlsx")
    void mixWorkbook(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "nam", required = false) Integer year, @RequestParam(name = "theo", required = false) String by,
            HttpServletResponse response) throws IOException {
        GradeMix mix = mixOf(user, unitId, year, by);
        Downloads.xlsx(response, "xep-loai-" + mix.unit().code() + "-" + mix.year() + ".xlsx");
        mix.writeWorkbook(accounts.paperHeading(user.getUsername(), mix.unit().name()), response.getOutputStream());
    }

    @GetMapping("/danh-gia/phan-bo.pdf")
    void mixPdf(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "nam", required = false) Integer year, @RequestParam(name = "theo", required = false) String by,
            HttpServletResponse response) throws IOException {
        GradeMix mix = mixOf(user, unitId, year, by);
        Downloads.attachment(response, "xep-loai-" + mix.unit().code() + "-" + mix.year() + ".pdf", "application/pdf");
        mix.writePdf(accounts.paperHeading(user.getUsername(), mix.unit().name()), response.getOutputStream());
    }

    @GetMapping("/danh-gia/danh-sach")
    String graded(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam("nam") int year, @RequestParam(name = "xepLoai", required = false) String grade,
            @RequestParam(name = "loai", required = false) String category, @RequestParam(name = "gioiTinh", required = false) String gender,
            @RequestParam(name = "trang", defaultValue = "1") int page, Model model) {
        Unit unit = unitOf(user, unitId);
        Grade chosen = Grade.parse(grade).orElse(null);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("grade", chosen);
        model.addAttribute("people", evaluations.graded(user.scope(), unit, year, chosen, blank(category), blank(gender), Math.max(0, page - 1)));
        model.addAttribute("query", "donVi=" + unit.id().value() + "&nam=" + year + (chosen == null ? "" : "&xepLoai=" + chosen.name())
                + (blank(category) == null ? "" : "&loai=" + category) + (blank(gender) == null ? "" : "&gioiTinh=" + gender));
        return "evaluation/graded";
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private GradeMix mixOf(ChuanUser user, Long unitId, Integer year, String by) {
        // The last year graded in the scope, not a year nobody has graded yet.
        return evaluations.mix(user.scope(), unitOf(user, unitId), year == null ? evaluations.latestGradedYear(user.scope()) : year, by);
    }

    private Unit unitOf(ChuanUser user, Long unitId) {
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(u -> user.scope().covers(u))
                .or(() -> units.scopeRoot(user.scope().unitId(), today))
                .orElseThrow(RoundNotFoundException::new);
    }

    /** Each year's share of each grade, as stacked bars (static/js/charts.js). */
    private String trendChart(GradeMix mix) {
        List<String> years = mix.trend().keySet().stream().map(String::valueOf).toList();
        String[] colours = {"#198754", "#0d6efd", "#ffc107", "#dc3545"};
        List<ChartSpec.Series> series = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            List<Double> shares = new ArrayList<>();
            for (var counts : mix.trend().values()) {
                long total = counts.values().stream().mapToLong(Long::longValue).sum();
                shares.add(total == 0 ? 0 : Math.round(1000.0 * counts.getOrDefault(grade, 0L) / total) / 10.0);
            }
            series.add(new ChartSpec.Series(grade.label(), colours[grade.ordinal()], shares));
        }
        return json.writeValueAsString(new ChartSpec("bar", years, series, List.of(), "%"));
    }

    /** No such round or unit in the scope: answered 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class RoundNotFoundException extends RuntimeException {
    }
}
