package vn.chuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chuan.ChuanApplication;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.reports.Reports;
import vn.chuan.reports.TrendPoint;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.TabularFile;
import vn.chuan.units.Units;

/**
 * The yearly lists a district keeps (fixtures/district-lists/cho-don-2012, -2016, -2020: people
 * arrive, leave, move and gain levels), imported through the command line as lists of their dates.
 */
class YearlyListsTest {

    private static final List<String> CODES = List.of("NT-01", "NT-02", "NT-03", "NT-04", "LB-01", "LB-02", "LB-03");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsImportedOldestFirstGiveEachYearEndItsListToThePerson(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        CommandLineTest.onOwnDatabase("cli_yearly_", () -> {
            importUnits(dir);
            Path list2012 = CommandLineTest.fixture(dir, "cho-don-2012.xlsx");
            Path list2016 = CommandLineTest.fixture(dir, "cho-don-2016.xls");
            Path list2020 = CommandLineTest.fixture(dir, "cho-don-2020.xlsx");

            assertThat(run("import", list2012.toString(), "--as-of", "2012-12-31")).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(output()).contains("Đã đọc 5 dòng: 5 tạo mới, 0 thay đổi, 0 giữ nguyên, 0 dòng lỗi.");
            // Nông Văn Tới is missing from 2016: he left on the day his successor (Hoàng Văn Thắng) became secretary.
            assertThat(run("import", list2016.toString(), "--as-of", "31/12/2016", "--complete", "--left-on", "01/10/2015"))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(output()).contains("Đã đọc 5 dòng: 1 tạo mới, 3 thay đổi, 1 giữ nguyên, 0 dòng lỗi.",
                    "Không có trong danh sách đầy đủ, thôi công tác: 1 người.",
                    "  NT-04 Nông Văn Tới: Bí thư Đảng ủy, Xã Nghĩa Tá, thôi từ 01/10/2015");
            assertThat(run("import", list2020.toString(), "--as-of", "2020-12-31", "--complete")).as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            assertThat(output()).contains("Đã đọc 5 dòng: 1 tạo mới, 4 thay đổi, 0 giữ nguyên, 0 dòng lỗi.",
                    "thôi công tác: 1 người.");

            for (int year : List.of(2012, 2016, 2020)) {
                LocalDate yearEnd = LocalDate.of(year, 12, 31);
                Map<String, String> listed = listed(dir, year == 2016 ? list2016 : year == 2012 ? list2012 : list2020);
                assertThat(recorded(yearEnd)).as("the records on " + yearEnd + " are the list of that year").isEqualTo(listed);
                assertThat(run("report", "chat-luong", "--unit", "063", "--as-of", yearEnd.toString())).isZero();
                List<List<String>> form = new ArrayList<>();
                TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "report.csv", (n, cells) -> form.add(cells));
                List<String> total = form.get(form.size() - 1);
                assertThat(total.get(form.get(1).indexOf("Tổng số"))).as("the form's total on " + yearEnd).isEqualTo("5");
                assertThat(total.get(form.get(1).indexOf("Chuyên môn: Đại học"))).as("degrees on " + yearEnd)
                        .isEqualTo(String.valueOf(listed.values().stream().filter(v -> v.contains("Đại học")).count()));
            }
            try (var context = ApplicationContexts.open()) {
                PersonRegistry registry = context.getBean(PersonRegistry.class);
                PersonRecord left = registry.findByCodes(List.of("NT-04")).get("NT-04");
                assertThat(left.assignments()).singleElement().satisfies(post -> {
                    assertThat(post.endedOn()).isEqualTo(LocalDate.of(2015, 9, 30));
                    assertThat(post.endReason().label()).isEqualTo("Không còn trong danh sách");
                });
                PersonRecord moved = registry.findByCodes(List.of("LB-01")).get("LB-01");
                assertThat(moved.assignmentOn(LocalDate.of(2016, 12, 30)).map(Assignment::unitCode)).as("moved between the lists")
                        .contains("01993");
                assertThat(moved.assignmentOn(LocalDate.of(2016, 12, 31)).map(Assignment::unitCode)).contains("01990");
                // The dashboard's trend starts at the oldest list: its three year ends count five people each.
                assertThat(registry.earliestYearlyList()).contains(LocalDate.of(2012, 12, 31));
                List<TrendPoint> trend = context.getBean(Reports.class).trend(UserScope.everything(false),
                        context.getBean(Units.class).findByCode("063", LocalDate.of(2020, 12, 31)).orElseThrow(), 2012);
                assertThat(trend).filteredOn(p -> List.of(2012, 2016, 2020).contains(p.date().getYear()))
                        .extracting(TrendPoint::total, TrendPoint::university)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, 2L), org.assertj.core.groups.Tuple.tuple(5L, 4L),
                                org.assertj.core.groups.Tuple.tuple(5L, 5L));
            }

