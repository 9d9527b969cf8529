package vn.chuan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import vn.chuan.due.DueDates;
import vn.chuan.people.PeopleOverview;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.people.PersonRegistry;
import vn.chuan.reports.Dashboard;
import vn.chuan.reports.QualityColumn;
import vn.chuan.reports.ReportTable;
import vn.chuan.reports.Reports;
import vn.chuan.reports.TrendPoint;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.UserScope;
import vn.chuan.shared.ChartSpec;
import vn.chuan.shared.HtmlOptions;
import vn.chuan.shared.Shares;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Unit;

/**
 * The front page, a dashboard of one unit (the user's scope unit unless another is picked): the
 * headline figures as of a date, and for today compliance by the units below, the level mix of each
 * dimension and the trend over the years, each drawn as a chart whose parts open what they count.
 */
@Controller
class HomeController {

    /** The first year-end of the trend. */
    static final int TREND_FROM = 2015;

    private final PersonRegistry people;
    private final Reports reports;
    private final Clock clock;
    private final JsonMapper json;
    private final MessageSource messages;
    private final DueDates due;

    HomeController(PersonRegistry people, Reports reports, Clock clock, JsonMapper json, MessageSource messages, DueDates due) {
        this.due = due;
        this.people = people;
        this.reports = reports;
        this.clock = clock;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ChuanUser user,
            @RequestParam(name = "ngay", required = false) LocalDate asOf,
            @RequestParam(name = "donVi", required = false) Long unitId, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = asOf == null ? today : asOf;
        Optional<Unit> unit = reports.root(user.scope(), unitId, date);
        UserScope scope = unit.filter(u -> !u.equals(Reports.NATION)).map(u -> UserScope.of(u, false)).orElse(user.scope());
        PeopleOverview overview = people.overview(scope, date);
        model.addAttribute("asOf", date);
        model.addAttribute("overview", overview);
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("unit", unit.orElse(null));
        if (unit.isPresent() && date.equals(today)) {
            Dashboard dashboard = reports.dashboard(user.scope(), unit.get());
            ReportTable.Row total = dashboard.form().total();
            model.addAttribute("dashboard", dashboard);
            long shown = unit.get().id().value();
            model.addAttribute("unitsBelow", HtmlOptions.of(dashboard.form().rows().stream().filter(r -> r.unit().id().value() != shown).toList(),
                    r -> r.unit().id().value(), ReportTable.Row::label, null));
            model.addAttribute("standardsMet", total.count(QualityColumn.DAT_CHUAN));
            model.addAttribute("standardsUnmet", total.count(QualityColumn.CHUA_DAT_CHUAN));
            model.addAttribute("standardsShare", total.share(QualityColumn.DAT_CHUAN));
            List<ReportTable.Row> charted = charted(dashboard.form().rows());
            model.addAttribute("complianceChart", complianceChart(dashboard, charted));
            model.addAttribute("complianceRows", charted.stream().map(r -> new ComplianceRow(r.label(), r.unit().id().value(),
                    r.count(QualityColumn.DAT_CHUAN), r.count(QualityColumn.CHUA_DAT_CHUAN), r.share(QualityColumn.DAT_CHUAN))).toList());
            if (charted.size() < dashboard.form().rows().size()) {
                model.addAttribute("complianceLowest", messages.getMessage("home.compliance.lowest",
                        new Object[] {charted.size(), Shares.count(dashboard.form().rows().size())}, Locale.forLanguageTag("vi-VN")));
            }
            model.addAttribute("mixCharts", mixCharts(dashboard));
            if (!unit.get().equals(Reports.NATION)) {
                model.addAttribute("due", due.summary(user.scope(), unit.get()));
            }
        }
        return "home";
    }

