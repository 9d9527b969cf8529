package vn.chuan.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.chuan.positions.JobPositions;
import vn.chuan.reports.IndicatorCount;
import vn.chuan.rotation.Direction;
import vn.chuan.rotation.Rotation;
import vn.chuan.rotation.Rotations;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.targets.FigureSource;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * The staffing report (Báo cáo › Bố trí cán bộ): for a unit and each unit directly below it, job
 * positions (allowed, filled, vacant, working in their field), the year's moves by direction, the
 * year's hires with the young graduates among them, and the succession pools with their women and
 * young members. It reads the other modules' facades and figure sources; it counts nothing itself.
 */
@Controller
class StaffingReportController {

    private final Units units;
    private final JobPositions positions;
    private final Rotations rotations;
    private final Map<String, FigureSource> figures = new HashMap<>();
    private final Clock clock;

    StaffingReportController(Units units, JobPositions positions, Rotations rotations, List<FigureSource> figures, Clock clock) {
        this.units = units;
        this.positions = positions;
        this.rotations = rotations;
        figures.forEach(f -> this.figures.put(f.key(), f));
        this.clock = clock;
    }

    /** One row: a unit (or the total) and its figures. */
    record Row(String unitName, Long unitId, int headcount, int filled, int vacant, IndicatorCount inField, int up, int down,
            int betweenCommunes, IndicatorCount hires, IndicatorCount poolWomen, IndicatorCount poolYoung) {

        public String inFieldShare() {
            return share(inField);
        }

        public String hiresShare() {
            return share(hires);
        }

        public String womenShare() {
            return share(poolWomen);
        }

        public String youngShare() {
            return share(poolYoung);
        }

        static String share(IndicatorCount count) {
            return Shares.percent(count.meeting(), count.population(), 2);
        }

        static Object percent(IndicatorCount count) {
            return count.population() == 0 ? null : new SimpleSheet.Percent((double) count.meeting() / count.population());
        }
    }

    record Report(Unit root, int year, LocalDate on, List<Row> rows, Row total) {

        public List<Row> rowsAndTotal() {
            List<Row> all = new ArrayList<>(rows);
            all.add(total);
            return all;
        }
    }

