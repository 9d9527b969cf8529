package vn.chuan.training;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

import vn.chuan.security.ChuanUser;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Training pages: classes ({@code /dao-tao}), the catalogue ({@code /dao-tao/chuong-trinh}), a class
 * with its places ({@code /dao-tao/lop/{id}}), the places table ({@code /dao-tao/thong-ke}) and its
 * lists, and a person's history (a fragment the person page loads).
 */
@Controller
class TrainingController {

    private final UserAccounts accounts;
    private final Training training;
    private final RosterImport rosters;
    private final TrainingPlans plans;
    private final Units units;
    private final Clock clock;

    TrainingController(Training training, RosterImport rosters, TrainingPlans plans, Units units, Clock clock, UserAccounts accounts) {
        this.accounts = accounts;
        this.training = training;
        this.rosters = rosters;
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/dao-tao")
    String classes(Model model) {
        model.addAttribute("classes", training.classes());
        return "training/classes";
    }

    // ---- catalogue ----------------------------------------------------------------------------

    record ProgrammeDraft(String code, String name, String kindCode, String confers, String durationDays, String provider) {
    }

    @GetMapping("/dao-tao/chuong-trinh")
    String programmes(Model model) {
        return programmesPage(new ProgrammeDraft("", "", "", "", "", ""), null, model);
    }

    private String programmesPage(ProgrammeDraft draft, String problem, Model model) {
        model.addAttribute("programmes", training.programmes());
        model.addAttribute("kinds", training.kinds());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("draft", draft);
        model.addAttribute("formProblem", problem);
        return "training/programmes";
    }

    @PostMapping("/dao-tao/chuong-trinh")
    String createProgramme(@AuthenticationPrincipal ChuanUser user, ProgrammeDraft draft, Model model, RedirectAttributes redirect) {
        try {
            training.defineProgramme(user.scope(), Programme.Definition.conferring(draft.code(), draft.name(), draft.kindCode(),
                    draft.confers(), integer(draft.durationDays(), Messages.text("training.field.durationDays")), draft.provider()));
            redirect.addFlashAttribute("notice", Messages.text("training.notice.programmeAdded", draft.code().strip()));
            return "redirect:/dao-tao/chuong-trinh";
        } catch (InvalidTrainingException e) {
            return programmesPage(draft, e.getMessage(), model);
        }
    }

    // ---- classes ------------------------------------------------------------------------------

    record ClassDraft(String programmeId, String code, String startsOn, String endsOn, String place, String seats, String costPerPlace,
            String funding) {
    }

    @GetMapping("/dao-tao/lop/moi")
    String newClass(Model model) {
        return newClassPage(new ClassDraft("", "", "", "", "", "", "0", Funding.NGAN_SACH.name()), null, model);
    }

    private String newClassPage(ClassDraft draft, String problem, Model model) {
        model.addAttribute("programmes", training.programmes());
        model.addAttribute("fundings", Funding.values());
        model.addAttribute("draft", draft);
        model.addAttribute("formProblem", problem);
        return "training/new-class";
    }

    @PostMapping("/dao-tao/lop")
    String openClass(@AuthenticationPrincipal ChuanUser user, ClassDraft draft, Model model, RedirectAttributes redirect) {
        try {
            Integer seats = integer(draft.seats(), Messages.text("training.field.seats"));
            Integer programme = integer(draft.programmeId(), Messages.text("training.field.programme"));
            if (programme == null) {
                throw new InvalidTrainingException(Messages.text("training.class.programmeOfClassRequired"));
            }
            long id = training.openClass(user.scope(), new TrainingClass.Definition(programme, draft.code(),
                    date(draft.startsOn(), Messages.text("training.field.startsOn")), date(draft.endsOn(),
                            Messages.text("training.field.endsOn")), draft.place(),
                    seats == null ? 0 : seats, money(draft.costPerPlace()), Arrays.stream(Funding.values())
                    .filter(f -> f.name().equals(draft.funding())).findFirst()
                    .orElseThrow(() -> new InvalidTrainingException(Messages.text("training.class.fundingRequired")))));
            redirect.addFlashAttribute("notice", Messages.text("training.notice.classOpened", draft.code().strip()));
            return "redirect:/dao-tao/lop/" + id;
        } catch (InvalidTrainingException e) {
            return newClassPage(draft, e.getMessage(), model);
        }
    }

    @GetMapping("/dao-tao/lop/{id}")
    String trainingClass(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        TrainingClass trainingClass = training.trainingClass(id).orElseThrow(ClassNotFoundException::new);
        model.addAttribute("trainingClass", trainingClass);
        model.addAttribute("enrolments", training.enrolmentsOfClass(user.scope(), id));
        model.addAttribute("today", LocalDate.now(clock));
        return "training/class";
    }

    @PostMapping("/dao-tao/lop/{id}/hoc-vien")
    String enrol(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("maCanBo") String codes,
            RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        int enrolled = training.enrol(user.scope(), id, Arrays.asList(codes.split("[,;\\s]+")));
        redirect.addFlashAttribute("notice", Messages.text("training.notice.enrolled", enrolled));
        return "redirect:/dao-tao/lop/" + id;
    }

    @PostMapping("/dao-tao/lop/{id}/nhap")
    String importRoster(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam("tep") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try (var input = file.getInputStream()) {
            RosterImport.Result result = rosters.importRoster(user.scope(), id, input, file.getOriginalFilename());
            if (result.errors().isEmpty()) {
                redirect.addFlashAttribute("notice", Messages.text("training.notice.rosterImported", result.rows(), result.enrolled(),
                        result.attending(), result.completed(), result.dropped()));
            } else {
                redirect.addFlashAttribute("problem", Messages.text("training.nothingImported", String.join("; ", result.errors().subList(0,
                        Math.min(20, result.errors().size())))
                        + (result.errors().size() > 20 ? Messages.text("training.andMoreErrors", result.errors().size()) : "")));
            }
        } catch (InvalidTrainingException e) {
            redirect.addFlashAttribute("problem", Messages.text("training.nothingImported", e.getMessage()));
        }
        return "redirect:/dao-tao/lop/" + id;
    }

    @PostMapping("/dao-tao/luot/{id}/{action:hoc|bo-hoc|hoan-thanh}")
    String changePlace(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable String action,
            @RequestParam("version") int version, @RequestParam("lop") long classId,
            @RequestParam(name = "ketQua", required = false) String result,
            @RequestParam(name = "soChungChi", required = false) String certificateNumber,
            @RequestParam(name = "ngayCap", required = false) LocalDate certificateDate, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        switch (action) {
            case "hoc" -> training.attend(user.scope(), id, version);
            case "bo-hoc" -> training.drop(user.scope(), id, version);
            default -> training.complete(user.scope(), id, version, result, certificateNumber,
                    certificateDate);
        }
        redirect.addFlashAttribute("notice", Messages.text("training.notice.placeUpdated"));
        return "redirect:/dao-tao/lop/" + classId;
    }

    // ---- statistics ---------------------------------------------------------------------------

    @GetMapping("/dao-tao/thong-ke")
    String places(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "tu", required = false) LocalDate from, @RequestParam(name = "den", required = false) LocalDate to,
            @RequestParam(name = "theo", required = false) String by, Model model) {
        PlaceTable table = table(user, unitId, from, to, by);
        model.addAttribute("table", table);
        model.addAttribute("bys", PlaceBreakdown.values());
        return "training/places";
    }

