package vn.chuan.benchmark;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Random;

import static vn.chuan.benchmark.BulkRows.row;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.reports.BreakdownColumn;
import vn.chuan.reports.QualityColumn;
import vn.chuan.reports.ReportColumn;
import vn.chuan.reports.ReportTable;
import vn.chuan.reports.Reports;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.targets.Indicator;
import vn.chuan.targets.Target;
import vn.chuan.targets.Targets;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Times the quantity-and-quality form over a generated population: a province of 100,000 persons
 * (default) or the whole country ({@code -Dchuan.bench.persons=3000000 -Dchuan.bench.provinces=34}),
 * as of today (the kept tallies), as of a kept past year end and as of a day between year ends (the dated
 * records), against the best
 * hand-written SQL GROUP BY over the records measured in the same run. Not a test: it prints the
 * figures (and checks that a change shows in the very next report). Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=ReportsBenchmark [-Dchuan.test.database=postgresql]}.
 */
@Tag("benchmark")
@Tag("db")
@SpringBootTest(properties = {"chuan.demo.load-on-empty=false", "logging.level.vn.chuan=WARN"})
class ReportsBenchmark {

    private static final int PERSONS = Integer.getInteger("chuan.bench.persons", 100_000);
    private static final int PROVINCES = Integer.getInteger("chuan.bench.provinces", 1);
    private static final int PER_COMMUNE = 900;
    private static final long FIRST_UNIT = 1_000_000;
    private static final long FIRST_PERSON = 10_000_000;
    private static final String[] CB = {"BI_THU_DU", "PHO_BI_THU_DU", "CT_HDND", "CT_UBND", "PCT_UBND", "CT_MTTQ", "CT_HLHPN", "CT_HND"};
    private static final String[] CC = {"CHANH_VP_XA", "TRUONG_PHONG_XA", "CHUYEN_VIEN_XA", "VP_TK", "TC_KT", "TP_HT", "CHT_QS"};
    private static final String[] ETHNICITIES = {"Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Thái", "Mường", "Nùng", "Dao"};

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reports reports;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;
    @Autowired
    Targets targets;

    private final StringBuilder out = new StringBuilder();
    private BulkRows rows;

