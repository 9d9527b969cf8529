package vn.chuan.benchmark;

import static vn.chuan.benchmark.BulkRows.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.due.DueDates;
import vn.chuan.due.DueItem;
import vn.chuan.due.DueKind;
import vn.chuan.people.PersonId;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Times what falls due in a province of 100,000 persons (default; {@code -Dchuan.bench.persons=N}), each with a salary
 * history, some appointed or elected, some recruited lately, awards, disciplines, years not completed and verdicts
 * below standard: the facade for each period of the page after one person's change (brought up to date for them) and after
 * a unit's change (computed again), the page itself (rendered, first page of 100), against the
 * anchor measured in the same run: one SQL count of the people holding a post in the province today (the least any
 * per-person computation reads). Not a test: it prints the figures. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=DueBenchmark [-Dchuan.test.database=postgresql]}.
 */
@Tag("benchmark")
@Tag("db")
@SpringBootTest(properties = {"chuan.demo.load-on-empty=false", "logging.level.vn.chuan=WARN"})
@AutoConfigureMockMvc
class DueBenchmark {

    private static final int PERSONS = Integer.getInteger("chuan.bench.persons", 100_000);
    private static final int PER_COMMUNE = 900;
    private static final long FIRST_UNIT = 2_000_000;
    private static final long FIRST_PERSON = 20_000_000;
    private static final String[] CB = {"BI_THU_DU", "PHO_BI_THU_DU", "CT_HDND", "CT_UBND", "PCT_UBND", "CT_MTTQ", "CT_HLHPN", "CT_HND"};
    private static final String[] CC = {"CHANH_VP_XA", "TRUONG_PHONG_XA", "CHUYEN_VIEN_XA", "VP_TK", "TC_KT", "TP_HT", "CHT_QS"};
    /** Rank, steps, months between steps. */
    private static final Object[][] RANKS = {{"01.003", 9, 36}, {"01.004", 10, 36}, {"01.005", 12, 24}, {"01.002", 8, 36}};

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DueDates due;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    PersonnelFiles files;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    private final StringBuilder out = new StringBuilder();