    /** The trend chart, loaded after the page (it counts the records at every year's end). */
    @GetMapping("/tong-quan/xu-huong")
    String trend(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi") long unitId, Model model) {
        Unit unit = reports.root(user.scope(), unitId, LocalDate.now(clock)).orElseThrow(() -> new PersonNotFoundException(unitId));
        // From the oldest yearly list imported, when the province loaded its history from before TREND_FROM.
        int from = Math.min(TREND_FROM, people.earliestYearlyList().map(LocalDate::getYear).orElse(TREND_FROM));
        List<TrendPoint> points = reports.trend(user.scope(), unit, from);
        model.addAttribute("points", points);
        model.addAttribute("trendChart", json.writeValueAsString(new ChartSpec("line",
                points.stream().map(p -> p.date().getYear() == LocalDate.now(clock).getYear()
                        ? text("home.trend.today") : String.valueOf(p.date().getYear())).toList(),
                List.of(new ChartSpec.Series(text("home.trend.university"), "#0d6efd", points.stream().map(p -> p.share(p.university())).toList()),
                        new ChartSpec.Series(text("home.trend.politicalTheory"), "#dc3545",
                                points.stream().map(p -> p.share(p.politicalTheory())).toList()),
                        new ChartSpec.Series(text("home.trend.it"), "#198754", points.stream().map(p -> p.share(p.it())).toList()),
                        new ChartSpec.Series(text("home.trend.women"), "#6f42c1", points.stream().map(p -> p.share(p.women())).toList()),
                        new ChartSpec.Series(text("home.trend.standards"), "#fd7e14",
                                points.stream().map(p -> p.share(p.meetingStandards())).toList())),
                List.of(), "%")));
        return "home :: trend";
    }

    /**
     * The units the front page charts: all of them up to {@link #CHARTED_UNITS}, else the ones with the lowest share meeting
     * the standards, lowest first (a province of over a thousand communes in one chart is a wall no one reads; the form has all).
     */
    private static List<ReportTable.Row> charted(List<ReportTable.Row> rows) {
        if (rows.size() <= CHARTED_UNITS) {
            return rows;
        }
        double[] shares = rows.stream().mapToDouble(r -> r.total() == 0 ? 2 : (double) r.count(QualityColumn.DAT_CHUAN) / r.total()).toArray();
        return IntStream.range(0, rows.size()).filter(i -> shares[i] <= 1).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> shares[i]).thenComparingInt(i -> i))
                .limit(CHARTED_UNITS).map(rows::get).toList();
    }

    private static final int CHARTED_UNITS = 30;

    private String complianceChart(Dashboard dashboard, List<ReportTable.Row> rows) {
        List<String> links = new ArrayList<>();
        for (ReportTable.Row row : rows) {
            links.add(row.unit().equals(dashboard.unit()) ? "" : "/?donVi=" + row.unit().id().value());
        }
        return json.writeValueAsString(new ChartSpec("bar", rows.stream().map(ReportTable.Row::label).toList(), List.of(
                new ChartSpec.Series(text("standing.DAT"), "#198754", rows.stream().map(r -> r.count(QualityColumn.DAT_CHUAN)).toList()),
                new ChartSpec.Series(text("standing.CHUA_DAT"), "#dc3545", rows.stream().map(r -> r.count(QualityColumn.CHUA_DAT_CHUAN)).toList())),
                links, ""));
    }

    /** A donut per charted dimension, each slice opening the list of its people. */
    private List<MixChart> mixCharts(Dashboard dashboard) {
        List<MixChart> charts = new ArrayList<>();
        dashboard.levelMix().forEach((dimension, levels) -> {
            List<String> links = levels.stream().map(l -> "/can-bo?donVi=" + dashboard.unit().id().value()
                    + "&loai=CB,CC&" + dimension.key() + "=" + l.level().code()).toList();
            charts.add(new MixChart(dimension.label(), json.writeValueAsString(new ChartSpec("donut",
                    levels.stream().map(l -> l.level().label()).toList(),
                    List.of(new ChartSpec.Series(dimension.label(), "", levels.stream().map(Dashboard.LevelCount::count).toList())),
                    links, ""))));
        });
        return charts;
    }

    /** A unit's bar of the compliance chart as its table writes it. */
    public record ComplianceRow(String label, long unitId, long met, long unmet, String share) {
    }

    record MixChart(String title, String spec) {
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("vi-VN"));
    }
}