    @Test
    void qualityForm() throws Exception {
        boolean postgres = jdbc.sql("select 1").query(Integer.class).single() == 1
                && dataSource.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        LocalDate today = LocalDate.now(clock);
        UserScope everything = UserScope.everything(true);
        rows = new BulkRows(dataSource, jdbc);
        long started = System.nanoTime();
        int communes = generate(postgres);
        line("generated %,d persons in %d province(s), %,d communes: %.1f s", PERSONS, PROVINCES, communes, seconds(started));

        // The rows were written behind the application's back: forget the tallies, so that the first
        // report builds them from the records (what the first start after an upgrade does).
        jdbc.sql("update report_tally_state set as_of = null").update();
        Unit root = PROVINCES > 1 ? Reports.NATION : units.find(new UnitId(FIRST_UNIT)).orElseThrow();
        started = System.nanoTime();
        ReportTable first = reports.quality(everything, root, today);
        line("tallies built from the records (first report of the day): %.1f s; dated rows: %,d posts, %,d stretches of one verdict",
                seconds(started), jdbc.sql("select count(*) from report_history").query(Long.class).single(),
                jdbc.sql("select count(*) from report_verdict").query(Long.class).single());
        check(first);

        BulkRows.Timing kept = BulkRows.time(20, 50, () -> reports.quality(everything, root, today));
        line("form for %s as of today (kept tallies), %d rows: median %.1f ms, p95 %.1f ms", root.name(), first.rows().size(),
                kept.median(), kept.p95());
        Unit commune = units.find(new UnitId(FIRST_UNIT + PROVINCES + 1)).orElseThrow();
        BulkRows.Timing small = BulkRows.time(20, 50, () -> reports.quality(everything, commune, today));
        line("form for one commune as of today: median %.1f ms", small.median());

        String groupBy = groupBySql(postgres);
        BulkRows.Timing records = BulkRows.time(1, 5, () -> jdbc.sql(groupBy).param("d", today).query().listOfRows());
        line("hand-written GROUP BY over the records (person, current post, highest level per dimension): median %.0f ms",
                records.median());
        if (postgres) {
            jdbc.sql("create table bench_flat as select * from (" + flatSql(true) + ") f").param("d", today).update();
        } else {
            jdbc.sql("create table bench_flat as " + flatSql(false)).param("d", today).update();
        }
        jdbc.sql(postgres ? "analyze bench_flat" : "analyze").update();
        BulkRows.Timing flat = BulkRows.time(1, 5, () -> jdbc.sql(flatGroupBySql()).query().listOfRows());
        line("hand-written GROUP BY over a flat per-person table (one row per person, levels as columns): median %.0f ms",
                flat.median());
        line("kept tallies vs GROUP BY: %.0f× faster than over the records, %.0f× faster than over the flat table",
                records.median() / kept.median(), flat.median() / kept.median());

        // Always fresh: a qualification granted now shows in the very next report.
        long before = first.total().count(QualityColumn.LLCT_CAO_CAP);
        long personId = jdbc.sql("""
                select p.id from person p where p.id >= :first and not exists (select 1 from qualification q
                where q.person_id = p.id and q.dimension = 'POLITICAL_THEORY' and q.level_rank >= 3) fetch first 1 rows only
                """).param("first", FIRST_PERSON).query(Long.class).single();
        started = System.nanoTime();
        transaction.executeWithoutResult(s -> registry.grantQualification(everything, new PersonId(personId),
                new QualificationDetails(Dimension.POLITICAL_THEORY, Dimension.POLITICAL_THEORY.level("CAO_CAP"), null, null,
                        today.minusDays(1), "Bằng thử")));
        double write = seconds(started) * 1000;
        long after = reports.quality(everything, root, today).total().count(QualityColumn.LLCT_CAO_CAP);
        if (after != before + 1) {
            throw new IllegalStateException("the change did not show: " + before + " then " + after);
        }
        line("a qualification granted (write, re-assessment and tallies, one transaction): %.0f ms; the next report counts it", write);

        // A kept year end reads its counted rows; a day between year ends counts the dated rows (the anchor of the first).
        LocalDate past = LocalDate.of(today.getYear() - 2, 12, 31);
        LocalDate between = LocalDate.of(today.getYear() - 2, 6, 30);
        BulkRows.Timing dated = BulkRows.time(1, 3, () -> reports.quality(everything, root, past));
        BulkRows.Timing counted = BulkRows.time(1, 3, () -> reports.quality(everything, root, between));
        line("form as of %s (a kept year end, the standards of that date included): median %.0f ms; as of %s (between year ends, "
                + "counted from the dated records): median %.0f ms", past, dated.median(), between, counted.median());
        BulkRows.Timing verdicts = BulkRows.time(1, 3, () -> reports.breakdown(everything, root, past, BreakdownColumn.By.of("chuan"),
                Set.of(StaffCategory.CB, StaffCategory.CC)));
        BulkRows.Timing verdictsBetween = BulkRows.time(1, 3, () -> reports.breakdown(everything, root, between,
                BreakdownColumn.By.of("chuan"), Set.of(StaffCategory.CB, StaffCategory.CC)));
        line("%s-by-verdict form (each post assessed under the set in force then) as of %s: median %.0f ms; as of %s: median %.0f ms",
                root == Reports.NATION ? "province" : "commune", past, verdicts.median(), between, verdictsBetween.median());
        if (root != Reports.NATION) {
            timeTargets(everything, root, today);
        }
        line("database: %s, %d cores, max heap %d MB", postgres ? "PostgreSQL" : "H2", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        // What grows with the population: the heap the application keeps after its reports, and the data on disk.
        System.gc();
        line("memory: heap in use after a full collection %,d MB; database on disk %s", (Runtime.getRuntime().totalMemory()
                - Runtime.getRuntime().freeMemory()) >> 20, postgres ? jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))")
                        .query(String.class).single() : "(H2 file)");
        System.out.println(out);
        Path file = Path.of("target", "benchmarks", "reports-" + PERSONS + "-" + (postgres ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /**
     * The targets page of the province: one target per seeded indicator, baseline 1/1/2021, deadline
     * 31/12/2030 (six dates to count: the baseline, five year ends, today with retirements).
     */
    private void timeTargets(UserScope everything, Unit root, LocalDate today) {
        for (Indicator indicator : targets.indicators()) {
            targets.defineTarget(everything, new Target.Definition(indicator.id(), null, root.id().value(),
                    BigDecimal.valueOf(90), LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31), List.of()));
        }
        int count = targets.targetsFor(root).size();
        long started = System.nanoTime();
        targets.progress(everything, root, today);
        double cold = seconds(started) * 1000;
        BulkRows.Timing page = BulkRows.time(0, 5, () -> targets.progress(everything, root, today));
        line("targets page of %s, %d targets (baseline, %d year ends, today): first view %.0f ms, then (past dates remembered) median %.0f ms",
                root.name(), count, today.getYear() - 2021, cold, page.median());
        Target first = targets.targetsFor(root).get(0);
        BulkRows.Timing below = BulkRows.time(1, 5, () -> targets.progressBelow(everything, root, first, today));
        line("one target across the units below: median %.0f ms", below.median());
        BulkRows.Timing lacking = BulkRows.time(2, 10, () -> targets.lacking(everything, root, first, 0, 50));
        line("who is missing, first page of 50 of %,d: median %.0f ms", targets.lacking(everything, root, first, 0, 50).total(),
                lacking.median());
    }

    /** Rows add up and the professional levels partition the total. */
    private static void check(ReportTable form) {
        for (ReportColumn column : form.columns()) {
            long sum = form.rows().stream().mapToLong(r -> r.count(column)).sum();
            if (sum != form.total().count(column)) {
                throw new IllegalStateException("rows do not add up for " + column);
            }
        }
        if (form.total().count(QualityColumn.TOTAL) != PERSONS) {
            throw new IllegalStateException("counted " + form.total().count(QualityColumn.TOTAL) + " of " + PERSONS);
        }
    }

    // ---- the hand-written GROUP BY ---------------------------------------------------------------

    /** Each person's current post and highest level per dimension as of :d, with the province as the parent of the commune. */
    private static String flatSql(boolean postgres) {
        return """
                select u.parent_id as province_id, a.category, p.gender, p.party_member, p.ethnicity, p.birth_date,
                       coalesce(q.cm, 0) as cm, coalesce(q.llct, 0) as llct, coalesce(q.qlnn, 0) as qlnn,
                       coalesce(q.th, 0) as th, coalesce(q.nn, 0) as nn
                from person p
                join assignment a on a.person_id = p.id and a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d)
                join unit u on u.id = a.unit_id
                left join (select person_id,
                                  max(case when dimension = 'PROFESSIONAL' then level_rank end) as cm,
                                  max(case when dimension = 'POLITICAL_THEORY' then level_rank end) as llct,
                                  max(case when dimension = 'STATE_MANAGEMENT' then level_rank end) as qlnn,
                                  max(case when dimension = 'IT' then level_rank end) as th,
                                  max(case when dimension = 'FOREIGN_LANGUAGE' then level_rank end) as nn
                           from qualification where acquired_on is null or acquired_on <= :d group by person_id) q
                       on q.person_id = p.id
                where a.category in ('CB', 'CC')
                """;
    }

    private static final String COLUMNS = """
            count(*) as total, sum(case when category = 'CB' then 1 else 0 end) as cb,
            sum(case when gender = 'NU' then 1 else 0 end) as nu, sum(case when party_member then 1 else 0 end) as dv,
            sum(case when ethnicity <> 'Kinh' then 1 else 0 end) as dtts,
            sum(case when cm = 6 then 1 else 0 end) as ts, sum(case when cm = 5 then 1 else 0 end) as ths,
            sum(case when cm = 4 then 1 else 0 end) as dh, sum(case when cm = 3 then 1 else 0 end) as cd,
            sum(case when cm = 2 then 1 else 0 end) as tc, sum(case when cm < 2 then 1 else 0 end) as duoi_tc,
            sum(case when llct >= 3 then 1 else 0 end) as llct_cc, sum(case when llct = 2 then 1 else 0 end) as llct_tc,
            sum(case when llct = 1 then 1 else 0 end) as llct_sc, sum(case when qlnn = 4 then 1 else 0 end) as cvcc,
            sum(case when qlnn = 3 then 1 else 0 end) as cvc, sum(case when qlnn = 2 then 1 else 0 end) as cv,
            sum(case when th >= 1 then 1 else 0 end) as tin_hoc, sum(case when nn >= 3 then 1 else 0 end) as b1
            """;

    private static String groupBySql(boolean postgres) {
        return "select province_id, " + COLUMNS + " from (" + flatSql(postgres) + ") f group by province_id";
    }

    private static String flatGroupBySql() {
        return "select province_id, " + COLUMNS + " from bench_flat group by province_id";
    }

    // ---- generating the population ---------------------------------------------------------------

    /** Provinces, communes and persons with one current post (some with an earlier one) and their qualifications. */
    private int generate(boolean postgres) {
        Random random = new Random(7);
        int communesPerProvince = Math.max(2, PERSONS / PROVINCES / PER_COMMUNE);
        List<String[]> unitRows = new ArrayList<>();
        for (int p = 0; p < PROVINCES; p++) {
            long id = FIRST_UNIT + p;
            unitRows.add(row(id, String.format("BP%02d", p), "Tỉnh Thử " + (p + 1), "PROVINCE", null, "/" + id + "/", "2000-01-01"));
        }
        long[] communeIds = new long[PROVINCES * communesPerProvince];
        String[] communePaths = new String[communeIds.length];
        for (int c = 0; c < communeIds.length; c++) {
            long province = FIRST_UNIT + c / communesPerProvince;
            communeIds[c] = FIRST_UNIT + PROVINCES + c;
            communePaths[c] = "/" + province + "/" + communeIds[c] + "/";
            unitRows.add(row(communeIds[c], String.format("BX%05d", c), "Xã Thử " + (c + 1), "COMMUNE", province, communePaths[c],
                    "2000-01-01"));
        }
        rows.write("unit (id, code, name, unit_level, parent_id, path, valid_from)", unitRows);

        List<String[]> persons = new ArrayList<>();
        List<String[]> posts = new ArrayList<>();
        List<String[]> levels = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            long id = FIRST_PERSON + i;
            int birthYear = 1966 + random.nextInt(36);
            boolean woman = random.nextInt(100) < 38;
            String ethnicity = ETHNICITIES[random.nextInt(ETHNICITIES.length)];
            persons.add(row(id, String.format("BM%08d", i), "Người Thử " + i, "nguoi thu " + i,
                    String.format("%d-%02d-%02d", birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28)), woman ? "NU" : "NAM",
                    ethnicity, random.nextInt(100) < 70, "2026-01-01 00:00:00", "2026-01-01 00:00:00"));
            int commune = random.nextInt(communeIds.length);
            boolean cadre = random.nextInt(100) < 45;
            String title = cadre ? CB[random.nextInt(CB.length)] : CC[random.nextInt(CC.length)];
            int startYear = Math.min(2025, birthYear + 22 + random.nextInt(15));
            if (random.nextInt(10) == 0) {
                // An earlier post elsewhere, ended when this one started.
                posts.add(row(id, communeIds[random.nextInt(communeIds.length)], cadre ? "CB" : "CC", title, (startYear - 5) + "-01-01",
                        "TUYEN_DUNG", (startYear - 1) + "-12-31", "DIEU_DONG"));
            }
            posts.add(row(id, communeIds[commune], cadre ? "CB" : "CC", title, startYear + "-01-01", "TUYEN_DUNG", null, null));
            level(levels, random, id, Dimension.PROFESSIONAL, new int[] {2, 5, 18, 6, 62, 6, 1}, birthYear + 22);
            level(levels, random, id, Dimension.POLITICAL_THEORY, new int[] {15, 20, 50, 13, 2}, birthYear + 28);
            level(levels, random, id, Dimension.STATE_MANAGEMENT, new int[] {40, 5, 45, 9, 1}, birthYear + 28);
            level(levels, random, id, Dimension.IT, new int[] {30, 60, 10}, birthYear + 23);
            level(levels, random, id, Dimension.FOREIGN_LANGUAGE, new int[] {45, 5, 15, 30, 4, 1, 0}, birthYear + 23);
            if (persons.size() == 20_000) {
                flush(persons, posts, levels);
            }
        }
        flush(persons, posts, levels);
        if (postgres) {
            rows.analyze("unit", "person", "assignment", "qualification");
        }
        return communeIds.length;
    }

    /** A level drawn from the weights (none for rank 0), acquired some year after {@code fromYear}. */
    private static void level(List<String[]> rows, Random random, long person, Dimension dimension, int[] weights, int fromYear) {
        int total = Arrays.stream(weights).sum();
        int draw = random.nextInt(total);
        int rank = 0;
        while (draw >= weights[rank]) {
            draw -= weights[rank];
            rank++;
        }
        if (rank == 0) {
            return;
        }
        var level = dimension.levels().get(rank);
        rows.add(row(person, dimension.name(), level.code(), rank, Math.min(2025, fromYear + random.nextInt(12)) + "-06-30"));
    }

    private void flush(List<String[]> persons, List<String[]> posts, List<String[]> levels) {
        rows.write("person (id, code, full_name, folded_name, birth_date, gender, ethnicity, party_member, created_at, updated_at)",
                persons);
        rows.write("assignment (person_id, unit_id, category, title_code, started_on, start_reason, ended_on, end_reason)", posts);
        rows.write("qualification (person_id, dimension, level_code, level_rank, acquired_on)", levels);
        persons.clear();
        posts.clear();
        levels.clear();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        out.append(text).append('\n');
        System.out.println("[bench] " + text);
    }
}