    @Test
    void dueInAProvince() throws Exception {
        BulkRows rows = new BulkRows(dataSource, jdbc);
        LocalDate today = LocalDate.now(clock);
        long started = System.nanoTime();
        generate(rows, today);
        line("generated %,d persons (salary steps, posts, awards, disciplines, grades, verdicts): %.1f s", PERSONS,
                (System.nanoTime() - started) / 1e9);
        Unit province = units.find(new UnitId(FIRST_UNIT)).orElseThrow();
        UserScope everything = UserScope.everything(false);

        BulkRows.Timing anchor = BulkRows.time(3, 11, () -> jdbc.sql("""
                select count(*) from assignment a join unit u on u.id = a.unit_id join person p on p.id = a.person_id
                where a.kind = 'CHINH' and a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d) and u.path like :prefix
                """).param("d", today).param("prefix", province.path() + "%").query(Long.class).single());
        line("anchor: one count of the people holding a post in the province today: median %.1f ms", anchor.median());

        // After one person's record changed (a salary step recorded through the file), the result is brought up to date
        // for them; after a change that is no one person's (a unit renamed), it is computed again for everyone.
        UserScope writer = UserScope.everything(true);
        Random edits = new Random(5);
        for (DueDates.Period period : DueDates.Period.values()) {
            List<DueItem> items = due.in(everything, province, period);
            BulkRows.Timing edited = BulkRows.time(2, 11, () -> personChanged(writer, edits, today), () -> due.in(everything, province, period));
            BulkRows.Timing timing = BulkRows.time(2, 11, () -> unitChanged(province), () -> due.in(everything, province, period));
            line("%-22s %,6d items %s: after a person's change median %.0f ms, p95 %.0f ms; after a unit's change (all computed again) "
                    + "median %.0f ms, p95 %.0f ms (%.1f× the anchor)", period.name(), items.size(), byKind(items), edited.median(),
                    edited.p95(), timing.median(), timing.p95(), timing.median() / anchor.median());
        }
        BulkRows.Timing again = BulkRows.time(2, 21, () -> due.in(everything, province, DueDates.Period.NAM_NAY));
        line("the same period again, nothing changed (remembered until the next commit): median %.2f ms", again.median());
        LocalDate deadlineYearFrom = LocalDate.of(2028, 1, 1);
        LocalDate deadlineYearTo = LocalDate.of(2028, 12, 31);
        List<DueItem> deadlineYear = due.between(everything, province, deadlineYearFrom, deadlineYearTo);
        BulkRows.Timing year2028 = BulkRows.time(1, 5, () -> unitChanged(province),
                () -> due.between(everything, province, deadlineYearFrom, deadlineYearTo));
        line("the year 2028 (the standards deadline) %,6d items %s: after a unit's change median %.0f ms", deadlineYear.size(), byKind(deadlineYear),
                year2028.median());

        var admin = SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("admin"));
        for (String period : List.of("BA_THANG", "NAM_NAY")) {
            BulkRows.Timing edited = BulkRows.time(2, 11, () -> personChanged(writer, edits, today), () -> page(admin, period));
            BulkRows.Timing page = BulkRows.time(2, 11, () -> unitChanged(province), () -> page(admin, period));
            BulkRows.Timing next = BulkRows.time(2, 11, () -> page(admin, period));
            line("the page /viec-den-han?khoang=%s (province, first 100 rows, rendered): after a person's change median %.0f ms, "
                    + "p95 %.0f ms; after a unit's change median %.0f ms, p95 %.0f ms; nothing changed median %.0f ms", period,
                    edited.median(), edited.p95(), page.median(), page.p95(), next.median());
        }
        line("database: %s, %d cores, max heap %d MB", rows.postgres() ? "PostgreSQL" : "H2", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Path file = Path.of("target", "benchmarks", "due-" + PERSONS + "-" + (rows.postgres() ? "postgresql" : "h2") + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /** One person's record changed: a salary step recorded in their file. */
    private void personChanged(UserScope writer, Random edits, LocalDate today) {
        files.addSalary(writer, new PersonId(FIRST_PERSON + edits.nextInt(PERSONS)), "01.003", 1, null, 0, null, today, "QĐ 1/QĐ-UBND");
    }

    /**
     * A change that is no one person's, as the due dates see it: a unit's change committed (the audit entry alone; renaming
     * the province through {@link Units} would also re-assess every verdict against the generated levels).
     */
    private void unitChanged(Unit province) {
        transaction.executeWithoutResult(status -> audit.record(AuditEvent.of("UNIT", province.id().value(), "UNIT_CHANGED")
                .summary("benchmark").build()));
    }

    private int page(RequestPostProcessor user, String period) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get("/viec-den-han").param("donVi", String.valueOf(FIRST_UNIT))
                    .param("khoang", period).with(user)).andReturn().getResponse().getContentAsString().length();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String byKind(List<DueItem> items) {
        Map<DueKind, Integer> counts = new EnumMap<>(DueKind.class);
        items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        return counts.toString();
    }

    /** A province, its communes, and people whose records make every kind fall due somewhere in the coming years. */
    private void generate(BulkRows rows, LocalDate today) {
        Random random = new Random(11);
        int communes = Math.max(2, PERSONS / PER_COMMUNE);
        List<String[]> unitRows = new ArrayList<>();
        unitRows.add(row(FIRST_UNIT, "DP01", "Tỉnh Hạn", "PROVINCE", null, "/" + FIRST_UNIT + "/", "2000-01-01"));
        for (int c = 1; c <= communes; c++) {
            long id = FIRST_UNIT + c;
            unitRows.add(row(id, String.format("DX%05d", c), "Xã Hạn " + c, "COMMUNE", FIRST_UNIT, "/" + FIRST_UNIT + "/" + id + "/",
                    "2000-01-01"));
        }
        rows.write("unit (id, code, name, unit_level, parent_id, path, valid_from)", unitRows);
        int firstYear = today.getYear() - 4;
        for (int year = firstYear; year < today.getYear(); year++) {
            rows.write("evaluation_round (id, eval_year, scope_unit_id)", List.<String[]>of(row(FIRST_UNIT + year, year, FIRST_UNIT)));
        }

        List<String[]> persons = new ArrayList<>();
        List<String[]> posts = new ArrayList<>();
        List<String[]> steps = new ArrayList<>();
        List<String[]> awards = new ArrayList<>();
        List<String[]> disciplines = new ArrayList<>();
        List<String[]> grades = new ArrayList<>();
        List<String[]> standings = new ArrayList<>();
        List<String[]> levels = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            long id = FIRST_PERSON + i;
            LocalDate born = LocalDate.of(1964, 1, 1).plusDays(random.nextInt(38 * 365));
            boolean woman = random.nextInt(100) < 38;
            persons.add(row(id, String.format("DM%08d", i), "Người Hạn " + i, "nguoi han " + i, born, woman ? "NU" : "NAM", "Kinh", true,
                    "2026-01-01 00:00:00", "2026-01-01 00:00:00"));
            long commune = FIRST_UNIT + 1 + random.nextInt(communes);
            boolean cadre = random.nextInt(100) < 45;
            LocalDate start = LocalDate.of(Math.max(2000, born.getYear() + 23), 1, 1).plusDays(random.nextInt(9000));
            if (start.isAfter(today)) {
                start = today.minusDays(random.nextInt(400));
            }
            String reason = cadre ? "BAU_CU" : random.nextInt(10) < 3 ? "BO_NHIEM" : "TUYEN_DUNG";
            posts.add(row(id, commune, cadre ? "CB" : "CC", cadre ? CB[random.nextInt(CB.length)] : CC[random.nextInt(CC.length)], start,
                    reason, "CHINH"));
            if (reason.equals("TUYEN_DUNG") && random.nextBoolean()) {
                levels.add(row(id, "PROFESSIONAL", "DAI_HOC", 4, start.minusYears(1)));
            }
            Object[] rank = RANKS[random.nextInt(RANKS.length)];
            int last = (int) rank[1];
            int months = (int) rank[2];
            LocalDate effective = today.minusDays(random.nextInt(months * 31));
            int step = 1 + random.nextInt(last);
            int over = step == last && random.nextBoolean() ? 5 + random.nextInt(6) : 0;
            if (step > 1) {
                steps.add(row(id, rank[0], step - 1, "2.34", 0, effective.minusMonths(months), "QĐ " + i));
            }
            steps.add(row(id, rank[0], step, "2.67", over, effective, "QĐ " + i));
            if (random.nextInt(100) < 15) {
                awards.add(row(id, "Bằng khen của Chủ tịch UBND tỉnh", "QĐ-KT " + i, effective.plusDays(random.nextInt(400)), "UBND tỉnh"));
            }
            if (random.nextInt(100) < 1) {
                disciplines.add(row(id, random.nextBoolean() ? "KHIEN_TRACH" : "GIANG_CHUC", "QĐ-KL " + i, effective.plusDays(30), "UBND xã"));
            }
            for (int year = firstYear; year < today.getYear(); year++) {
                if (random.nextInt(200) == 0) {
                    grades.add(row(FIRST_UNIT + year, id, commune, year, "KHT"));
                }
            }
            if (random.nextInt(100) < 20) {
                standings.add(row(id, "CHUA_DAT", today));
            }
            if (persons.size() == 20_000 || i == PERSONS - 1) {
                rows.write("person (id, code, full_name, folded_name, birth_date, gender, ethnicity, party_member, created_at, updated_at)",
                        persons);
                rows.write("assignment (person_id, unit_id, category, title_code, started_on, start_reason, kind)", posts);
                rows.write("qualification (person_id, dimension, level_code, level_rank, acquired_on)", levels);
                rows.write("salary_step (person_id, rank_code, step, coefficient, over_ceiling_percent, effective_on, decision)", steps);
                rows.write("award (person_id, form, decision_number, decided_on, issuer)", awards);
                rows.write("discipline (person_id, form, decision_number, decided_on, issuer)", disciplines);
                rows.write("evaluation_grade (round_id, person_id, unit_id, eval_year, grade)", grades);
                rows.write("person_standing (person_id, verdict, assessed_on)", standings);
                for (List<String[]> chunk : List.of(persons, posts, levels, steps, awards, disciplines, grades, standings)) {
                    chunk.clear();
                }
            }
        }
        rows.analyze("unit", "person", "assignment", "qualification", "salary_step", "award", "discipline", "evaluation_grade",
                "person_standing");
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        out.append(text).append('\n');
        System.out.println("[bench] " + text);
    }
}
