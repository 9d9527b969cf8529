package vn.chuan.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.chuan.audit.AuditLog;
import vn.chuan.audit.UntilNextCommit;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.shared.StaffCategory;
import vn.chuan.standards.Standards;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/**
 * The reports module's facade. A report for today reads the kept tallies ({@link ReportTally}); a
 * report for another date counts the dated records as of that date, so a report for 2012 counts the
 * units and levels of 2012. Both count the same {@link Profile} facts.
 */
@Service
public class Reports {

    /**
     * The whole country: not a unit of the registry, but the root a ministry-level report counts
     * from (its rows are the provinces). Only a whole-database scope covers it.
     */
    public static final Unit NATION = new Unit(new UnitId(ReportTally.NATION_ID), "VN", Messages.text("reports.nation"),
            UnitLevel.PROVINCE, null, null, "/", LocalDate.of(1945, 9, 2), null, null, false);

    /** The quantity-and-quality form counts commune cadres and civil servants. */
    static final Set<StaffCategory> CADRES_AND_CIVIL_SERVANTS = Set.of(StaffCategory.CB, StaffCategory.CC);

    private final Units units;
    private final ReportTally tally;
    private final ReportHistory history;
    private final IndicatorQuery indicators;
    private final Standards standards;
    private final Clock clock;
    /** A unit's figures at past year ends (the trend): kept until the next commit, on any instance. */
    private final UntilNextCommit<List<Object>, TrendPoint> yearEnds;
    /** A past date's indicator counts (a targets page asks the same year ends on every view): kept until the next commit. */
    private final UntilNextCommit<PastCount, Map<Long, List<IndicatorCount>>> pastCounts;
    /** The front page of every user asks the form of their unit for today: kept until the next commit (0,45 s at 100.000). */
    private final UntilNextCommit<List<Object>, Dashboard> dashboards;

    Reports(Units units, ReportTally tally, ReportHistory history, IndicatorQuery indicators, Standards standards, Clock clock,
            AuditLog audit) {
        this.dashboards = new UntilNextCommit<>(audit, 256);
        this.yearEnds = new UntilNextCommit<>(audit, 1_000);
        this.pastCounts = new UntilNextCommit<>(audit, 1_000);
        this.history = history;
        this.standards = standards;
        this.indicators = indicators;
        this.units = units;
        this.tally = tally;
        this.clock = clock;
    }

    /** The form for {@code root}'s subtree as of {@code date}, counting commune cadres and civil servants. */
    public ReportTable quality(UserScope scope, Unit root, LocalDate date) {
        return quality(scope, root, date, !isToday(date));
    }

    /** As {@link #quality(UserScope, Unit, LocalDate)}, counting the dated records even for today (to check the tallies). */
    ReportTable quality(UserScope scope, Unit root, LocalDate date, boolean fromRecords) {
        List<ReportColumn> columns = List.of(QualityColumn.values());
        return table(scope, root, date, fromRecords, QUALITY_TITLE, CADRES_AND_CIVIL_SERVANTS, QUALITY_DIMENSIONS, false, false, true,
                false, t -> columns);
    }

    static final String QUALITY_TITLE = Messages.text("reports.quality.title");

    /** The dimensions each form's columns read (a past-date count asks a sum per level of each). */
    private static final Set<Dimension> QUALITY_DIMENSIONS = Set.of(Dimension.PROFESSIONAL, Dimension.POLITICAL_THEORY,
            Dimension.STATE_MANAGEMENT, Dimension.IT);
    private static final Set<Dimension> CIVIL_SERVANT_DIMENSIONS = Set.of(Dimension.PROFESSIONAL, Dimension.POLITICAL_THEORY,
            Dimension.STATE_MANAGEMENT, Dimension.IT, Dimension.FOREIGN_LANGUAGE, Dimension.ETHNIC_LANGUAGE);

    /** The quantity-and-quality report of civil servants above commune level (BM02/BNV) for {@code root}'s subtree. */
    public ReportTable civilServants(UserScope scope, Unit root, LocalDate date) {
        List<ReportColumn> columns = List.of(CivilServantColumn.values());
        return table(scope, root, date, !isToday(date), Messages.text("reports.civilServants.title"),
                Set.of(StaffCategory.CC), CIVIL_SERVANT_DIMENSIONS, true, false, false, false, t -> columns);
    }

