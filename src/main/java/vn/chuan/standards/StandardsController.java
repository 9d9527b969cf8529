package vn.chuan.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.StandingCount;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.ChartSpec;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.Shares;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.NotFoundException;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Who meets the standards in a unit's subtree, by category and title, each number opening its
 * list; with another standard set chosen, the same counts as if it were in force (nothing stored).
 */
@Controller
class StandardsController {

    private final Standards standards;
    private final PersonRegistry people;
    private final Units units;
    private final Clock clock;
    private final MessageSource messages;
    private final JsonMapper json;

    StandardsController(Standards standards, PersonRegistry people, Units units, Clock clock,
            MessageSource messages, JsonMapper json) {
        this.json = json;
        this.standards = standards;
        this.people = people;
        this.units = units;
        this.clock = clock;
        this.messages = messages;
    }

    /** One line of the table: a title (or a category's subtotal), how many hold it, how many meet the standards. */
    record Line(StaffCategory category, String titleCode, String label, long total, long met, long unmet, long notApplicable,
            boolean subtotal) {

        public String share() {
            long assessed = met + unmet;
            return Shares.percent(met, assessed, 2);
        }
    }

    @GetMapping("/chuan-hoa")
    String overview(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "boTieuChuan", required = false) Long setId, Model model) {
        LocalDate today = LocalDate.now(clock);
        Optional<Unit> unit = Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(user.scope()::covers);
        PersonSearch search = new PersonSearch(null, unit.map(Unit::id).orElse(null), null, null, List.of(), today, 0, 10);
        Optional<StandardSet> inForce = standards.inForceOn(today);
        Optional<StandardSet> chosen = Optional.ofNullable(setId).flatMap(standards::set);
        boolean whatIf = chosen.isPresent() && !chosen.equals(inForce);
        List<StandingCount> counts = whatIf ? standards.whatIfCounts(user.scope(), search, chosen.get(), today)
                : people.standingCounts(user.scope(), search);
        List<Line> lines = lines(counts);
        model.addAttribute("lines", lines);
        model.addAttribute("chart", chart(lines));
        model.addAttribute("whatIf", whatIf);
        model.addAttribute("shownSet", whatIf ? chosen.get() : inForce.orElse(null));
        model.addAttribute("sets", standards.sets());
        model.addAttribute("selectedUnit", unit.orElse(null));
        model.addAttribute("today", today);
        return "standards/overview";
    }

    /**
     * A person's verdict on any date, under the set in force that day (or a chosen one): the person
     * page loads it for past dates, where the stored verdict (today's) does not apply.
     */
    @GetMapping("/chuan-hoa/danh-gia/{personId}")
    String verdictOn(@AuthenticationPrincipal ChuanUser user, @PathVariable long personId,
            @RequestParam(name = "ngay", required = false) LocalDate date, Model model) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        PersonRecord person = people.get(user.scope(), new PersonId(personId));
        Optional<StandardSet> set = standards.inForceOn(on);
        model.addAttribute("hasPost", person.assignmentOn(on).isPresent());
        model.addAttribute("assessment", set.map(s -> standards.assess(person, s, on)).orElse(null));
        model.addAttribute("set", set.orElse(null));
        model.addAttribute("on", on);
        return "standards/verdict :: verdict";
    }

    @GetMapping("/chuan-hoa/chuc-danh")
    String titles(Model model) {
        model.addAttribute("titles", PositionTitle.all());
        return "standards/titles";
    }

    @GetMapping("/chuan-hoa/bo-tieu-chuan/{id}")
    String set(@PathVariable long id, Model model) {
        StandardSet set = standards.set(id).orElseThrow(() -> new NotFoundException(Messages.text("standards.set.notFoundCode", id)));
        List<Long> criterionIds = standards.criterionIds(id);
        Map<String, List<CriterionRow>> byTitle = new LinkedHashMap<>();
        for (PositionTitle title : PositionTitle.all()) {
            for (int i = 0; i < set.criteria().size() && i < criterionIds.size(); i++) {
                Criterion criterion = set.criteria().get(i);
                if (criterion.titleCode().equals(title.code())) {
                    byTitle.computeIfAbsent(title.name(), t -> new ArrayList<>()).add(new CriterionRow(criterionIds.get(i), criterion));
                }
            }
        }
        model.addAttribute("set", set);
        model.addAttribute("byTitle", byTitle);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("titles", PositionTitle.all());
        return "standards/set";
    }

    @PostMapping("/chuan-hoa/bo-tieu-chuan/{id}/sao-chep")
    String copy(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, RedirectAttributes redirect) {
        return change(redirect, id, () -> standards.copyAsDraft(user.scope(), id).id(),
                Messages.text("standards.notice.draftCreated"));
    }

    @PostMapping("/chuan-hoa/bo-tieu-chuan/{id}/tieu-chi/{criterion}")
    String changeLevel(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long criterion, @RequestParam String level,
            @RequestParam(required = false) String difficultLevel, RedirectAttributes redirect) {
        return change(redirect, id, () -> {
            standards.changeLevel(user.scope(), id, criterion, level, difficultLevel);
            return id;
        }, Messages.text("standards.notice.criterionChanged"));
    }

    @PostMapping("/chuan-hoa/bo-tieu-chuan/{id}/tieu-chi/{criterion}/xoa")
    String remove(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long criterion, RedirectAttributes redirect) {
        return change(redirect, id, () -> {
            standards.removeCriterion(user.scope(), id, criterion);
            return id;
        }, Messages.text("standards.notice.criterionDeleted"));
    }

    @PostMapping("/chuan-hoa/bo-tieu-chuan/{id}/tieu-chi")
    String add(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam String title, @RequestParam String dimension,
            @RequestParam String level,
            @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return change(redirect, id, () -> {
            standards.addMinimumLevel(user.scope(), id, title, dimension, level, source);
            return id;
        }, Messages.text("standards.notice.criterionAdded"));
    }

    @PostMapping("/chuan-hoa/bo-tieu-chuan/{id}/ap-dung")
    String putInForce(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam(required = false) LocalDate from,
            RedirectAttributes redirect) {
        return change(redirect, id, () -> {
            standards.putInForce(user.scope(), id, from);
            return id;
        }, Messages.text("standards.notice.putInForce"));
    }

    /** Runs a change to a set; back to the set's page, with the outcome or the refusal. */
    private static String change(RedirectAttributes redirect, long setId,
            LongSupplier action, String notice) {
        // A refusal goes back to the page the action was sent from, with its reason (WebShellAdvice.refused).
        long shown = action.getAsLong();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/chuan-hoa/bo-tieu-chuan/" + shown;
    }

    /** The people behind a what-if count: assessed on the fly under the chosen set, nothing stored. */
    @GetMapping("/chuan-hoa/danh-sach")
    String whatIfList(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "boTieuChuan") long setId, @RequestParam(name = "loai", required = false) String category,
            @RequestParam(name = "chucDanh", required = false) String title, @RequestParam(name = "chuan", required = false) String verdict,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        StandardSet set = standards.set(setId).orElseThrow(() -> new NotFoundException(Messages.text("standards.set.notFoundCode", setId)));
        Optional<Unit> unit = Optional.ofNullable(unitId).flatMap(id -> units.find(new UnitId(id))).filter(user.scope()::covers);
        PersonSearch search = new PersonSearch(null, unit.map(Unit::id).orElse(null),
                StaffCategory.parse(category == null ? "" : category).orElse(null),
                PositionTitle.findByCode(title).map(PositionTitle::code).orElse(null), List.of(), today, 0, 10);
        Optional<Verdict> wanted = Arrays.stream(Verdict.values()).filter(v -> v.name().equals(verdict)).findFirst();
        boolean all = verdict == null || verdict.isBlank();
        List<Standards.WhatIf> rows = all || wanted.isPresent()
                ? standards.whatIfPeople(user.scope(), search, set, today, wanted.orElse(null), 2_000) : List.of();
        model.addAttribute("rows", rows);
        model.addAttribute("set", set);
        model.addAttribute("verdict", verdict);
        return "standards/what-if-list";
    }

    /** A criterion with its id, for the edit forms of a draft. */
    record CriterionRow(long id, Criterion criterion) {

        public Criterion.MinimumLevel level() {
            return criterion instanceof Criterion.MinimumLevel l ? l : null;
        }
    }

    /** The titles' met and unmet counts, as the JSON the page's chart script reads. */
    private String chart(List<Line> lines) {
        List<Line> titles = lines.stream().filter(l -> !l.subtotal()).toList();
        Locale vi = Locale.forLanguageTag("vi-VN");
        return json.writeValueAsString(new ChartSpec("bar", titles.stream().map(Line::label).toList(), List.of(
                new ChartSpec.Series(messages.getMessage("standing.DAT", null, vi), "#198754", titles.stream().map(Line::met).toList()),
                new ChartSpec.Series(messages.getMessage("standing.CHUA_DAT", null, vi), "#dc3545",
                        titles.stream().map(Line::unmet).toList())), List.of(), ""));
    }

    private static void add(long[] n, StandingCount c) {
        n[0] += c.count();
        if ("DAT".equals(c.verdict())) {
            n[1] += c.count();
        } else if ("CHUA_DAT".equals(c.verdict())) {
            n[2] += c.count();
        } else {
            n[3] += c.count();
        }
    }

    private static List<Line> lines(List<StandingCount> counts) {
        List<Line> lines = new ArrayList<>();
        for (StaffCategory category : StaffCategory.values()) {
            // A title's line counts every post held (a concurrent post too); the category's subtotal counts persons, once.
            long[] subtotal = new long[4];
            List<Line> titles = new ArrayList<>();
            for (PositionTitle title : PositionTitle.all()) {
                long[] n = new long[4];
                for (StandingCount c : counts) {
                    if (c.category() == category && c.titleCode().equals(title.code())) {
                        add(n, c);
                        if (c.principal()) {
                            add(subtotal, c);
                        }
                    }
                }
                if (n[0] > 0) {
                    titles.add(new Line(category, title.code(), title.name(), n[0], n[1], n[2], n[3], false));
                }
            }
            if (subtotal[0] > 0) {
                lines.add(new Line(category, null, category.label(), subtotal[0], subtotal[1], subtotal[2], subtotal[3], true));
                lines.addAll(titles);
            }
        }
        return lines;
    }
}
