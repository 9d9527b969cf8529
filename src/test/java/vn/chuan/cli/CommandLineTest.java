package vn.chuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.chuan.ChuanApplication;
import vn.chuan.evaluation.CompetencyTest;
import vn.chuan.evaluation.CompetencyTests;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.TabularFile;
import vn.chuan.targets.Target;
import vn.chuan.targets.Targets;
import vn.chuan.training.Enrolment;
import vn.chuan.training.EnrolmentStatus;
import vn.chuan.training.Funding;
import vn.chuan.training.Programme;
import vn.chuan.training.Training;
import vn.chuan.training.TrainingClass;
import vn.chuan.units.Units;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsInVietnameseAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("generate", "import-units", "Mã thoát");
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--persons N", "--seed S");
    }

    @Test
    void anUnknownCommandOrABadOptionExitsTwoWithAMessage() {
        assertThat(run("xoa-het")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lệnh không tồn tại: xoa-het");
        assertThat(run("generate", "--persons", "nhiều")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--persons phải là một số nguyên");
        assertThat(run("generate", "--persons")).isEqualTo(2);
    }

    @Test
    void checkDataRunsEveryRuleOnTheConfiguredDatabase() {
        ApplicationContexts.application = ChuanApplication.class;
        assertThat(run("check-data", "--limit", "0")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Giữ hai chức vụ cùng lúc", "Trùng số CCCD", "Tổng số vi phạm: 0")
                .doesNotContain("HAI_CHUC_VU");
        assertThat(run("check-data", "--unit", "KHONGCO")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có đơn vị mã KHONGCO");
    }

    @Test
    void reportExplainsItsFormsAndRefusesAnUnknownOneOrUnit() {
        ApplicationContexts.application = ChuanApplication.class;
        assertThat(run("report", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("chat-luong");
        assertThat(run("report", "bieu-la", "--unit", "01")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có biểu mẫu 'bieu-la'");
        assertThat(run("report", "chat-luong", "--unit", "KHONGCO")).isEqualTo(1);
        assertThat(run("report", "chat-luong", "--unit", "01", "--format", "pdf")).as("pdf needs --out").isEqualTo(2);
        assertThat(run("report", "chat-luong", "--unit", "01", "--format", "doc")).isEqualTo(2);
        assertThat(run("report", "co-cau", "--unit", "VN", "--by", "khong-co")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cần --by với một trong:", "chuyen_mon", "llct");
        assertThat(run("report", "co-cau", "--unit", "VN", "--by", "llct", "--categories", "CB,XY")).isEqualTo(2);
        out.reset();
        assertThat(run("report", "co-cau", "--unit", "VN", "--by", "llct")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cả nước", "Trung cấp trở lên", "Tổng cộng");
    }

    @Test
    void generateWritesTheRequestedNumberOfPeopleDeterministically(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        assertThat(run("generate", "--persons", "300", "--seed", "7", "--out", first.toString(), "--as-of", "2026-01-01")).isZero();
        assertThat(run("generate", "--persons", "300", "--seed", "7", "--out", second.toString(), "--as-of", "2026-01-01")).isZero();

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        List<List<String>> rows = new ArrayList<>();
        try (var in = Files.newInputStream(first)) {
            TabularFile.read(in, "a.csv", (n, cells) -> rows.add(cells));
        }
        assertThat(rows.get(0)).startsWith("Mã cán bộ", "Họ và tên", "Ngày sinh");
        assertThat(rows).hasSize(301);
        assertThat(rows.stream().skip(1).map(r -> r.get(0)).distinct()).hasSize(300);
    }

    @Test
    void generateWritesAnXlsxWorkbookAndTheUnitList(@TempDir Path dir) throws Exception {
        Path people = dir.resolve("people.xlsx");
        Path units = dir.resolve("units.csv");
        assertThat(run("generate", "--persons", "100", "--out", people.toString(), "--units-out", units.toString())).isZero();
        List<List<String>> rows = new ArrayList<>();
        try (var in = Files.newInputStream(people)) {
            TabularFile.read(in, "people.xlsx", (n, cells) -> rows.add(cells));
        }
        assertThat(rows).hasSize(101);
        assertThat(Files.readString(units)).contains("Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp");
    }

    @Test
    void importChecksAndWritesInOneReadingAndWritesNothingWhenARowIsWrong(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        // Every command opens its own context: they share one in-memory database for this test.
        onOwnDatabase("cli_import_", () -> {
            Path people = dir.resolve("people.csv");
            Path unitList = dir.resolve("units.csv");
            assertThat(run("generate", "--persons", "40", "--seed", "5", "--out", people.toString(), "--units-out", unitList.toString()))
                    .isZero();
            assertThat(run("import-units", unitList.toString())).isZero();
            List<String> lines = Files.readAllLines(people, StandardCharsets.UTF_8);
            lines.set(1, lines.get(1).replaceFirst("\\d{2}/\\d{2}/\\d{4}", "31/02/1990"));
            Path broken = dir.resolve("broken.csv");
            Files.write(broken, lines, StandardCharsets.UTF_8);

            out.reset();
            assertThat(run("import", broken.toString())).as("a wrong row: nothing written").isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Không nhập gì: tệp có 1 dòng lỗi");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lỗi: Dòng");
            out.reset();
            assertThat(run("import", people.toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as("the broken file wrote nothing").contains("Đã nhập: 40 tạo mới");
            out.reset();
            assertThat(run("import", people.toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã nhập: 0 tạo mới, 0 thay đổi, 40 giữ nguyên");
            out.reset();
            assertThat(run("import", broken.toString(), "--valid-only")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("39 giữ nguyên, 1 dòng lỗi bị bỏ qua");

            // The verdicts in words, not codes.
            out.reset();
            assertThat(run("assess")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đạt chuẩn", "Chưa đạt chuẩn", "Không có tiêu chuẩn cho chức danh",
                    "Đã đánh giá 40 người").doesNotContain("CHUA_DAT", "KHONG_AP_DUNG");

            // What falls due in the province within ten years, one line per item, in words.
            out.reset();
            assertThat(run("due", "--unit", "99", "--within", "3660", "--format", "csv")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFViệc,Ngày,Mã cán bộ,Cán bộ,Đơn vị").contains("Nghỉ hưu,")
                    .doesNotContain("NGHI_HUU");
            assertThat(run("due", "--unit", "KHONGCO")).isEqualTo(1);
            assertThat(run("due")).as("--unit is required").isEqualTo(2);
            assertThat(run("due", "--unit", "99", "--within", "mười")).isEqualTo(2);

            // The morning's reminders at once: an officer, but nothing of the 40 falls due in the next 30 days nor is
            // overdue: no digest (none is made when nothing is due); the command says so in words.
            try (var connection = java.sql.DriverManager.getConnection(System.getProperty("spring.datasource.url"), "sa", "")) {
                connection.createStatement().executeUpdate("insert into app_user (username, display_name, password_hash, role, enabled, "
                        + "created_at) values ('canbo', 'Cán bộ', 'x', 'ADMIN', true, current_timestamp)");
            }
            out.reset();
            assertThat(run("reminders")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã lập 0 bản tổng hợp (0 việc); gửi được 0 thư");

            // The national database file of what was imported.
            assertThat(run("export-national")).as("--out is required").isEqualTo(2);
            Path national = dir.resolve("national.json");
            out.reset();
            assertThat(run("export-national", "--out", national.toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã ghi ").contains(national.toString());
            assertThat(Files.readString(national, StandardCharsets.UTF_8)).contains("\"format\":\"chuan/csdl-quoc-gia/1\"", "\"personalId\"");
            assertThat(run("export-national", "--out", national.toString(), "--unit", "KHONGCO")).isEqualTo(1);
        });
    }

    @Test
    void targetsPrintsEachTargetOfAUnitWithItsGapAndStatus(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        assertThat(run("targets", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--unit MÃ", "Mã thoát");
        assertThat(run("targets")).as("--unit is required").isEqualTo(2);
        assertThat(run("targets", "--unit", "01", "--format", "pdf")).isEqualTo(2);
        onOwnDatabase("cli_targets_", () -> {
            Path people = dir.resolve("people.csv");
            Path unitList = dir.resolve("units.csv");
            assertThat(run("generate", "--persons", "60", "--seed", "7", "--out", people.toString(), "--units-out", unitList.toString()))
                    .isZero();
            assertThat(run("import-units", unitList.toString())).isZero();
            assertThat(run("import", people.toString())).isZero();
            assertThat(run("targets", "--unit", "KHONGCO")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có đơn vị mã KHONGCO");

            String provinceCode;
            long meeting;
            long population;
            try (var context = ApplicationContexts.open()) {
                var units = context.getBean(Units.class);
                var province = units.roots().get(0);
                provinceCode = province.code();
                var targets = context.getBean(Targets.class);
                long indicator = targets.indicators().stream()
                        .filter(i -> i.name().equals("Cán bộ, công chức cấp xã có trình độ đại học trở lên")).findFirst().orElseThrow().id();
                targets.defineTarget(UserScope.everything(true), new Target.Definition(indicator, null,
                        province.id().value(), BigDecimal.valueOf(100), LocalDate.of(2021, 1, 1),
                        LocalDate.of(2030, 12, 31), List.of()));
                var progress = targets.progress(UserScope.everything(false), province,
                        Dates.today()).get(0);
                meeting = progress.today().meeting();
                population = progress.today().population();
            }
            out.reset();
            assertThat(run("targets", "--unit", provinceCode)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cán bộ, công chức cấp xã có trình độ đại học trở lên",
                    meeting + "/" + population, "31/12/2030");
            out.reset();
            assertThat(run("targets", "--unit", provinceCode, "--format", "csv")).isZero();
            List<List<String>> rows = new ArrayList<>();
            TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "targets.csv", (n, cells) -> rows.add(cells));
            assertThat(rows.get(0)).contains("Thiếu (người)", "Trạng thái");
            assertThat(rows.get(1).get(7)).as("the gap in people").isEqualTo(String.valueOf(population - meeting));
        });
    }

    /**
     * Xã Nghĩa Tá (seed 001): 19 cadres and civil servants, 15 of them university graduates ("chiếm 78%");
     * 6 of its 8 civil servants with political theory "từ sơ cấp trở lên" (75%). Titles as a commune types them.
     */
    @Test
    void aCommuneTypedAsItsOfficerWouldIsImportedAndItsSharesPrintedAsTheArticleGivesThem(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        onOwnDatabase("cli_shares_", () -> {
            Path unitList = dir.resolve("units.csv");
            Files.writeString(unitList, """
                    Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                    Tỉnh Bắc Kạn,06,Huyện Chợ Đồn,063,Xã Nghĩa Tá,01990,Xã
                    """, StandardCharsets.UTF_8);
            assertThat(run("import-units", unitList.toString(), "--valid-from", "2015-01-01")).isZero();
            List<String> cadres = List.of("Bí thư Đảng ủy", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã", "PCT HĐND",
                    "Chủ tịch UBND", "Phó Chủ tịch UBND", "Chủ tịch UBMTTQ", "Bí thư Đoàn TNCS Hồ Chí Minh", "Chủ tịch Hội LHPN",
                    "Chủ tịch Hội Nông dân Việt Nam", "Chủ tịch Hội CCB");
            List<String> civilServants = List.of("Văn phòng - Thống kê", "Địa chính - Xây dựng", "Tài chính - Kế toán",
                    "Tư pháp - Hộ tịch", "Văn hóa - Xã hội", "Văn phòng - Thống kê", "Địa chính - Xây dựng", "CHT Quân sự");
            StringBuilder file = new StringBuilder("Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh,"
                    + "Trình độ chuyên môn,Lý luận chính trị\n");
            for (int i = 0; i < 19; i++) {
                boolean cadre = i < cadres.size();
                String professional = i < 15 ? "Đại học" : "Trung cấp";
                String politicalTheory = cadre ? "Trung cấp" : i - cadres.size() < 6 ? "Sơ cấp" : "";
                file.append(String.join(",", "NT" + i, "Hoàng Văn Thử " + i, "0" + (1 + i % 9) + "/03/1985", i % 3 == 0 ? "Nữ" : "Nam",
                        "Tày", "01990", cadre ? "CB" : "CC", cadre ? cadres.get(i) : civilServants.get(i - cadres.size()),
                        professional, politicalTheory)).append('\n');
            }
            Path people = dir.resolve("nghia-ta.csv");
            Files.writeString(people, file, StandardCharsets.UTF_8);
            assertThat(run("import", people.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

            out.reset();
            assertThat(run("report", "co-cau", "--by", "chuyen_mon", "--unit", "01990", "--shares")).isZero();
            List<List<String>> rows = new ArrayList<>();
            TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "report.csv", (n, cells) -> rows.add(cells));
            List<String> header = rows.get(1);
            List<String> commune = rows.get(2);
            assertThat(commune.get(header.indexOf("Tổng số"))).isEqualTo("19");
            assertThat(commune.get(header.indexOf("Trở lên: Đại học trở lên"))).isEqualTo("15");
            assertThat(commune.get(header.indexOf("Trở lên: Đại học trở lên (tỉ lệ)"))).isEqualTo("78,95%");

            out.reset();
            assertThat(run("report", "co-cau", "--by", "chuyen_mon", "--unit", "01990", "--as-of", "31/12/2014")).as("before the unit").isEqualTo(1);
            assertThat(run("report", "co-cau", "--by", "chuyen_mon", "--unit", "01990", "--as-of", "31/02/2024")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("không phải một ngày có thật: '31/02/2024'");
            assertThat(run("report", "co-cau", "--by", "chuyen_mon", "--unit", "01990", "--as-of", "31/12/2025", "--shares")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("tính đến ngày 31/12/2025");
            out.reset();
            assertThat(run("report", "co-cau", "--by", "llct", "--categories", "CC", "--unit", "01990", "--shares")).isZero();
            rows.clear();
            TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "report.csv", (n, cells) -> rows.add(cells));
            assertThat(rows.get(2).get(rows.get(1).indexOf("Trở lên: Sơ cấp trở lên (tỉ lệ)"))).isEqualTo("75,00%");
        });
    }

    /**
     * Cao Bằng's figure of 2012 ("61,92% cán bộ cấp xã chưa đạt chuẩn về chuyên môn"), from a commune
     * whose people hold their posts since 2006: as of 31/12/2012 the standards of QĐ 04/2004 apply
     * (trung cấp for cadres and civil servants), today those of NĐ 33/2023.
     */
    @Test
    void theShareBelowTheProfessionalCriterionOfTheSetInForceIn2012IsPrinted(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        onOwnDatabase("cli_2012_", () -> {
            Path unitList = dir.resolve("units.csv");
            Files.writeString(unitList, """
                    Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                    Tỉnh Cao Bằng,04,Huyện Hà Quảng,043,Xã Trường Hà,01390,Xã
                    """, StandardCharsets.UTF_8);
            assertThat(run("import-units", unitList.toString(), "--valid-from", "2006-01-01")).isZero();
            String[][] people = {{"CB", "Bí thư Đảng ủy", "Sơ cấp"}, {"CB", "Chủ tịch HĐND", "Sơ cấp"}, {"CB", "Chủ tịch UBND", "Trung cấp"},
                {"CB", "Phó Chủ tịch UBND", "Sơ cấp"}, {"CB", "Phó Chủ tịch HĐND", "Trung cấp"},
                {"CC", "Văn phòng - Thống kê", "Trung cấp"}, {"CC", "Địa chính - Xây dựng", "Sơ cấp"}, {"CC", "Tài chính - Kế toán", "Đại học"},
                {"CC", "Văn hóa - Xã hội", "Trung cấp"}};
            StringBuilder file = new StringBuilder("Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh,Ngày bắt đầu,"
                    + "Trình độ văn hóa,Trình độ chuyên môn,Lý luận chính trị\n");
            for (int i = 0; i < people.length; i++) {
                file.append(String.join(",", "TH" + i, "Nông Văn Thử " + i, "01/03/1975", "Nam", "Tày", "01390", people[i][0], people[i][1],
                        "01/01/2006", "THPT", people[i][2], "Trung cấp")).append('\n');
            }
            Path list = dir.resolve("truong-ha.csv");
            Files.writeString(list, file, StandardCharsets.UTF_8);
            assertThat(run("import", list.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

            for (String[] expected : List.of(new String[] {"CB", "60,00%"}, new String[] {"CC", "25,00%"})) {
                out.reset();
                assertThat(run("report", "co-cau", "--by", "thieu", "--categories", expected[0], "--unit", "01390", "--as-of", "2012-12-31",
                        "--shares")).as(err.toString(StandardCharsets.UTF_8)).isZero();
                List<List<String>> rows = new ArrayList<>();
                TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "report.csv", (n, cells) -> rows.add(cells));
                assertThat(rows.get(2).get(rows.get(1).indexOf("Chưa đạt chuẩn về: Trình độ chuyên môn (tỉ lệ)"))).as(expected[0])
                        .isEqualTo(expected[1]);
            }
            // The verdict of that day, by the same command: 3 of the 5 cadres below standard then.
            out.reset();
            assertThat(run("report", "co-cau", "--by", "chuan", "--categories", "CB", "--unit", "01390", "--as-of", "31/12/2012")).isZero();
            List<List<String>> rows = new ArrayList<>();
            TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "report.csv", (n, cells) -> rows.add(cells));
            assertThat(rows.get(2).get(rows.get(1).indexOf("Chưa đạt"))).isEqualTo("3");
            assertThat(rows.get(2).get(rows.get(1).indexOf("Đạt chuẩn"))).isEqualTo("2");
        });
    }

    /** The 2025 reorganisation from its official list, by command: a bad list writes nothing, a good one links and moves. */
    @Test
    void importLineageLinksTheCommunesOfTheReorganisationAndMovesTheirPeople(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        onOwnDatabase("cli_lineage_", () -> {
            Path before = dir.resolve("units-2006.csv");
            Files.writeString(before, """
                    Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                    Tỉnh Bắc Kạn,06,Huyện Chợ Đồn,063,Xã Nghĩa Tá,01990,Xã
                    Tỉnh Bắc Kạn,06,Huyện Chợ Đồn,063,Xã Lương Bằng,01993,Xã
                    """, StandardCharsets.UTF_8);
            assertThat(run("import-units", before.toString(), "--valid-from", "2006-01-01")).isZero();
            Path after = dir.resolve("units-2025.csv");
            Files.writeString(after, """
                    Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                    Tỉnh Bắc Kạn,06,,,Xã Nghĩa Tá,01990,Xã
                    """, StandardCharsets.UTF_8);
            assertThat(run("import-units", after.toString(), "--valid-from", "2025-07-01")).isZero();
            Path people = dir.resolve("people.csv");
            Files.writeString(people, "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh,Ngày bắt đầu\n"
                    + "LB1,Hà Thị Lương,01/03/1980,Nữ,Tày,1993,CC,Văn hóa - Xã hội,01/01/2010\n", StandardCharsets.UTF_8);
            // Imported before the reorganisation: the post in Lương Bằng is open (its code typed as a number, without its zero).
            assertThat(run("import", people.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

            Path broken = dir.resolve("broken.csv");
            Files.writeString(broken, "Mã PX mới,Phường/Xã mới,Mã PX cũ,Phường/Xã cũ,Phạm vi\n01990,Xã Nghĩa Tá,77777,Không có,toàn bộ\n",
                    StandardCharsets.UTF_8);
            err.reset();
            assertThat(run("import-lineage", broken.toString(), "--on", "01/07/2025")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Dòng 2, cột Mã PX cũ, giá trị '77777'", "Không ghi gì");
            assertThat(run("import-lineage", broken.toString())).as("no date").isEqualTo(2);

            Path lineage = dir.resolve("lineage.csv");
            Files.writeString(lineage, "Mã PX mới,Phường/Xã mới,Mã PX cũ,Phường/Xã cũ,Phạm vi\n"
                    + "01990,Xã Nghĩa Tá,01990,Xã Nghĩa Tá,toàn bộ\n01990,Xã Nghĩa Tá,01993,Xã Lương Bằng,toàn bộ\n", StandardCharsets.UTF_8);
            out.reset();
            assertThat(run("import-lineage", lineage.toString(), "--on", "01/07/2025", "--move-people")).as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Xã Lương Bằng (01993) kết thúc hiệu lực ngày 30/06/2025",
                    "Đã chuyển 1 người sang đơn vị mới từ ngày 01/07/2025");
            out.reset();
            assertThat(run("report", "chat-luong", "--unit", "01990", "--as-of", "2024-12-31")).isZero();
            List<List<String>> rows = new ArrayList<>();
            TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "report.csv", (n, cells) -> rows.add(cells));
            assertThat(rows.get(2).get(rows.get(1).indexOf("Tổng số"))).as("the merged commune's 2024 is Lương Bằng's").isEqualTo("1");
        });
    }

    /** A past year's grades as they were decided: over the cap they are kept, and check-data names the unit and the numbers. */
    @Test
    void importGradesRefusesABreachOfTheCapButRecordsAPastYearAsDecided(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        onOwnDatabase("cli_grades_", () -> {
            Path unitList = dir.resolve("units.csv");
            Files.writeString(unitList, """
                    Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                    Tỉnh Cần Thơ,92,Huyện Phong Điền,926,Xã Nhơn Ái,31153,Xã
                    """, StandardCharsets.UTF_8);
            assertThat(run("import-units", unitList.toString(), "--valid-from", "2006-01-01")).isZero();
            StringBuilder people = new StringBuilder("Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh,Ngày bắt đầu\n");
            StringBuilder grades = new StringBuilder("Mã cán bộ,Xếp loại\n");
            for (int i = 0; i < 6; i++) {
                people.append("NA").append(i).append(",Lê Văn Thử ").append(i).append(",01/03/1980,Nam,Kinh,31153,CC,Văn phòng - Thống kê,")
                        .append("01/01/2010\n");
                grades.append("NA").append(i).append(i < 2 ? ",Hoàn thành xuất sắc nhiệm vụ\n" : ",HTT\n");
            }
            Path list = dir.resolve("people.csv");
            Files.writeString(list, people, StandardCharsets.UTF_8);
            assertThat(run("import", list.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
            Path gradeFile = dir.resolve("grades-2023.csv");
            Files.writeString(gradeFile, grades, StandardCharsets.UTF_8);

            err.reset();
            assertThat(run("import-grades", gradeFile.toString(), "--year", "2023")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ", "2 người, tối đa 0 trên 4",
                    "Không ghi gì");
            out.reset();
            assertThat(run("import-grades", gradeFile.toString(), "--year", "2023", "--closed")).as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã ghi 6 xếp loại năm 2023", "Ghi nhận vượt tỷ lệ: Huyện Phong Điền");
            out.reset();
            assertThat(run("check-data", "--strict")).as("the breach is a finding").isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kết quả đánh giá đã ghi nhận vượt tỷ lệ",
                    "Huyện Phong Điền: Năm 2023: Vượt tỷ lệ");
            err.reset();
            assertThat(run("import-grades", gradeFile.toString(), "--year", "2023", "--closed")).as("the year is closed").isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("đã khóa");

            // The grade mix as Cần Thơ prints it, a row per unit below the province.
            out.reset();
            assertThat(run("report", "xep-loai", "--unit", "92", "--year", "2023", "--shares")).as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            List<List<String>> rows = new ArrayList<>();
            TabularFile.read(new ByteArrayInputStream(out.toByteArray()), "mix.csv", (n, cells) -> rows.add(cells));
            List<String> header = rows.get(1);
            List<String> district = rows.get(2);
            assertThat(district.get(0)).isEqualTo("Huyện Phong Điền");
            assertThat(district.get(header.indexOf("Tổng số"))).isEqualTo("6");
            assertThat(district.get(header.indexOf("Hoàn thành xuất sắc nhiệm vụ (tỉ lệ)"))).isEqualTo("33,33%");
            Path paper = dir.resolve("xep-loai-2023.pdf");
            assertThat(run("report", "xep-loai", "--unit", "92", "--year", "2023", "--format", "pdf")).as("pdf needs --out").isEqualTo(2);
            assertThat(run("report", "xep-loai", "--unit", "92", "--year", "2023", "--format", "pdf", "--out", paper.toString()))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();
            PdfReader reader = new PdfReader(Files.readAllBytes(paper));
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2023", "Huyện Phong Điền",
                    "33,33%");
            reader.close();

            // A competency test's scores from the district's sheet: a wrong score writes nothing and names its row.
            long test;
            try (var context = ApplicationContexts.open()) {
                CompetencyTests tests = context.getBean(CompetencyTests.class);
                long commune = context.getBean(Units.class).findByCode("31153", LocalDate.of(2026, 6, 1)).orElseThrow().id().value();
                test = tests.create(UserScope.everything(true), "Sát hạch công chức xã 2026", LocalDate.of(2026, 6, 1), commune,
                        new BigDecimal("5"), BigDecimal.TEN, List.of(new CompetencyTest.Subject("Kiến thức pháp luật", BigDecimal.ONE)));
                tests.register(UserScope.everything(true), test, List.of("NA0", "NA1"));
            }
            Path scores = dir.resolve("diem.csv");
            Files.writeString(scores, "Mã cán bộ,Kiến thức pháp luật\nNA0,8\nNA1,12\n", StandardCharsets.UTF_8);
            err.reset();
            assertThat(run("import-scores", scores.toString(), "--test", String.valueOf(test))).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Dòng 3: điểm “12” không hợp lệ (từ 0 đến 10)", "Không ghi gì");
            err.reset();
            assertThat(run("import-scores", scores.toString(), "--test", "999999")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có kỳ sát hạch số 999999", test + "  Sát hạch công chức xã 2026");
            assertThat(run("import-scores", scores.toString())).as("no test").isEqualTo(2);
            Files.writeString(scores, "Mã cán bộ,Kiến thức pháp luật\nNA0,8\nNA1,\"4,5\"\n", StandardCharsets.UTF_8);
            out.reset();
            assertThat(run("import-scores", scores.toString(), "--test", String.valueOf(test))).as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã nhập điểm kỳ sát hạch “Sát hạch công chức xã 2026”");
            try (var context = ApplicationContexts.open()) {
                assertThat(context.getBean(CompetencyTests.class).sittings(test))
                        .extracting(sitting -> sitting.total().stripTrailingZeros().toPlainString()).containsExactlyInAnyOrder("8", "4.5");
            }

            // A class's roster from the school: one sent and completed (the level recorded), one dropped.
            try (var context = ApplicationContexts.open()) {
                Training training = context.getBean(Training.class);
                long programme = training.defineProgramme(UserScope.everything(true), new Programme.Definition("CT-TCLLCT",
                        "Trung cấp lý luận chính trị", "LLCT", "llct", "TRUNG_CAP", 240, "Trường Chính trị tỉnh"));
                training.openClass(UserScope.everything(true), new TrainingClass.Definition(programme, "TC-2025-01", LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 11, 30), "Cần Thơ", 40, BigDecimal.ZERO, Funding.NGAN_SACH));
            }
            Path roster = dir.resolve("hoc-vien.csv");
            Files.writeString(roster, "Mã cán bộ,Tình trạng,Số chứng chỉ,Ngày cấp\nNA2,Hoàn thành,TC-77,30/11/2025\nNA3,Bỏ học,,\n",
                    StandardCharsets.UTF_8);
            out.reset();
            assertThat(run("import-places", roster.toString(), "--class", "TC-2025-01", "--dry-run")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Kiểm tra xong, chưa ghi", "cử thêm 2 người", "1 hoàn thành");
            assertThat(run("import-places", roster.toString(), "--class", "TC-2025-01")).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã nhập lớp TC-2025-01");
            err.reset();
            assertThat(run("import-places", roster.toString(), "--class", "KHONG-CO")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không có lớp KHONG-CO", "TC-2025-01  Trung cấp lý luận chính trị");
            try (var context = ApplicationContexts.open()) {
                var registry = context.getBean(PersonRegistry.class);
                var record = registry.findByCodes(List.of("NA2")).get("NA2");
                assertThat(record.levelsOn(LocalDate.of(2026, 1, 1)).get(Dimension.POLITICAL_THEORY).code()).isEqualTo("TRUNG_CAP");
                assertThat(context.getBean(Training.class).history(UserScope.everything(true), record.id().value()))
                        .extracting(Enrolment::status).containsExactly(EnrolmentStatus.HOAN_THANH);
            }
        });
    }

    /**
     * A commune list as a district office keeps it (fixtures/district-lists: written by hand as flat ODS,
     * saved by LibreOffice as .xls and .xlsx): a title block, an STT column, "Trình độ" merged over
     * three columns of a two-row header, unit codes typed as numbers (1990 for 01990), date cells, a
     * hidden working column, a total row and blank rows at the foot. Both files import as the officer
     * sees them, and the second changes nothing.
     */
    @Test
    void aDistrictsListSavedAsXlsAndXlsxImportsAsTheOfficerSeesIt(@TempDir Path dir) throws Exception {
        ApplicationContexts.application = ChuanApplication.class;
        onOwnDatabase("cli_fixtures_", () -> {
            Path unitList = dir.resolve("units.csv");
            Files.writeString(unitList, """
                    Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                    Tỉnh Bắc Kạn,06,Huyện Chợ Đồn,063,Xã Nghĩa Tá,01990,Xã
                    """, StandardCharsets.UTF_8);
            assertThat(run("import-units", unitList.toString(), "--valid-from", "2010-01-01")).isZero();
            Path xls = fixture(dir, "nghia-ta-2020.xls");
            Path xlsx = fixture(dir, "nghia-ta-2020.xlsx");

            out.reset();
            err.reset();
            assertThat(run("import", xls.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã đọc 3 dòng: 3 tạo mới, 0 thay đổi, 0 giữ nguyên, 0 dòng lỗi.");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Dòng 9 là dòng tổng cộng nên được bỏ qua.")
                    .doesNotContain("Ghi chú nội bộ", "Trình độ", "STT");
            out.reset();
            err.reset();
            assertThat(run("import", xlsx.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã đọc 3 dòng: 0 tạo mới, 0 thay đổi, 3 giữ nguyên, 0 dòng lỗi.");

            try (var context = ApplicationContexts.open()) {
                var record = context.getBean(PersonRegistry.class).findByCodes(List.of("NT-02")).get("NT-02");
                assertThat(record.birthDate()).isEqualTo(LocalDate.of(1985, 9, 3));
                assertThat(record.assignmentOn(LocalDate.of(2012, 8, 15))).as("the post from its stated start").isPresent();
                assertThat(record.levelsOn(LocalDate.of(2020, 12, 31)).get(Dimension.POLITICAL_THEORY).code()).isEqualTo("SO_CAP");
            }
        });
    }

    static Path fixture(Path dir, String name) throws IOException {
        Path copy = dir.resolve(name);
        try (InputStream in = CommandLineTest.class.getResourceAsStream("/fixtures/district-lists/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    /** Runs commands that each open their own context on one in-memory database, kept for the body. */
    static void onOwnDatabase(String name, DatabaseBody body) throws Exception {
        System.setProperty("chuan.test.keep-datasource", "true");
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:" + name + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try {
            body.run();
        } finally {
            System.clearProperty("chuan.test.keep-datasource");
            System.clearProperty("spring.datasource.url");
        }
    }

    interface DatabaseBody {
        void run() throws Exception;
    }
}