    @GetMapping("/bao-cao/bo-tri")
    String page(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "nam", required = false) Integer year, Model model) {
        Report report = report(user.scope(), unitId, year);
        model.addAttribute("report", report);
        model.addAttribute("choices", units.subtreeOf(user.scope().unitId(), report.on()));
        return "reports/staffing";
    }

    @GetMapping("/bao-cao/bo-tri.xlsx")
    void workbook(@AuthenticationPrincipal ChuanUser user, @RequestParam(name = "donVi", required = false) Long unitId,
            @RequestParam(name = "nam", required = false) Integer year, HttpServletResponse response) throws IOException {
        Report report = report(user.scope(), unitId, year);
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : report.rowsAndTotal()) {
            rows.add(Arrays.asList(r.unitName(), r.headcount(), r.filled(), r.vacant(), Row.percent(r.inField()), r.up(), r.down(),
                    r.betweenCommunes(), r.hires().population(), r.hires().meeting(), Row.percent(r.hires()), r.poolWomen().population(),
                    Row.percent(r.poolWomen()), Row.percent(r.poolYoung())));
        }
        Downloads.xlsx(response, "bo-tri-can-bo-" + report.year() + ".xlsx");
        SimpleSheet.write(Messages.text("web.staffing.title", report.year()), List.of(Messages.text("web.staffing.unit"),
                Messages.text("web.staffing.positions"), Messages.text("web.staffing.placed"), Messages.text("web.staffing.vacant"),
                Messages.text("web.staffing.matching"), Messages.text("web.staffing.rotatedUp"), Messages.text("web.staffing.rotatedDown"),
                        Messages.text("web.staffing.rotatedAcross"), Messages.text("web.staffing.hired"), Messages.text("web.staffing.youngAndGood"),
                Messages.text("web.staffing.youngAndGoodShare"), Messages.text("web.staffing.inPool"), Messages.text("web.staffing.womenInPool"),
                        Messages.text("web.staffing.youngInPool")), rows, response.getOutputStream());
    }

    private Report report(UserScope scope, Long unitId, Integer askedYear) {
        LocalDate today = LocalDate.now(clock);
        int year = askedYear == null || askedYear < 2000 || askedYear > today.getYear() ? today.getYear() : askedYear;
        LocalDate on = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        Unit root = units.askedOrScopeRoot(scope.unitId(), unitId, on);
        List<Unit> below = units.subtree(root, on).stream().filter(u -> u.depth() == root.depth() + 1).toList();
        Map<Long, String> paths = new HashMap<>();
        units.subtree(root, on).forEach(u -> paths.put(u.id().value(), u.path()));
        List<JobPositions.UnitFigures> positionFigures = positions.figures(scope, root);
        List<Rotation> moves = new ArrayList<>(rotations.list(scope, year));
        Map<Long, IndicatorCount> inField = counts("dung-chuyen-mon", scope, root, on);
        Map<Long, IndicatorCount> hires = new HashMap<>(counts("tuyen-dung-tre-gioi", scope, root, on));
        // A year before the root existed (a merged commune): its moves and hires are those of what it was formed from.
        List<String> rootPaths = new ArrayList<>(List.of(root.path()));
        if (!root.isValidOn(on)) {
            for (Units.Source source : units.sourcesOn(root, on)) {
                rootPaths.add(source.unit().path());
                // The officer of the merged commune reads its predecessors' past as the reports do.
                rotations.list(UserScope.of(source.unit(), false), year).stream().filter(m -> !moves.contains(m)).forEach(moves::add);
                IndicatorCount past = counts("tuyen-dung-tre-gioi", UserScope.of(source.unit(), false), source.unit(), on)
                        .get(source.unit().id().value());
                if (past != null) {
                    hires.merge(root.id().value(), past, IndicatorCount::plus);
                }
            }
        }
        Map<Long, IndicatorCount> women = counts("quy-hoach-nu", scope, root, on);
        Map<Long, IndicatorCount> young = counts("quy-hoach-tre", scope, root, on);
        List<Row> rows = new ArrayList<>();
        for (Unit unit : below) {
            rows.add(row(unit, List.of(unit.path()), positionFigures, paths, moves, inField, hires, women, young));
        }
        return new Report(root, year, on, rows, row(root, rootPaths, positionFigures, paths, moves, inField, hires, women, young));
    }

    private Row row(Unit unit, List<String> unitPaths, List<JobPositions.UnitFigures> positionFigures, Map<Long, String> paths,
            List<Rotation> moves,
            Map<Long, IndicatorCount> inField, Map<Long, IndicatorCount> hires, Map<Long, IndicatorCount> women,
            Map<Long, IndicatorCount> young) {
        int headcount = 0;
        int filled = 0;
        int vacant = 0;
        for (JobPositions.UnitFigures f : positionFigures) {
            String path = paths.get(f.unitId());
            if (path != null && path.startsWith(unit.path())) {
                headcount += f.headcount();
                filled += f.filled();
                vacant += f.vacant();
            }
        }
        Map<Direction, Integer> byDirection = new EnumMap<>(Direction.class);
        moves.stream().filter(m -> unitPaths.stream().anyMatch(m.fromUnitPath()::startsWith))
                .forEach(m -> byDirection.merge(m.direction(), 1, Integer::sum));
        long id = unit.id().value();
        return new Row(unit.name(), id, headcount, filled, vacant, inField.getOrDefault(id, IndicatorCount.UNKNOWN),
                byDirection.getOrDefault(Direction.UP, 0), byDirection.getOrDefault(Direction.DOWN, 0),
                byDirection.getOrDefault(Direction.BETWEEN_COMMUNES, 0), hires.getOrDefault(id, IndicatorCount.UNKNOWN),
                women.getOrDefault(id, IndicatorCount.UNKNOWN), young.getOrDefault(id, IndicatorCount.UNKNOWN));
    }

    private Map<Long, IndicatorCount> counts(String key, UserScope scope, Unit root, LocalDate on) {
        FigureSource source = figures.get(key);
        return source == null ? Map.of() : source.counts(scope, root, on);
    }
}
