package vn.chuan.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.LibreOffice;
import vn.chuan.support.TestProvince;
import vn.chuan.units.CommuneType;
import vn.chuan.units.NewUnit;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/** Exact counts and shares on a hand-built population, across a transfer and the 2025 merge. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class QualityFormTest {

    @Autowired
    Reports reports;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    TestProvince province;
    PersonId a;
    PersonId b;
    PersonId c;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("R"));
        a = province.person("Nguyễn Văn A", Gender.NAM, province.communeA1, StaffCategory.CB, "CT_UBND", LocalDate.of(2010, 1, 1));
        province.grant(a, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2008, 1, 1));
        province.grant(a, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2015, 1, 1));
        b = province.person("Trần Thị B", Gender.NU, province.communeA2, StaffCategory.CC, "VP_TK", LocalDate.of(2012, 1, 1));
        province.grant(b, Dimension.PROFESSIONAL, "TRUNG_CAP", LocalDate.of(2010, 1, 1));
        province.grant(b, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2020, 1, 1));
        c = province.person("Lò Văn C", Gender.NAM, province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2012, 1, 1));
        province.grant(c, Dimension.PROFESSIONAL, "THAC_SI", LocalDate.of(2011, 1, 1));
        province.person("Không Tính", Gender.NAM, province.communeB1, StaffCategory.KCT, "KCT_KHAC", LocalDate.of(2012, 1, 1));
        // The 2025 merge: A1 and A2 people move to the merged commune.
        for (PersonId moved : new PersonId[] {a, b}) {
            registry.assign(TestProvince.EVERYTHING, moved, new NewAssignment(province.mergedA.id(),
                    registry.get(TestProvince.EVERYTHING, moved).assignments().get(0).category(),
                    registry.get(TestProvince.EVERYTHING, moved).assignments().get(0).titleCode(), TestProvince.REFORM,
                    AssignmentReason.SAP_XEP));
        }
    }

    @Test
    void beforeTheMergeRowsAreDistrictsAndCountsFollowTheLevelsOfThatDate() {
        ReportTable form = reports.quality(UserScope.of(province.province, false), province.province, LocalDate.of(2016, 1, 1));

        assertThat(form.rows()).extracting(ReportTable.Row::label).containsExactly("Huyện Đông", "Huyện Tây");
        ReportTable.Row east = form.rows().get(0);
        assertThat(east.count(QualityColumn.TOTAL)).isEqualTo(2);
        assertThat(east.count(QualityColumn.DAI_HOC)).isEqualTo(1);
        assertThat(east.count(QualityColumn.TRUNG_CAP)).as("B's degree came in 2020").isEqualTo(1);
        assertThat(east.share(QualityColumn.DAI_HOC)).isEqualTo("50,00%");
        assertThat(east.count(QualityColumn.NU)).isEqualTo(1);
        assertThat(east.count(QualityColumn.LLCT_TRUNG_CAP)).isEqualTo(1);
        assertThat(form.total().count(QualityColumn.TOTAL)).as("part-time staff are not counted").isEqualTo(3);
        assertThat(form.total().count(QualityColumn.THAC_SI)).isEqualTo(1);
        assertThat(form.total().share(QualityColumn.CC)).isEqualTo("66,67%");
    }

    @Test
    void afterTheMergeTheMergedCommuneIsARowAndThePartsAddUpToTheTotal() {
        ReportTable form = reports.quality(UserScope.of(province.province, false), province.province, LocalDate.of(2026, 1, 1));

        assertThat(form.rows()).extracting(ReportTable.Row::label).contains("Xã Nghĩa Tá Mới", "Huyện Tây");
        ReportTable.Row merged = form.rows().stream().filter(r -> r.label().equals("Xã Nghĩa Tá Mới")).findFirst().orElseThrow();
        assertThat(merged.count(QualityColumn.TOTAL)).isEqualTo(2);
        assertThat(merged.count(QualityColumn.DAI_HOC)).isEqualTo(2);
        for (QualityColumn column : QualityColumn.values()) {
            long sum = form.rows().stream().mapToLong(r -> r.count(column)).sum();
            assertThat(sum).as("rows add up for %s", column).isEqualTo(form.total().count(column));
        }
        long professional = Arrays.stream(new QualityColumn[] {QualityColumn.TIEN_SI, QualityColumn.THAC_SI, QualityColumn.DAI_HOC,
                QualityColumn.CAO_DANG, QualityColumn.TRUNG_CAP, QualityColumn.DUOI_TRUNG_CAP}).mapToLong(c -> form.total().count(c)).sum();
        assertThat(professional).as("professional levels partition the total").isEqualTo(form.total().count(QualityColumn.TOTAL));
    }

    @Test
    void aPastYearEndOnTheTrendCountsAQualificationRecordedAfterTheTrendWasFirstDrawn() {
        UserScope scope = UserScope.of(province.province, false);
        TrendPoint before = reports.trend(scope, province.province, 2016).get(0);
        assertThat(before.date()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(before.politicalTheory()).as("only A held political theory at the end of 2016").isEqualTo(1);

        // C's certificate of 2014 is entered today: the year-end of 2016 drawn before must now count it.
        province.grant(c, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2014, 6, 1));

        TrendPoint after = reports.trend(scope, province.province, 2016).get(0);
        assertThat(after.politicalTheory()).isEqualTo(2);
        assertThat(after.total()).isEqualTo(before.total());
    }

    @Test
    void aMergedCommuneHasThePastOfTheCommunesItWasFormedFrom() throws Exception {
        String name = "xa" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(name, "Xã mới", "matkhau-1", Role.COMMUNE, province.mergedA.code()));
        var officer = accounts.loadUserByUsername(name);
        UserScope scope = ((ChuanUser) officer).scope();

        // Before 1/7/2025 the merged commune is the sum of Nghĩa Tá (A) and the other commune of district A (B).
        ReportTable end2024 = reports.quality(scope, province.mergedA, LocalDate.of(2024, 12, 31));
        assertThat(end2024.total().count(QualityColumn.TOTAL)).isEqualTo(2);
        assertThat(end2024.total().count(QualityColumn.CB)).isEqualTo(1);
        assertThat(reports.quality(scope, province.mergedA, LocalDate.of(2011, 12, 31)).total().count(QualityColumn.TOTAL))
                .as("B started in 2012").isEqualTo(1);
        assertThat(reports.trend(scope, province.mergedA, 2016).get(0).total()).as("the trend before the merge").isEqualTo(2);
        // Each count of that past opens its list for the commune's own officer.
        everyCountIsItsList(officer, end2024);
        // The staffing report of a year before the merge reads the same past (moves and hires of what it was formed from).
        mvc.perform(get("/bao-cao/bo-tri").param("donVi", String.valueOf(province.mergedA.id().value())).param("nam", "2024")
                .with(user(officer))).andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString(province.mergedA.name())));
    }

    @Test
    void theTrendCountsWhoMetTheStandardsOfEachYearsSet() {
        UserScope scope = UserScope.of(province.province, false);
        for (PersonId person : List.of(a, b, c)) {
            province.grant(person, Dimension.GENERAL_EDUCATION, "THPT", null);
        }
        List<TrendPoint> points = reports.trend(scope, province.province, 2016);
        // End of 2016, QĐ 04/2004: A (CT_UBND) had his LLCT since 2015, B and C a professional level of trung cấp or above.
        assertThat(points.get(0).meetingStandards()).isEqualTo(3);
        // End of 2020, TT 13/2019: civil servants need a degree and an IT certificate; B and C have none of IT.
        TrendPoint end2020 = points.stream().filter(p -> p.date().getYear() == 2020).findFirst().orElseThrow();
        assertThat(end2020.meetingStandards()).isEqualTo(1);
    }

    @Test
    void theFormPageLinksCountsToTheirListsAndTheListHasThatManyPeople() throws Exception {
        String name = province.province.code() + "bc";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        var officer = accounts.loadUserByUsername(name);
        mvc.perform(get("/bao-cao/chat-luong").param("ngay", "2026-01-01").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xã Nghĩa Tá Mới")))
                .andExpect(content().string(Matchers.containsString("chuyen_mon=DAI_HOC")));
        byte[] xlsx = mvc.perform(get("/bao-cao/chat-luong.xlsx").param("ngay", "2026-01-01").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            var total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(total.getCell(1).asNumber().intValue()).as("a number, not text").isEqualTo(3);
            assertThat(headerRow(rows).getCellText(7)).isEqualTo("Chuyên môn");
        }
        byte[] pdf = mvc.perform(get("/bao-cao/chat-luong.pdf").param("ngay", "2026-01-01").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("DejaVuSansCondensed");
        ReportTable form = reports.quality(UserScope.of(province.province, false), province.province, LocalDate.of(2026, 1, 1));
        assertThat(form.columns()).as("the standards of that date, counted from the records").contains(QualityColumn.DAT_CHUAN,
                QualityColumn.THIEU_CHUYEN_MON);
        everyCountIsItsList(officer, form);
    }

    /** An officer of the Department of Home Affairs heads their papers with their own agency once; every paper follows. */
    @Test
    void thePapersCarryTheAgencyTheOfficerSetInTheirAccount() throws Exception {
        String name = province.province.code() + "cq";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        var officer = accounts.loadUserByUsername(name);
        mvc.perform(post("/tai-khoan/tieu-de").param("coQuanChuQuan", "Ủy ban nhân dân tỉnh Lào Cai").param("coQuanBanHanh", " ")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Có cơ quan chủ quản thì cần ghi cả cơ quan ban hành."));
        mvc.perform(post("/tai-khoan/tieu-de").param("coQuanChuQuan", "Ủy ban nhân dân tỉnh Lào Cai").param("coQuanBanHanh", "Sở Nội vụ")
                        .param("diaDanh", "Lào Cai").with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "Đã lưu tiêu đề văn bản."));
        mvc.perform(get("/tai-khoan").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SỞ NỘI VỤ")));

        byte[] pdf = mvc.perform(get("/bao-cao/chat-luong.pdf").param("ngay", "2026-01-01").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(LibreOffice.text(new PdfReader(pdf)).replaceAll("\\s+", " "))
                .contains("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "SỞ NỘI VỤ", "Lào Cai, ngày");
        byte[] xlsx = mvc.perform(get("/bao-cao/chat-luong.xlsx").param("ngay", "2026-01-01").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("SỞ NỘI VỤ");
        }
        assertThat(accounts.paperSettings(name).agency()).isEqualTo("Sở Nội vụ");
    }

    /** An officer who needs only the schooling reads and exports those columns, the unit column and the total beside them. */
    @Test
    void theColumnsShownAreTheGroupsChosenOnThePageAndInItsWorkbook() throws Exception {
        String name = province.province.code() + "cot";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        var officer = accounts.loadUserByUsername(name);
        ReportTable whole = reports.quality(UserScope.of(province.province, false), province.province, LocalDate.of(2026, 1, 1));
        int chosen = 1;
        ReportTable.HeaderGroup group = whole.headerGroups().get(chosen);
        String page = mvc.perform(get("/bao-cao/chat-luong").param("ngay", "2026-01-01").param("nhom", String.valueOf(chosen))
                        .with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(whole.rows().size() + " đơn vị và dòng tổng cộng, " + (1 + group.span()) + " cột số liệu")
                .contains("Cột: 1/" + whole.headerGroups().size() + " nhóm")
                .as("the workbook follows the choice").contains("chat-luong.xlsx?donVi=" + province.province.id().value()
                        + "&amp;ngay=2026-01-01&amp;nhom=1");
        String table = page.substring(page.indexOf("id=\"quality-form\""));
        assertThat(table).contains(">" + group.label() + "<").doesNotContain(">" + whole.headerGroups().get(0).label() + "<");

        byte[] xlsx = mvc.perform(get("/bao-cao/chat-luong.xlsx").param("ngay", "2026-01-01").param("nhom", String.valueOf(chosen))
                        .with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            var total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(total.getCellCount()).as("unit, total, the group's columns").isEqualTo(2 + group.span());
            assertThat(headerRow(rows).getCellText(2)).isEqualTo(group.label());
        }
    }

    /**
     * The papers as an officer prints them: the workbook laid out by LibreOffice landscape with "Trang 1/1" below; the PDF
     * with the administrative header, the page numbers and the signatures.
     */
    @Test
    void theWorkbookAndThePdfPrintReadyToSend(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(LibreOffice.installed(), "LibreOffice is installed by .ci/run");
        String name = province.province.code() + "in";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        byte[] xlsx = mvc.perform(get("/bao-cao/chat-luong.xlsx").param("ngay", "2026-01-01").with(user(accounts.loadUserByUsername(name))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader printed = LibreOffice.print(xlsx, "chat-luong.xlsx", dir);
        assertThat(printed.getPageSize(1).getWidth()).as("landscape").isGreaterThan(printed.getPageSize(1).getHeight());
        String text = LibreOffice.text(printed);
        assertThat(text).contains("Tổng cộng", "Trang 1/" + printed.getNumberOfPages());
        assertThat(text.replaceAll("\\s+", " ")).as("the workbook carries the same heading and signatures as the PDF")
                .contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "NGƯỜI LẬP BIỂU",
                        "THỦ TRƯỞNG ĐƠN VỊ");

        byte[] pdf = mvc.perform(get("/bao-cao/chat-luong.pdf").param("ngay", "2026-01-01").with(user(accounts.loadUserByUsername(name))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader paper = new PdfReader(pdf);
        assertThat(LibreOffice.text(paper).replaceAll("\\s+", " ")).contains("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "ngày", "SỐ LƯỢNG, CHẤT LƯỢNG", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ")
                // The number of pages is drawn apart (known only at the end): the extracted text may space it off.
                .containsPattern("Trang 1/ ?" + paper.getNumberOfPages());
    }

    @Test
    void todaysFormFromTheKeptTalliesEqualsTheOneCountedFromTheRecordsAndFollowsTheVeryNextChange() {
        UserScope scope = UserScope.of(province.province, false);
        LocalDate today = LocalDate.now(clock);
        ReportTable kept = reports.quality(scope, province.province, today);
        ReportTable counted = reports.quality(scope, province.province, today, true);
        assertThat(kept.columns()).contains(QualityColumn.DAT_CHUAN, QualityColumn.CHUA_DAT_CHUAN);
        assertSameCounts(kept, counted);
        assertThat(kept.total().count(QualityColumn.TOTAL)).isEqualTo(3);
        assertThat(kept.total().count(QualityColumn.DAT_CHUAN) + kept.total().count(QualityColumn.CHUA_DAT_CHUAN))
                .as("every counted post has a title with standards").isEqualTo(3);

        province.grant(c, Dimension.POLITICAL_THEORY, "CAO_CAP", today.minusDays(1));
        ReportTable after = reports.quality(scope, province.province, today);
        assertThat(after.total().count(QualityColumn.LLCT_CAO_CAP)).as("fresh after a change")
                .isEqualTo(kept.total().count(QualityColumn.LLCT_CAO_CAP) + 1);
        assertSameCounts(after, reports.quality(scope, province.province, today, true));

        var post = registry.get(TestProvince.EVERYTHING, c).assignments().get(0);
        registry.endAssignment(TestProvince.EVERYTHING, c, post.id(), post.version(), today.minusDays(1), AssignmentReason.NGHI_HUU);
        assertThat(reports.quality(scope, province.province, today).total().count(QualityColumn.TOTAL))
                .as("a post that ended leaves the count").isEqualTo(2);
    }

    private static void assertSameCounts(ReportTable kept, ReportTable counted) {
        assertThat(kept.rowsAndTotal()).hasSameSizeAs(counted.rowsAndTotal());
        for (int i = 0; i < kept.rowsAndTotal().size(); i++) {
            for (ReportColumn column : counted.columns()) {
                assertThat(kept.rowsAndTotal().get(i).count(column)).as("%s, %s", kept.rowsAndTotal().get(i).label(), column)
                        .isEqualTo(counted.rowsAndTotal().get(i).count(column));
            }
        }
    }

    @Test
    void aProvinceOfManyCommunesChartsTheThirtyWithTheLowestShareMeetingTheStandardsAndLinksToTheWholeForm() throws Exception {
        // 31 more communes beside the province's own, each with one person: the first ten meet the standards of their title.
        for (int i = 0; i < 31; i++) {
            Unit commune = units.register(new NewUnit(province.province.code() + "9" + i, "Xã Thêm " + i, UnitLevel.COMMUNE, CommuneType.XA,
                    province.province.id(), TestProvince.REFORM, false));
            PersonId someone = province.person("Người Thứ " + i, Gender.NAM, commune, StaffCategory.CC, "VP_TK", LocalDate.of(2026, 1, 1));
            if (i < 10) {
                province.grant(someone, Dimension.GENERAL_EDUCATION, "THPT", LocalDate.of(2000, 1, 1));
                province.grant(someone, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2020, 1, 1));
            }
        }
        String name = province.province.code() + "many";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        String page = mvc.perform(get("/").with(user(accounts.loadUserByUsername(name)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        ReportTable form = reports.quality(UserScope.of(province.province, false), province.province, LocalDate.now(clock));
        assertThat(form.rows()).hasSizeGreaterThan(30);
        assertThat(page).contains("30 đơn vị có tỷ lệ đạt chuẩn thấp nhất trong " + form.rows().size() + " đơn vị trực thuộc",
                "/bao-cao/chat-luong?donVi=" + province.province.id().value());
        String table = page.substring(page.indexOf("id=\"compliance-table\""), page.indexOf("</table>", page.indexOf("id=\"compliance-table\"")));
        assertThat(table.split("<tr>", -1)).as("a header and 30 rows").hasSize(32);
        // No unit left out of the table has a lower share than one in it.
        double highestShown = form.rows().stream().filter(r -> table.contains(">" + r.label() + "<"))
                .mapToDouble(r -> (double) r.count(QualityColumn.DAT_CHUAN) / r.total()).max().orElseThrow();
        assertThat(form.rows().stream().filter(r -> r.total() > 0 && !table.contains(">" + r.label() + "<")))
                .allSatisfy(r -> assertThat((double) r.count(QualityColumn.DAT_CHUAN) / r.total()).isGreaterThanOrEqualTo(highestShown));
        for (int i = 10; i < 31; i++) {
            assertThat(table).as("none of its people meets the standards").contains(">Xã Thêm " + i + "<");
        }
        assertThat(form.rows().stream().filter(r -> !table.contains(">" + r.label() + "<")).map(ReportTable.Row::label))
                .as("left out: communes whose every person meets the standards").isNotEmpty()
                .allSatisfy(label -> assertThat(label).matches("Xã Thêm \\d"));
    }

    @Test
    void theDashboardOfAUnitDrawsComplianceByUnitBelowLevelMixAndTrendAndDrillsDown() throws Exception {
        String name = province.province.code() + "db";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        var officer = accounts.loadUserByUsername(name);
        String page = mvc.perform(get("/").with(user(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"compliance-chart\"", "Xã Nghĩa Tá Mới", "Huyện Tây", "Trình độ chuyên môn");
        // The compliance chart's bars open the unit below; the level mix opens the list of its level.
        assertThat(page).contains("/?donVi=" + province.mergedA.id().value());
        // Its table a click away: each unit below with its met and unmet counts.
        assertThat(page).containsPattern("(?s)id=\"compliance-table\".*Xã Nghĩa Tá Mới.*</table>");
        assertThat(page).contains("/can-bo?donVi=" + province.province.id().value() + "&amp;loai=CB,CC&amp;chuyen_mon=DAI_HOC");

        String commune = mvc.perform(get("/").param("donVi", String.valueOf(province.communeB1.id().value())).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(commune).contains("id=\"unit-path\"", province.province.name(), province.communeB1.name())
                .doesNotContain("id=\"compliance-chart\"");

        String trend = mvc.perform(get("/tong-quan/xu-huong").param("donVi", String.valueOf(province.province.id().value()))
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(trend).contains("id=\"trend-chart\"", "31/12/2015", "31/12/2016");
        Matcher y2016 = Pattern.compile("31/12/2016</td>\\s*<td class=\"text-end\">(\\d+)</td>\\s*<td class=\"text-end\">(\\d+)</td>")
                .matcher(trend);
        assertThat(y2016.find()).isTrue();
        assertThat(y2016.group(1)).as("three commune cadres and civil servants at the end of 2016").isEqualTo("3");
        assertThat(y2016.group(2)).as("two with a degree then (B's came in 2020)").isEqualTo("2");
    }

    @Test
    void aBreakdownHasEveryLevelAndEveryLevelOrAboveAndEachCountOpensItsList() throws Exception {
        String name = province.province.code() + "cc";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        var officer = accounts.loadUserByUsername(name);
        UserScope scope = UserScope.of(province.province, false);
        LocalDate date = LocalDate.of(2026, 1, 1);
        ReportTable form = reports.breakdown(scope, province.province, date, BreakdownColumn.By.of("chuyen_mon"),
                Set.of(StaffCategory.CB, StaffCategory.CC));
        assertThat(form.columns()).extracting(ReportColumn::label).contains("Đại học", "Thạc sĩ", "Đại học trở lên", "Cao đẳng trở lên");
        ReportColumn university = column(form, "Đại học trở lên");
        assertThat(form.total().count(university)).as("A and B hold a degree, C a master's").isEqualTo(3);
        assertThat(form.total().count(column(form, "Đại học"))).isEqualTo(2);
        assertThat(form.total().share(university)).isEqualTo("100,00%");

        ReportTable everyone = reports.breakdown(scope, province.province, date, BreakdownColumn.By.of("loai"),
                EnumSet.allOf(StaffCategory.class));
        assertThat(everyone.total().total()).as("the part-time post counts when every category is asked for").isEqualTo(4);
        assertThat(everyone.total().count(column(everyone, StaffCategory.KCT.label()))).isEqualTo(1);

        String page = mvc.perform(get("/bao-cao/co-cau").param("theo", "chuyen_mon").param("ngay", "2026-01-01").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đại học trở lên", "chuyen_mon=DAI_HOC%2B");
        everyCountIsItsList(officer, form);
        for (String by : List.of("chuan", "thieu")) {
            ReportTable standards = reports.breakdown(scope, province.province, LocalDate.of(2020, 1, 1), BreakdownColumn.By.of(by),
                    EnumSet.of(StaffCategory.CB, StaffCategory.CC));
            everyCountIsItsList(officer, standards);
            mvc.perform(get("/bao-cao/co-cau").param("theo", by).param("ngay", "2020-01-01").with(user(officer)))
                    .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("hôm nay"))));
        }
    }

    private static ReportColumn column(ReportTable form, String label) {
        return form.columns().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void civilServantsAboveCommuneLevelHaveTheirOwnFormAndTheCommuneFormLeavesThemOut() throws Exception {
        PersonId d = province.person("Hà Thị D", Gender.NU, province.districtB, StaffCategory.CC, "CHUYEN_VIEN", LocalDate.of(2015, 1, 1));
        province.grant(d, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2012, 1, 1));
        UserScope scope = UserScope.of(province.province, false);
        LocalDate date = LocalDate.of(2020, 1, 1);

        ReportTable civil = reports.civilServants(scope, province.province, date);
        assertThat(civil.total().total()).isEqualTo(1);
        assertThat(civil.total().count(CivilServantColumn.NGACH_CV)).isEqualTo(1);
        assertThat(civil.total().count(CivilServantColumn.DAI_HOC)).isEqualTo(1);
        assertThat(civil.total().count(CivilServantColumn.NU)).isEqualTo(1);
        assertThat(reports.quality(scope, province.province, date).total().count(QualityColumn.TOTAL))
                .as("the commune form counts commune posts only").isEqualTo(3);

        String name = province.province.code() + "cv";
        accounts.create(new NewUserAccount(name, "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        var officer = accounts.loadUserByUsername(name);
        mvc.perform(get("/bao-cao/cong-chuc").param("ngay", "2020-01-01").with(user(officer)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("CV chính")));
        everyCountIsItsList(officer, civil);
    }

    /** Each count of the total row equals the number of people its link lists. */
    /** The first row of the table's header: the one that begins with "Đơn vị". */
    private static Row headerRow(List<Row> rows) {
        return rows.stream().filter(r -> "Đơn vị".equals(r.getCellText(0))).findFirst().orElseThrow();
    }

    private void everyCountIsItsList(UserDetails officer, ReportTable form) throws Exception {
        for (ReportColumn column : form.columns()) {
            String url = "/can-bo?donVi=" + form.root().id().value() + "&ngay=" + form.asOf() + "&" + column.listFilter();
            String list = mvc.perform(get(URI.create(url)).with(user(officer))).andReturn().getResponse().getContentAsString();
            Matcher count = Pattern.compile("id=\"result-count\"\\s*>([0-9.]+) người<").matcher(list);
            assertThat(count.find()).as(url).isTrue();
            assertThat(Long.parseLong(count.group(1).replace(".", ""))).as("list of %s", column.label()).isEqualTo(form.total().count(column));
        }
    }
}