    @GetMapping("/dao-tao/thong-ke.xlsx")
    void placesWorkbook(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "tu", required = false) LocalDate from, @RequestParam(name = "den", required = false) LocalDate to,
            @RequestParam(name = "theo", required = false) String by, HttpServletResponse response) throws IOException {
        PlaceTable table = table(user, unitId, from, to, by);
        Downloads.xlsx(response, "luot-dao-tao-" + table.unit().code() + "-" + table.from() + "-" + table.to() + ".xlsx");
        PlaceWorkbook.write(table, accounts.paperHeading(user.getUsername(), table.unit().name()), response.getOutputStream());
    }

    @GetMapping("/dao-tao/thong-ke/danh-sach")
    String placeList(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "tu", required = false) LocalDate from, @RequestParam(name = "den", required = false) LocalDate to,
            @RequestParam(name = "theo", required = false) String by, @RequestParam(name = "loaiDaoTao", required = false) String kind,
            @RequestParam(name = "giaTri", required = false) String value, @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        PlaceTable table = table(user, unitId, from, to, by);
        model.addAttribute("table", table);
        model.addAttribute("kind", kind == null || kind.isBlank() ? null : kind);
        model.addAttribute("value", value == null || value.isBlank() ? null : value);
        model.addAttribute("places", training.placeList(user.scope(), table.unit(), table.from(), table.to(),
                kind == null || kind.isBlank() ? null : kind, table.by(), value == null || value.isBlank() ? null : value,
                Math.max(0, page - 1), 50));
        return "training/place-list";
    }

    /** The table asked for: the unit (the user's scope unit by default), the period (this year by default), the breakdown. */
    private PlaceTable table(ChuanUser user, Long unitId, LocalDate from, LocalDate to, String by) {
        LocalDate today = LocalDate.now(clock);
        Unit unit = unitOf(user, unitId, today);
        LocalDate start = from == null ? LocalDate.of(today.getYear() - 2, 1, 1) : from;
        LocalDate end = to == null ? today : to;
        return training.places(user.scope(), unit, start, end, PlaceBreakdown.of(by));
    }

    /** A person's places, for their page. */
    @GetMapping("/dao-tao/can-bo/{id}")
    String history(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        model.addAttribute("enrolments", training.history(user.scope(), id));
        return "training/history :: history";
    }

    // ---- the yearly plan -----------------------------------------------------------------------

    @GetMapping("/dao-tao/ke-hoach")
    String plan(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "nam", required = false) Integer year, @RequestParam(name = "nganSach", required = false) String budget,
            @RequestParam(name = "wChuan", required = false) Double gap, @RequestParam(name = "wMucTieu", required = false) Double target,
            @RequestParam(name = "wUuTien", required = false) Double priority,
            @RequestParam(name = "wQuyHoach", required = false) Double pool, Model model) {
        try {
            model.addAttribute("plan", proposal(user, unitId, year, budget, gap, target, priority, pool));
        } catch (InvalidTrainingException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "training/plan";
    }

    @GetMapping("/dao-tao/ke-hoach.xlsx")
    void planWorkbook(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "nam", required = false) Integer year, @RequestParam(name = "nganSach", required = false) String budget,
            @RequestParam(name = "wChuan", required = false) Double gap, @RequestParam(name = "wMucTieu", required = false) Double target,
            @RequestParam(name = "wUuTien", required = false) Double priority,
            @RequestParam(name = "wQuyHoach", required = false) Double pool, HttpServletResponse response) throws IOException {
        TrainingPlan plan = proposal(user, unitId, year, budget, gap, target, priority, pool);
        Downloads.xlsx(response, "ke-hoach-dao-tao-" + plan.unit().code() + "-" + plan.year() + ".xlsx");
        PlanWorkbook.write(plan, accounts.paperHeading(user.getUsername(), plan.unit().name()), response.getOutputStream());
    }

    private TrainingPlan proposal(ChuanUser user, Long unitId, Integer year, String budget, Double gap, Double target, Double priority,
            Double pool) {
        LocalDate today = LocalDate.now(clock);
        Unit unit = unitOf(user, unitId, today);
        TrainingPlan.Weights defaults = TrainingPlan.Weights.DEFAULT;
        return plans.propose(user.scope(), unit, year == null ? today.getYear() + 1 : year,
                budget == null || budget.isBlank() ? 500_000_000L : money(budget).longValue(),
                new TrainingPlan.Weights(gap == null ? defaults.gap() : gap, target == null ? defaults.target() : target,
                        priority == null ? defaults.priority() : priority, pool == null ? defaults.pool() : pool));
    }

    @PostMapping("/dao-tao/ke-hoach/duyet")
    String approvePlan(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "chon", required = false) List<String> chosen,
            @RequestParam("nganSach") String budget, @RequestParam("donVi") long unitId, @RequestParam("nam") int year,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        List<long[]> pairs = new ArrayList<>();
        for (String pair : chosen == null ? List.<String>of() : chosen) {
            String[] parts = pair.split(":");
            if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
                // The boxes hold "person:class"; anything else was not sent by the plan page.
                throw new InvalidTrainingException(Messages.text("training.plan.badSelection"));
            }
            pairs.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
        }
        // Places the officer added by hand: "them-<class id>" holds person codes.
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (field.getKey().matches("them-\\d+") && !field.getValue().isEmpty() && !field.getValue().get(0).isBlank()) {
                long classId = Long.parseLong(field.getKey().substring("them-".length()));
                for (long personId : training.personIds(user.scope(), Arrays.asList(field.getValue().get(0).split("[,;\\s]+")))) {
                    pairs.add(new long[] {personId, classId});
                }
            }
        }
        int enrolled = plans.approve(user.scope(), money(budget).longValue(), pairs);
        redirect.addFlashAttribute("notice", Messages.text("training.notice.planApproved", enrolled));
        return "redirect:/dao-tao";
    }

    private Unit unitOf(ChuanUser user, Long unitId, LocalDate today) {
        return Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(u -> user.scope().covers(u))
                .or(() -> units.scopeRoot(user.scope().unitId(), today))
                .orElseThrow(ClassNotFoundException::new);
    }

    // ---- parsing ------------------------------------------------------------------------------

    private static Integer integer(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidTrainingException(Messages.text("training.mustBeInteger", what));
        }
    }

    private static LocalDate date(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Dates.parse(text).orElseThrow(() -> new InvalidTrainingException(Messages.text("training.notADate", what)));
    }

    private static BigDecimal money(String text) {
        try {
            return new BigDecimal(text == null || text.isBlank() ? "0" : text.strip().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidTrainingException(Messages.text("training.class.costNotNumber"));
        }
    }

    /** No such class or unit: answered 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static class ClassNotFoundException extends RuntimeException {
    }
}