            assertThat(run("import", list2016.toString(), "--as-of", "31/12/2016", "--complete", "--left-on", "01/10/2015")).isZero();
            assertThat(output()).as("the 2016 list again changes nothing")
                    .contains("Đã đọc 5 dòng: 0 tạo mới, 0 thay đổi, 5 giữ nguyên, 0 dòng lỗi.")
                    .doesNotContain("thôi công tác");
            assertThat(recorded(LocalDate.of(2016, 12, 31))).isEqualTo(listed(dir, list2016));
            assertThat(recorded(LocalDate.of(2020, 12, 31))).isEqualTo(listed(dir, list2020));
        });
    }

    @Test
    void anOlderListFillsInThePastAndLeavesThePresentAsTheNewerOneMadeIt(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        CommandLineTest.onOwnDatabase("cli_older_", () -> {
            importUnits(dir);
            Path list2012 = CommandLineTest.fixture(dir, "cho-don-2012.xlsx");
            Path list2020 = CommandLineTest.fixture(dir, "cho-don-2020.xlsx");
            assertThat(run("import", list2020.toString(), "--as-of", "2020-12-31")).as(err.toString(StandardCharsets.UTF_8)).isZero();
            Map<String, String> present = recorded(LocalDate.of(2024, 12, 31));

            assertThat(run("import", list2012.toString(), "--as-of", "2012-12-31", "--dry-run")).isZero();
            assertThat(output()).contains("Đã đọc 5 dòng: 2 tạo mới, 3 thay đổi, 0 giữ nguyên, 0 dòng lỗi.");
            assertThat(run("import", list2012.toString(), "--as-of", "2012-12-31")).as(err.toString(StandardCharsets.UTF_8)).isZero();

            Map<String, String> after = recorded(LocalDate.of(2024, 12, 31));
            after.keySet().retainAll(present.keySet());
            assertThat(after).as("the present of those the 2020 list knew is unchanged").isEqualTo(present);
            Map<String, String> then = recorded(LocalDate.of(2012, 12, 31));
            assertThat(then).as("2012 is the 2012 list").isEqualTo(listed(dir, list2012));
            try (var context = ApplicationContexts.open()) {
                PersonRecord secretary = context.getBean(PersonRegistry.class).findByCodes(List.of("NT-01")).get("NT-01");
                assertThat(secretary.assignments()).extracting(Assignment::titleCode, Assignment::startedOn, Assignment::endedOn)
                        .as("the chairman's post before the secretary's, until the day before it")
                        .contains(org.assertj.core.groups.Tuple.tuple("CT_UBND", LocalDate.of(2010, 5, 1), LocalDate.of(2015, 9, 30)));
            }
        });
    }

    @Test
    void aDateTheListCannotHaveIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        CommandLineTest.onOwnDatabase("cli_asof_refused_", () -> {
            Path list2012 = CommandLineTest.fixture(dir, "cho-don-2012.xlsx");
            assertThat(run("import", list2012.toString(), "--as-of", "2999-12-31")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Ngày của danh sách (31/12/2999) không được sau hôm nay.");
            assertThat(run("import", list2012.toString(), "--as-of", "2012-12-31", "--left-on", "2012-06-30")).isEqualTo(2);
            assertThat(run("import", list2012.toString(), "--as-of", "31/02/2012")).isEqualTo(2);
            assertThat(run("import", list2012.toString(), "--as-of", "2012-12-31", "--complete", "--left-on", "2013-01-01"))
                    .isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("không được sau ngày của danh sách (31/12/2012)");
        });
    }

    private void importUnits(Path dir) throws IOException {
        Path unitList = dir.resolve("units.csv");
        Files.writeString(unitList, """
                Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                Tỉnh Bắc Kạn,06,Huyện Chợ Đồn,063,Xã Nghĩa Tá,01990,Xã
                Tỉnh Bắc Kạn,06,Huyện Chợ Đồn,063,Xã Lương Bằng,01993,Xã
                """, StandardCharsets.UTF_8);
        assertThat(run("import-units", unitList.toString(), "--valid-from", "2000-01-01")).isZero();
    }

    /** Code → "unit · title · professional · political theory" of each person of a list, as the sheet writes them. */
    private static Map<String, String> listed(Path dir, Path list) throws IOException {
        Map<String, String> people = new TreeMap<>();
        try (InputStream in = Files.newInputStream(list)) {
            TabularFile.read(in, list.getFileName().toString(), (n, cells) -> {
                // A sheet leaves the blank cells at a row's end out.
                List<String> row = new ArrayList<>(cells);
                while (row.size() < 13) {
                    row.add("");
                }
                if (row.get(1).matches("(NT|LB)-\\d\\d")) {
                    String unit = "%05d".formatted(Integer.parseInt(row.get(6).replaceAll("[^0-9]", "")));
                    people.put(row.get(1), line(unit, PositionTitle.parse(row.get(8)).orElseThrow().code(), row.get(9), row.get(10)));
                }
            });
        }
        return people;
    }

    /** The same, from the records on {@code date}: everyone holding a post in the district then. */
    private static Map<String, String> recorded(LocalDate date) {
        Map<String, String> people = new TreeMap<>();
        try (var context = ApplicationContexts.open()) {
            context.getBean(PersonRegistry.class).findByCodes(CODES).values().forEach(record -> record.assignmentOn(date)
                    .ifPresent(post -> {
                        var levels = record.levelsOn(date);
                        people.put(record.code(), line(post.unitCode(), post.titleCode(),
                                named(levels, Dimension.PROFESSIONAL), named(levels, Dimension.POLITICAL_THEORY)));
                    }));
        }
        return people;
    }

    /** A level as a list writes it: blank for none. */
    private static String named(Map<Dimension, ScaleLevel> levels, Dimension dimension) {
        ScaleLevel level = levels.get(dimension);
        return level.code().equals(dimension.lowest().code()) ? "" : level.label();
    }

    private static String line(String unit, String title, String professional, String politicalTheory) {
        return unit + " · " + title + " · " + professional + " · " + politicalTheory;
    }
}