    /**
     * The breakdown of these categories' people in {@code root}'s subtree by one attribute as of
     * {@code date}: a column per value (per level and "trở lên" for a dimension), a row per unit below.
     */
    public ReportTable breakdown(UserScope scope, Unit root, LocalDate date, BreakdownColumn.By by, Set<StaffCategory> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("reports.categoryRequired"));
        }
        return table(scope, root, date, !isToday(date), Messages.text("reports.breakdown.title", by.label().toLowerCase(Locale.ROOT)),
                categories, by.dimension() == null ? Set.of() : Set.of(by.dimension()), false, by.key().equals("dan_toc"),
                by.readsStandards(), by.readsStandards(), total -> BreakdownColumn.of(by, categories, total.factsStartingWith(Profile.ETHNICITY)));
    }

    private ReportTable table(UserScope scope, Unit root, LocalDate date, boolean fromRecords, String title,
            Set<StaffCategory> categories, Set<Dimension> dimensions, boolean byTitle, boolean byEthnicity, boolean readsStandards,
            boolean standardsColumnsOnly, Function<Tallies, List<ReportColumn>> columnsOf) {
        if (!scope.covers(root)) {
            throw new IllegalArgumentException(Messages.text("reports.unitOutOfScope"));
        }
        List<Unit> rowUnits = rowUnits(root, date);
        Map<Long, Tallies> tallies = fromRecords ? counted(root, rowUnits, date, dimensions, byTitle, byEthnicity, readsStandards,
                standardsColumnsOnly) : kept(root, rowUnits);
        Tallies total = tallies.get(root.id().value());
        List<ReportColumn> columns = columnsOf.apply(total);
        Tallies.Columns counting = new Tallies.Columns(columns, categories);
        List<ReportTable.Row> rows = new ArrayList<>();
        Tallies inRows = new Tallies();
        for (Unit unit : rowUnits) {
            Tallies row = tallies.get(unit.id().value());
            rows.add(new ReportTable.Row(unit, unit.name(), columns, row.counts(counting)));
            row.asMap().forEach((k, n) -> inRows.add(k.unitLevel(), k.category(), k.fact(), n));
        }
        long[] direct = total.minus(inRows).counts(counting);
        // People placed in the root itself get a row of their own, so that the rows add up to the total.
        if ((rowUnits.isEmpty() || rowUnits.get(0) != root) && direct[0] > 0) {
            rows.add(new ReportTable.Row(root, Messages.text("reports.directly", root.name()), columns, direct));
        }
        return new ReportTable(title, root, date, columns, rows,
                new ReportTable.Row(root, Messages.text("reports.grandTotal"), columns, total.counts(counting)));
    }

    /** Whether {@code date} is today, the date the tallies are kept for (and the stored verdicts describe). */
    boolean isToday(LocalDate date) {
        return date.equals(LocalDate.now(clock));
    }

    /** The units directly below the root on that date (the root itself when it has none). */
    private List<Unit> rowUnits(Unit root, LocalDate date) {
        if (root.equals(NATION)) {
            return units.roots().stream().filter(u -> u.isValidOn(date)).sorted(Comparator.comparing(Unit::code)).toList();
        }
        List<Unit> children = units.subtree(root, date).stream().filter(u -> u.depth() == root.depth() + 1)
                .sorted(Comparator.comparing(Unit::code)).toList();
        return children.isEmpty() ? List.of(root) : children;
    }

    private Map<Long, Tallies> kept(Unit root, List<Unit> rowUnits) {
        tally.bringToToday();
        List<Long> ids = new ArrayList<>(rowUnits.stream().map(u -> u.id().value()).toList());
        ids.add(root.id().value());
        return tally.read(ids);
    }

    /**
     * Counts the posts held on {@code date} ({@link ReportHistory}: one GROUP BY per unit and
     * category, and title or ethnic group when the columns need it), turned into the facts the
     * tallies keep, for the dimensions the columns need.
     */
    private Map<Long, Tallies> counted(Unit root, List<Unit> rowUnits, LocalDate date, Set<Dimension> dimensions, boolean byTitle,
            boolean byEthnicity, boolean readsStandards, boolean standardsColumnsOnly) {
        Map<Long, Tallies> tallies = new HashMap<>();
        rowUnits.forEach(u -> tallies.put(u.id().value(), new Tallies()));
        tallies.put(root.id().value(), new Tallies());
        Map<Long, Unit> postUnits = new HashMap<>();
        (root.equals(NATION) ? rowUnits : List.of(root))
                .forEach(r -> units.subtree(r, date).forEach(u -> postUnits.put(u.id().value(), u)));
        // A breakdown by verdict or unmet criterion needs nothing but the standards (and the total, which they give): one scan.
        boolean standardsOnly = readsStandards && dimensions.isEmpty() && !byTitle && !byEthnicity && standardsColumnsOnly;
        // A unit that did not exist yet on that date (a commune merged on 1/7/2025) has the past of what it was formed from.
        for (Units.Source source : root.equals(NATION) ? List.of(new Units.Source(root, null)) : units.pastOf(root, date)) {
            String prefix = source.unit().path() + "%";
            ReportHistory.Attribution attribution = source.attribution() == null ? null
                    : new ReportHistory.Attribution(source.attribution(), root.path() + "%");
            if (!standardsOnly) {
                for (ReportHistory.Group group : history.count(prefix, attribution, date, dimensions, byTitle, byEthnicity,
                        ReportYearEnds.AGE_BAND_STARTS)) {
                    forEachTally(group.unitId(), root, rowUnits, tallies, postUnits, t -> add(t, group));
                }
            }
            if (readsStandards) {
                // The standards of that date: the set in force then, applied to what was held then.
                for (ReportHistory.FactGroup group : history.verdicts(prefix, attribution, date)) {
                    long posts = group.counts().entrySet().stream().filter(e -> e.getKey().startsWith(Profile.VERDICT))
                            .mapToLong(Map.Entry::getValue).sum();
                    forEachTally(group.unitId(), root, rowUnits, tallies, postUnits, t -> {
                        group.counts().forEach((fact, n) -> t.add(group.unitLevel(), group.category(), fact, n));
                        if (standardsOnly) {
                            t.add(group.unitLevel(), group.category(), Profile.ALL, posts);
                        }
                    });
                }
            }
        }
        return tallies;
    }

    /** Hands the tallies of the root and of the row that contain a post's unit to {@code action}. */
    private void forEachTally(long unitId, Unit root, List<Unit> rowUnits, Map<Long, Tallies> tallies, Map<Long, Unit> postUnits,
            Consumer<Tallies> action) {
        Unit unit = postUnits.computeIfAbsent(unitId, id -> units.find(new UnitId(id)).orElse(null));
        if (unit == null) {
            return;
        }
        action.accept(tallies.get(root.id().value()));
        for (Unit row : rowUnits) {
            if (row != root && unit.path().startsWith(row.path())) {
                action.accept(tallies.get(row.id().value()));
            }
        }
    }

    private static void add(Tallies tallies, ReportHistory.Group group) {
        var level = group.unitLevel();
        var category = group.category();
        tallies.add(level, category, Profile.ALL, group.people());
        group.labels().forEach((fact, n) -> tallies.add(level, category, fact, n));
        tallies.add(level, category, Profile.WOMAN, group.women());
        tallies.add(level, category, Profile.MAN, group.people() - group.women());
        tallies.add(level, category, Profile.PARTY, group.partyMembers());
        tallies.add(level, category, Profile.NON_PARTY, group.people() - group.partyMembers());
        tallies.add(level, category, Profile.MINORITY, group.minority());
        tallies.add(level, category, Profile.KINH, group.people() - group.minority());
        Profile.AgeBand[] bands = Profile.AgeBand.values();
        for (int i = 0; i < bands.length; i++) {
            tallies.add(level, category, Profile.AGE + bands[i].name(), group.ageBands()[i]);
        }
        group.levels().forEach((dimension, byRank) -> {
            for (int rank = 0; rank < byRank.length; rank++) {
                tallies.add(level, category, Profile.levelFact(dimension, dimension.levels().get(rank).code()), byRank[rank]);
            }
        });
    }

    /** The front page's figures for {@code root}, today. */
    public Dashboard dashboard(UserScope scope, Unit root) {
        LocalDate today = LocalDate.now(clock);
        return dashboards.get(List.of(scope.likePrefix(), root.id().value(), today), () -> dashboard(scope, root, today));
    }

    private Dashboard dashboard(UserScope scope, Unit root, LocalDate today) {
        ReportTable form = quality(scope, root, today);
        Tallies tallies = tally.read(List.of(root.id().value())).get(root.id().value());
        Map<Dimension, List<Dashboard.LevelCount>> mix = new LinkedHashMap<>();
        for (Dimension dimension : Dashboard.CHARTED) {
            mix.put(dimension, dimension.levels().stream().map(level -> new Dashboard.LevelCount(level,
                    tallies.count(CADRES_AND_CIVIL_SERVANTS, Profile.levelFact(dimension, level.code())))).toList());
        }
        List<UnitId> above = Arrays.stream(root.path().split("/")).filter(id -> !id.isEmpty())
                .map(id -> new UnitId(Long.parseLong(id))).filter(id -> !id.equals(root.id())).toList();
        Map<UnitId, Unit> found = units.findAll(above);
        List<Unit> ancestors = above.stream().map(found::get).filter(u -> u != null && scope.covers(u)).toList();
        return new Dashboard(root, ancestors, form, mix);
    }

    /**
     * The unit's figures at the end of each year from {@code fromYear} to last year, then today,
     * counted from the dated records (kept per unit and year until a record changes).
     */
    public List<TrendPoint> trend(UserScope scope, Unit root, int fromYear) {
        LocalDate today = LocalDate.now(clock);
        List<TrendPoint> points = new ArrayList<>();
        for (int year = fromYear; year < today.getYear(); year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            points.add(yearEnds.get(List.of(scope.likePrefix(), root.id().value(), yearEnd),
                    () -> trendPoint(quality(scope, root, yearEnd, true))));
        }
        points.add(trendPoint(quality(scope, root, today)));
        return points;
    }

    private static TrendPoint trendPoint(ReportTable form) {
        ReportTable.Row total = form.total();
        return new TrendPoint(form.asOf(), total.count(QualityColumn.TOTAL),
                total.count(QualityColumn.DAI_HOC) + total.count(QualityColumn.THAC_SI) + total.count(QualityColumn.TIEN_SI),
                total.count(QualityColumn.LLCT_TRUNG_CAP) + total.count(QualityColumn.LLCT_CAO_CAP),
                total.count(QualityColumn.TIN_HOC), total.count(QualityColumn.NU), total.count(QualityColumn.DAT_CHUAN));
    }

    /**
     * The unit a report or the dashboard is about: the one asked for (its id, or 0 for {@link #NATION})
     * if it lies in the scope, else the scope unit; for the whole database, the nation when it holds
     * several provinces, else the province.
     */
    public Optional<Unit> root(UserScope scope, Long unitId, LocalDate date) {
        Optional<Unit> asked = Optional.ofNullable(unitId)
                .flatMap(id -> id == ReportTally.NATION_ID ? Optional.of(NATION) : units.find(new UnitId(id)))
                .filter(scope::covers);
        if (asked.isPresent() || scope.unitId() != null) {
            return asked.or(() -> units.find(scope.unitId()));
        }
        List<Unit> provinces = units.roots().stream().filter(u -> u.isValidOn(date)).toList();
        return provinces.size() > 1 ? Optional.of(NATION) : provinces.stream().findFirst();
    }

    /**
     * Each measure counted on {@code date} in {@code root} and in every unit below it, keyed by unit
     * id (0 for {@link #NATION}). A measure whose condition reads the standards verdict is
     * {@link IndicatorCount#UNKNOWN} on any date but today (verdicts are kept for today only).
     */
    public Map<Long, List<IndicatorCount>> indicatorCounts(UserScope scope, Unit root, LocalDate date, List<Measure> measures) {
        requireCovered(scope, root);
        boolean today = isToday(date);
        if (today) {
            tally.bringToToday();
            return indicators.count(root.path(), root.depth(), date, true, measures, null);
        }
        return pastCounts.get(new PastCount(root.path(), date, measures), () -> pastIndicatorCounts(root, date, measures));
    }

    /**
     * As of a past date, under the standard set in force then; a root that did not exist yet (a
     * merged commune) counts what it was formed from, under its own id.
     */
    private Map<Long, List<IndicatorCount>> pastIndicatorCounts(Unit root, LocalDate date, List<Measure> measures) {
        if (root.equals(NATION) || root.isValidOn(date)) {
            return indicators.count(root.path(), root.depth(), date, false, measures, null);
        }
        Map<Long, List<IndicatorCount>> counts = new HashMap<>();
        for (Units.Source source : units.pastOf(root, date)) {
            ReportHistory.Attribution attribution = source.attribution() == null ? null
                    : new ReportHistory.Attribution(source.attribution(), root.path() + "%");
            List<IndicatorCount> total = indicators.count(source.unit().path(), source.unit().depth(), date, false, measures, attribution)
                    .get(source.unit().id().value());
            if (total != null) {
                counts.merge(root.id().value(), total, IndicatorQuery::add);
            }
        }
        return counts;
    }

    /** What a past date's indicator count is remembered by (a targets page asks the same year ends on every view). */
    private record PastCount(String path, LocalDate date, List<Measure> measures) {
    }

    /** The persons in {@code root}'s subtree today who belong to the population but do not meet the condition. */
    public PageOf<Long> lacking(UserScope scope, Unit root, Population population, Condition condition, int page,
            int size) {
        requireCovered(scope, root);
        tally.bringToToday();
        LocalDate today = LocalDate.now(clock);
        long total = indicators.countLacking(root.path(), today, population, condition);
        return new PageOf<>(indicators.lacking(root.path(), today, population, condition, page * size, size), page,
                size, total);
    }

    /** The persons in {@code root}'s subtree holding a post of the population today. */
    public List<Long> populationToday(UserScope scope, Unit root, Population population) {
        requireCovered(scope, root);
        tally.bringToToday();
        return indicators.members(root.path(), LocalDate.now(clock), population);
    }

    private static void requireCovered(UserScope scope, Unit root) {
        if (root == NATION ? !scope.isWholeDatabase() : !scope.covers(root)) {
            throw new IllegalArgumentException(Messages.text("reports.unitNamedOutOfScope", root.name()));
        }
    }
}
