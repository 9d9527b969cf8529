package vn.chuan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditLog;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public class PeopleImportTest {

    public static final String HEADER = "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Số CCCD,Mã đơn vị,Loại,Chức danh,"
            + "Ngày bắt đầu,Đảng viên,Trình độ chuyên môn,Chuyên ngành,Lý luận chính trị";

    @Autowired
    PeopleImport importer;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;
    String b1;
    String b2;
    String p;

    @BeforeEach
    void setUp() {
        p = TestProvince.uniquePrefix("I");
        province = TestProvince.create(units, registry, transaction, p);
        b1 = province.communeB1.code();
        b2 = province.communeB2.code();
    }

    private ImportAnalysis analyse(String csv) {
        return analyse(csv.getBytes(StandardCharsets.UTF_8), "ds.csv", TestProvince.EVERYTHING);
    }

    private ImportAnalysis analyse(byte[] bytes, String name, UserScope scope) {
        return importer.analyse(scope, new ByteArrayInputStream(bytes), name, ImportProgress.NONE);
    }

    private ImportResult importCsv(String csv) {
        return importer.apply(TestProvince.EVERYTHING, analyse(csv), false, ImportProgress.NONE);
    }

    private PersonRecord person(String code) {
        return registry.findByCodes(List.of(code)).get(code);
    }

    @Test
    void aFileCreatesPeopleAndImportingItAgainChangesNothing() {
        String csv = HEADER + "\n"
                + p + "-1,Nguyễn Văn Tuấn,15/03/1980,Nam,Kinh,001080012345," + b1 + ",CB,Chủ tịch UBND,01/06/2021,Có,Đại học,Luật,Trung cấp\n"
                + p + "-2,Lý Thị Đào,1990-07-02,nữ,tay,," + b2 + ",CC,tu phap - ho tich,,không,dai hoc,Luật,SO_CAP\n";

        ImportResult first = importCsv(csv);
        ImportAnalysis again = analyse(csv);
        ImportResult second = importer.apply(TestProvince.EVERYTHING, again, false, ImportProgress.NONE);

        assertThat(first.created()).isEqualTo(2);
        assertThat(again.count(RowPlan.Action.UNCHANGED)).isEqualTo(2);
        assertThat(second.created() + second.updated()).isZero();
        PersonRecord tuan = person(p + "-1");
        assertThat(tuan.fullName()).isEqualTo("Nguyễn Văn Tuấn");
        assertThat(tuan.assignmentOn(LocalDate.of(2022, 1, 1))).get().satisfies(a -> {
            assertThat(a.titleCode()).isEqualTo("CT_UBND");
            assertThat(a.unitCode()).isEqualTo(b1);
        });
        assertThat(tuan.levelsOn(Dates.today()).get(Dimension.PROFESSIONAL).code()).isEqualTo("DAI_HOC");
        assertThat(tuan.highestOn(Dimension.PROFESSIONAL, Dates.today())).get()
                .satisfies(q -> assertThat(q.fieldOfStudy()).isEqualTo("Luật"));
        PersonRecord dao = person(p + "-2");
        assertThat(dao.ethnicity()).isEqualTo("Tày");
        assertThat(dao.levelsOn(Dates.today()).get(Dimension.POLITICAL_THEORY).code()).isEqualTo("SO_CAP");
    }

    @Test
    void aChangedRowUpdatesThePersonShowsOldAndNewAndIsAudited() {
        importCsv(HEADER + "\n" + p + "-3,Trần Văn Bình,01/01/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,01/01/2015,Có,Trung cấp,,Sơ cấp\n");
        String changed = HEADER + "\n" + p + "-3,Trần Văn Bình,01/01/1985,Nam,Kinh,," + b2 + ",CC,TC_KT,01/01/2024,Có,Đại học,Kế toán,Sơ cấp\n";

        ImportAnalysis analysis = analyse(changed);
        assertThat(analysis.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.action()).isEqualTo(RowPlan.Action.UPDATE);
            assertThat(plan.changes()).extracting(RowPlan.FieldChange::field)
                    .containsExactly("Chức vụ", "Trình độ chuyên môn", "Chuyên ngành");
            assertThat(plan.changes().get(1).oldValue()).isEqualTo("Trung cấp");
            assertThat(plan.changes().get(1).newValue()).isEqualTo("Đại học");
        });
        ImportResult result = importer.apply(TestProvince.EVERYTHING, analysis, false, ImportProgress.NONE);

        assertThat(result.updated()).isEqualTo(1);
        PersonRecord binh = person(p + "-3");
        assertThat(binh.assignmentOn(LocalDate.of(2023, 6, 1))).get().satisfies(a -> assertThat(a.unitCode()).isEqualTo(b1));
        assertThat(binh.assignmentOn(LocalDate.of(2024, 6, 1))).get().satisfies(a -> assertThat(a.titleCode()).isEqualTo("TC_KT"));
        assertThat(binh.levelsOn(Dates.today()).get(Dimension.PROFESSIONAL).code()).isEqualTo("DAI_HOC");
        assertThat(audit.historyOfPerson(binh.id().value())).extracting(r -> r.action())
                .contains("ASSIGNMENT_STARTED", "QUALIFICATION_GRANTED", "PERSON_IMPORTED");
        assertThat(analyse(changed).count(RowPlan.Action.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void aNewPostStartingBeforeTheCurrentOneIsARowErrorAtTheCheckAndTheOtherRowsAreWritten() {
        importCsv(HEADER + "\n" + p + "-6,Lò Văn Tâm,01/01/1985,Nam,Thái,," + b1 + ",CC,VP_TK,01/01/2020,,,,\n");
        String moved = HEADER + "\n"
                + p + "-6,Lò Văn Tâm,01/01/1985,Nam,Thái,," + b2 + ",CC,TC_KT,01/06/2019,,,,\n"
                + p + "-7,Lò Thị Xuân,01/01/1990,Nữ,Thái,," + b2 + ",CC,VH_XH,,,,,\n";
        ImportAnalysis analysis = analyse(moved);

        // The write's own check, named at the check: the start date is neither replaced by today nor refused later.
        assertThat(analysis.errors()).extracting(RowError::describe).containsExactly(
                "Dòng 2, cột Ngày bắt đầu, giá trị '01/06/2019': Ngày bắt đầu phải sau ngày bắt đầu của chức vụ hiện tại (01/01/2020)");
        ImportResult validOnly = importer.apply(TestProvince.EVERYTHING, analysis, true, ImportProgress.NONE);
        assertThat(validOnly.created()).isEqualTo(1);
        assertThat(validOnly.skippedInvalid()).isEqualTo(1);
        assertThat(person(p + "-6").assignmentOn(Dates.today())).get()
                .satisfies(a -> assertThat(a.titleCode()).isEqualTo("VP_TK"));
    }

    @Test
    void aRowNumberColumnIsIgnoredAndATotalRowAtTheFootIsLeftOutAndSaid() {
        ImportAnalysis analysis = analyse("STT," + HEADER + "\n"
                + "1," + p + "-41,Lục Văn Một,15/03/1985,Nam,Tày,," + b1 + ",CC,VP_TK,,,,,\n"
                + "2," + p + "-42,Lục Thị Hai,16/04/1986,Nữ,Tày,," + b1 + ",CC,TC_KT,,,,,\n"
                + "Tổng cộng: 2 người,,,,,,,,,,,,,,\n");
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.warnings()).containsExactly("Dòng 4 là dòng tổng cộng nên được bỏ qua.");
        assertThat(analysis.count(RowPlan.Action.CREATE)).isEqualTo(2);
    }

    @Test
    void aHeaderOverTwoRowsWithAGroupAboveTheLevelsIsRead() {
        String csv = "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh,Trình độ,,\n"
                + ",,,,,,,,Chuyên môn,LLCT,QLNN\n"
                + p + "-51,Hà Văn Năm,15/03/1985,Nam,Tày," + b1 + ",CC,VP_TK,Đại học,Trung cấp,Chuyên viên\n";
        ImportAnalysis analysis = analyse(csv);
        assertThat(analysis.fileErrors()).isEmpty();
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.warnings()).as("'Trình độ' is the group's title, not a column").isEmpty();
        importer.apply(TestProvince.EVERYTHING, analysis, false, ImportProgress.NONE);
        var levels = person(p + "-51").levelsOn(Dates.today());
        assertThat(levels.get(Dimension.PROFESSIONAL).code()).isEqualTo("DAI_HOC");
        assertThat(levels.get(Dimension.POLITICAL_THEORY).code()).isEqualTo("TRUNG_CAP");
        assertThat(levels.get(Dimension.STATE_MANAGEMENT).code()).isEqualTo("CHUYEN_VIEN");
    }

    @Test
    void anExcel97ListIsReadLikeAnXlsxOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet("Danh sách");
            String[] header = HEADER.split(",");
            HSSFRow first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            String[] values = {p + "-97", "Nông Thị Xuân", null, "Nữ", "Tày", "", b1, "CC", "Văn phòng - Thống kê", "", "", "Đại học", "", ""};
            HSSFRow row = sheet.createRow(1);
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            // The birth date as Excel keeps it: a serial number in a date cell (15/03/1985).
            row.createCell(2).setCellValue(31121);
            workbook.write(out);
        }
        ImportAnalysis analysis = analyse(out.toByteArray(), "danh-sach-cu.xls", TestProvince.EVERYTHING);
        assertThat(analysis.fileErrors()).isEmpty();
        assertThat(analysis.errors()).isEmpty();
        assertThat(analysis.plans()).singleElement().satisfies(plan -> assertThat(plan.action()).isEqualTo(RowPlan.Action.CREATE));
        importer.apply(TestProvince.EVERYTHING, analysis, false, ImportProgress.NONE);
        assertThat(person(p + "-97").birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
    }

    @Test
    void hiddenColumnsOfAnXlsxOrAnXlsListAreIgnored() throws Exception {
        // The district's working columns, hidden: a second birth date written as text, and a note.
        String[] header = (HEADER + ",Ngày sinh,Ghi chú của huyện").split(",");
        int birthCopy = header.length - 2;
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Danh sách");
        String[] values = {p + "-61", "Lò Văn Sáu", "15/03/1985", "Nam", "Thái", "", b1, "CC", "VP_TK", "", "", "Đại học", "", "",
            "năm tám lăm", "đã đối chiếu"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
            sheet.value(1, c, values[c]);
        }
        sheet.hideColumn(birthCopy);
        sheet.hideColumn(birthCopy + 1);
        workbook.finish();

        values[0] = p + "-62";
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            HSSFSheet oldSheet = old.createSheet("Danh sách");
            HSSFRow first = oldSheet.createRow(0);
            HSSFRow row = oldSheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
                row.createCell(c).setCellValue(values[c]);
            }
            oldSheet.setColumnHidden(birthCopy, true);
            oldSheet.setColumnHidden(birthCopy + 1, true);
            old.write(xls);
        }

        for (var file : List.of(Map.entry("ds.xlsx", xlsx), Map.entry("ds-cu.xls", xls))) {
            ImportAnalysis analysis = analyse(file.getValue().toByteArray(), file.getKey(), TestProvince.EVERYTHING);
            assertThat(analysis.fileErrors()).as(file.getKey()).isEmpty();
            assertThat(analysis.errors()).as(file.getKey()).isEmpty();
            assertThat(analysis.warnings()).as(file.getKey() + ": the hidden note is not named").isEmpty();
            importer.apply(TestProvince.EVERYTHING, analysis, false, ImportProgress.NONE);
        }
        assertThat(person(p + "-61").birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        assertThat(person(p + "-62").birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
    }

    @Test
    void oneBadRowWritesNothingUnlessOnlyValidRowsAreAskedFor() {
        String csv = HEADER + "\n"
                + p + "-4,Hà Văn Long,01/01/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,,,\n"
                + p + "-5,Hà Văn Sơn,31/02/1985,Nam,Kinh,12345," + b1 + ",CC,Phó giáo sư,,,Giỏi,,\n";
        ImportAnalysis analysis = analyse(csv);

        assertThat(analysis.errors()).extracting(RowError::describe).containsExactly(
                "Dòng 3, cột Ngày sinh, giá trị '31/02/1985': ngày không hợp lệ (dạng ngày/tháng/năm, ví dụ 15/03/1985)",
                "Dòng 3, cột Chức danh, giá trị 'Phó giáo sư': không có trong danh mục chức danh",
                "Dòng 3, cột Trình độ chuyên môn, giá trị 'Giỏi': không phải một mức của Trình độ chuyên môn "
                        + "(Chưa qua đào tạo, Sơ cấp, Trung cấp, Cao đẳng, Đại học, Thạc sĩ, Tiến sĩ)");
        assertThat(importer.apply(TestProvince.EVERYTHING, analysis, false, ImportProgress.NONE).written()).isFalse();
        assertThat(person(p + "-4")).isNull();

        ImportResult validOnly = importer.apply(TestProvince.EVERYTHING, analysis, true, ImportProgress.NONE);
        assertThat(validOnly.created()).isEqualTo(1);
        assertThat(validOnly.skippedInvalid()).isEqualTo(1);
        assertThat(person(p + "-4")).isNotNull();
    }

    @Test
    void levelsAndDatesAreReadInEveryUsualSpelling() {
        ImportAnalysis analysis = analyse(HEADER + "\n"
                + p + "-6,A Một,15/03/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,Đại Học,,\n"
                + p + "-7,A Hai,1985-03-15,Nam,Kinh,," + b1 + ",CC,VP_TK,,,dai hoc,,\n"
                + p + "-8,A Ba,31121,Nam,Kinh,," + b1 + ",CC,VP_TK,,,DAI_HOC,,\n");
        assertThat(analysis.errors()).isEmpty();
        assertThat(importer.apply(TestProvince.EVERYTHING, analysis, false, ImportProgress.NONE).created()).isEqualTo(3);
        assertThat(registry.findByCodes(List.of(p + "-6", p + "-7", p + "-8")).values()).hasSize(3).allSatisfy(person -> {
            assertThat(person.levelsOn(Dates.today()).get(Dimension.PROFESSIONAL).code()).isEqualTo("DAI_HOC");
            assertThat(person.birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
        });
    }

    @Test
    void unitsThatDoNotExistOrLieOutsideTheScopeAndRepeatedCodesAreRowErrors() {
        ImportAnalysis analysis = analyse((HEADER + "\n"
                + p + "-9,B Một,15/03/1985,Nam,Kinh,,99999999,CC,VP_TK,,,,,\n"
                + p + "-10,B Hai,15/03/1985,Nam,Kinh,," + b2 + ",CC,VP_TK,,,,,\n"
                + p + "-10,B Ba,15/03/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,,,\n").getBytes(StandardCharsets.UTF_8),
                "ds.csv", UserScope.of(province.communeB1, true));
        assertThat(analysis.errors()).extracting(RowError::describe).containsExactly(
                "Dòng 2, cột Mã đơn vị, giá trị '99999999': không có đơn vị đang hoạt động với mã này",
                "Dòng 3, cột Mã đơn vị, giá trị '" + b2 + "': Xã Yên Mỹ không thuộc phạm vi của bạn",
                "Dòng 4, cột Mã cán bộ, giá trị '" + p + "-10': mã cán bộ trùng với dòng 3 trong cùng tệp");
    }

    @Test
    void wholeFileProblemsAreRefusedWithAClearMessage() {
        assertThat(analyse("").fileErrors()).containsExactly("Tệp rỗng: không có dòng tiêu đề.");
        assertThat(analyse(HEADER + "\n").fileErrors()).containsExactly("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
        assertThat(analyse("Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Mã đơn vị,Loại,Chức danh\nX,Y,01/01/1980,Nam,1,CC,VP_TK\n")
                .fileErrors()).containsExactly("Thiếu cột bắt buộc: Dân tộc (hoặc dan_toc).");
        assertThat(analyse(xlsx(List.of("Mã cán bộ", "Họ và tên")), "thieu.xlsx", TestProvince.EVERYTHING).fileErrors())
                .contains("Thiếu cột bắt buộc: Ngày sinh (hoặc ngay_sinh).");
        ImportAnalysis withExtra = analyse(HEADER + ",Ghi chú\n" + p + "-11,C Một,15/03/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,,,,xyz\n");
        assertThat(withExtra.warnings()).containsExactly("Cột 'Ghi chú' không thuộc định dạng trao đổi nên được bỏ qua.");
        assertThat(withExtra.errors()).isEmpty();
        byte[] windows1258 = (HEADER + "\n" + p + "-12,Nguyễn Văn Ánh,15/03/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,,,\n")
                .getBytes(Charset.forName("windows-1258"));
        assertThat(analyse(windows1258, "ds.csv", TestProvince.EVERYTHING).fileErrors()).singleElement().asString()
                .contains("không được mã hóa UTF-8");
        assertThat(analyse(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3}, "ds.pdf", TestProvince.EVERYTHING).fileErrors())
                .singleElement().asString().contains("không phải là bảng tính");
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThat(analyse(brokenZip, "ds.xlsx", TestProvince.EVERYTHING).fileErrors()).singleElement().asString()
                .contains("không phải là bảng tính Excel hợp lệ");
    }

    private static byte[] xlsx(List<String> header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "X");
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aTitleBlockAboveTheHeaderIsSkippedAndCitizenIdsThatLostTheirLeadingZeroAreRestored() {
        ImportAnalysis analysis = analyse("DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ,,,\n(Kèm theo báo cáo số 12/BC-UBND),,,\n,,,\n"
                + HEADER + "\n" + p + "-16,Đào Văn Lâm,15/03/1985,Nam,Kinh,1080012345," + b1 + ",CC,VP_TK,,,,,\n"
                + p + "-17,Đào Văn Hải,1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,,,\n");
        assertThat(analysis.fileErrors()).isEmpty();
        assertThat(analysis.errors()).extracting(RowError::describe).containsExactly(
                "Dòng 6, cột Ngày sinh, giá trị '1985': ngày không hợp lệ (dạng ngày/tháng/năm, ví dụ 15/03/1985)");
        importer.apply(TestProvince.EVERYTHING, analysis, true, ImportProgress.NONE);
        assertThat(person(p + "-16").citizenId()).isEqualTo("001080012345");
    }

    @Test
    void aLongCellIsARowErrorAndACellLongerThanAnyRealOneRefusesTheFile() {
        String tooLong = "x".repeat(2_000);
        ImportAnalysis analysis = analyse(HEADER + "\n" + p + "-13," + tooLong + ",15/03/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,,,\n");
        assertThat(analysis.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("Họ và tên");
            assertThat(e.message()).contains("quá giới hạn 1000");
        });
        String huge = "x".repeat(5 * 1024 * 1024);
        assertThat(analyse(HEADER + "\n" + p + "-13," + huge + ",15/03/1985,Nam,Kinh,," + b1 + ",CC,VP_TK,,,,,\n").fileErrors())
                .singleElement().asString().contains("Dòng 2 có một ô dài hơn 32.767 ký tự");
    }

    @Test
    void workbooksWithHiddenSheetsMergedCellsAndFormulasAreReadAsTheUserSeesThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet hidden = workbook.newWorksheet("Ẩn");
        hidden.value(0, 0, "không phải dữ liệu");
        hidden.setVisibilityState(VisibilityState.HIDDEN);
        Worksheet sheet = workbook.newWorksheet("Danh sách");
        String[] header = HEADER.split(",");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        Object[] row = {p + "-14", "Đinh Văn Khánh", LocalDate.of(1985, 3, 15), "Nam", "Kinh", "", b1, "CC", "VP_TK", "", "", "Đại học", "", ""};
        for (int c = 0; c < row.length; c++) {
            if (row[c] instanceof LocalDate d) {
                sheet.value(1, c, d);
            } else {
                sheet.value(1, c, (String) row[c]);
            }
        }
        sheet.range(1, 12, 2, 12).merge();
        sheet.value(2, 0, p + "-15");
        sheet.formula(2, 1, "CONCATENATE(\"A\",\"B\")");
        workbook.finish();

        ImportAnalysis analysis = analyse(out.toByteArray(), "ds.xlsx", TestProvince.EVERYTHING);

        assertThat(analysis.fileErrors()).isEmpty();
        assertThat(analysis.plans()).singleElement().satisfies(plan -> assertThat(plan.fullName()).isEqualTo("Đinh Văn Khánh"));
        assertThat(analysis.errors()).extracting(RowError::row).containsOnly(3);
        importer.apply(TestProvince.EVERYTHING, analysis, true, ImportProgress.NONE);
        assertThat(person(p + "-14").birthDate()).isEqualTo(LocalDate.of(1985, 3, 15));
    }
}
