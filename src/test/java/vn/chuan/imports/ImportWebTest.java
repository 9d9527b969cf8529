package vn.chuan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.TabularFile;
import vn.chuan.support.HostileFiles;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class ImportWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PeopleImport importer;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;
    UserDetails officer;
    String p;

    @BeforeEach
    void setUp() {
        p = TestProvince.uniquePrefix("U");
        province = TestProvince.create(units, registry, transaction, p);
        accounts.create(new NewUserAccount(p + "tinh", "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        officer = accounts.loadUserByUsername(p + "tinh");
    }

    @Test
    void uploadPreviewConfirmCreatesThePeopleAndSaysSo() throws Exception {
        String csv = PeopleImportTest.HEADER + "\n"
                + p + "-1,Nguyễn Văn Tuấn,15/03/1980,Nam,Kinh,," + province.communeB1.code() + ",CB,Chủ tịch UBND,,Có,Đại học,Luật,Trung cấp\n"
                + p + "-2,Lý Thị Đào,02/07/1990,Nữ,Tày,," + province.communeB2.code() + ",CC,VP_TK,,,Đại học,,\n";
        String location = mvc.perform(multipart("/nhap-du-lieu").file(new MockMultipartFile("file", "ds.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        waitUntilDone(location);

        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("id=\"count-create\">2<")))
                .andExpect(content().string(Matchers.containsString("Xác nhận nhập")));
        mvc.perform(post(location + "/xac-nhan").with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        waitUntilDone(location);

        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("Đã nhập: 2 tạo mới, 0 thay đổi, 0 giữ nguyên.")));
        assertThat(registry.findByCodes(List.of(p + "-1", p + "-2"))).hasSize(2);
    }

    @Test
    void aCompleteListOfAPastDateShowsItsDateAndWhoLeavesThenEndsTheirPosts() throws Exception {
        var stays = province.person("Trần Văn Ở", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2010, 3, 1));
        var leaves = province.person("Phạm Thị Đi", province.communeB1, StaffCategory.CC, "TP_HT", LocalDate.of(2011, 3, 1));
        String stayingCode = registry.get(TestProvince.EVERYTHING, stays).code();
        String leavingCode = registry.get(TestProvince.EVERYTHING, leaves).code();
        String csv = PeopleImportTest.HEADER + "\n"
                + stayingCode + ",Trần Văn Ở,17/05/1980,Nam,Kinh,," + province.communeB1.code() + ",CC,VP_TK,,,Đại học,,\n"
                + p + "-9,Lò Văn Mới,02/07/1990,Nam,Thái,," + province.communeB1.code() + ",CC,TC_KT,,,Cao đẳng,,\n";
        String location = mvc.perform(multipart("/nhap-du-lieu").file(new MockMultipartFile("file", "ds-2016.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("ngayDanhSach", "2016-12-31").param("dayDu", "true")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        waitUntilDone(location);

        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(Matchers.containsString(
                        "Danh sách tại ngày 31/12/2016, đầy đủ: người không có trong tệp thôi công tác từ ngày 31/12/2016")))
                .andExpect(content().string(Matchers.containsString("id=\"count-create\">1<")))
                .andExpect(content().string(Matchers.containsString("id=\"count-leave\">1<")))
                .andExpect(content().string(Matchers.containsString("không có trong tệp")))
                .andExpect(content().string(Matchers.containsString("thôi từ 31/12/2016")));
        mvc.perform(post(location + "/xac-nhan").with(user(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        waitUntilDone(location);
        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("1 tạo mới, 1 thay đổi, 0 giữ nguyên, 1 thôi công tác.")));

        var left = registry.get(TestProvince.EVERYTHING, leaves).assignments().get(0);
        assertThat(left.endedOn()).isEqualTo(LocalDate.of(2016, 12, 30));
        var newcomer = registry.findByCodes(List.of(p + "-9")).get(p + "-9");
        assertThat(newcomer.assignmentOn(LocalDate.of(2016, 12, 31))).as("held from the list's date").isPresent();
        assertThat(newcomer.assignmentOn(LocalDate.of(2016, 12, 30))).isEmpty();
        assertThat(newcomer.levelsOn(LocalDate.of(2016, 12, 30)).get(Dimension.PROFESSIONAL).code()).isEqualTo("CHUA_DAO_TAO");
        assertThat(newcomer.levelsOn(LocalDate.of(2016, 12, 31)).get(Dimension.PROFESSIONAL).code()).isEqualTo("CAO_DANG");
    }

    @Test
    void aListDateThatIsNotADateSendsTheOfficerBackWithAReason() throws Exception {
        mvc.perform(multipart("/nhap-du-lieu").file(new MockMultipartFile("file", "ds.csv", "text/csv",
                        (PeopleImportTest.HEADER + "\n").getBytes(StandardCharsets.UTF_8))).param("ngayDanhSach", "31/02/2016")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
                        Matchers.containsString("Ngày không hợp lệ")));
    }

    @Test
    void aFileWithoutOneValidRowOffersNoConfirmationOnlyToCancel() throws Exception {
        String csv = PeopleImportTest.HEADER + "\n"
                + p + "-1,Nguyễn Văn Tuấn,15/03/1980,Nam,Kinh,,KHONGCO,CB,Chủ tịch UBND,,Có,Đại học,Luật,Trung cấp\n";
        String location = mvc.perform(multipart("/nhap-du-lieu").file(new MockMultipartFile("file", "ds.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        waitUntilDone(location);
        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("Không có dòng hợp lệ nào để nhập")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Xác nhận nhập"))))
                .andExpect(content().string(Matchers.containsString("Hủy, không nhập")));
    }

    @Test
    void anotherUserCannotSeeMyImportAndAViewerCannotImport() throws Exception {
        String location = mvc.perform(multipart("/nhap-du-lieu").file(new MockMultipartFile("file", "ds.csv", "text/csv",
                        (PeopleImportTest.HEADER + "\n").getBytes(StandardCharsets.UTF_8))).with(user(officer)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        accounts.create(new NewUserAccount(p + "khac", "Khác", "matkhau-1", Role.PROVINCE, province.province.code()));
        mvc.perform(get(location).with(user(accounts.loadUserByUsername(p + "khac")))).andExpect(status().isNotFound());
        accounts.create(new NewUserAccount(p + "xem", "Xem", "matkhau-1", Role.VIEWER, province.province.code()));
        mvc.perform(get("/nhap-du-lieu").with(user(accounts.loadUserByUsername(p + "xem")))).andExpect(status().isForbidden());
    }

    @Test
    void anExportedListImportsBackWithoutAnyChangeInXlsxAndCsv() throws Exception {
        var a = province.person("Hoàng Văn Minh", province.communeB1, StaffCategory.CC, "TP_HT", LocalDate.of(2015, 1, 1));
        province.grant(a, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2010, 6, 1));
        province.grant(a, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2018, 6, 1));
        province.person("Ma Thị Hoa", province.communeB2, StaffCategory.CC, "VH_XH", LocalDate.of(2019, 1, 1));
        String filter = "?donVi=" + province.districtB.id().value();

        for (String format : List.of("xlsx", "csv")) {
            byte[] exported = mvc.perform(get("/can-bo/xuat" + filter + "&dinhDang=" + format).with(user(officer)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", Matchers.containsString("danh-sach-can-bo")))
                    .andReturn().getResponse().getContentAsByteArray();
            List<List<String>> rows = new ArrayList<>();
            TabularFile.read(new ByteArrayInputStream(exported), "x." + format, (n, cells) -> rows.add(cells));
            assertThat(rows).as(format).hasSize(3);

            ImportAnalysis analysis = importer.analyse(TestProvince.EVERYTHING, new ByteArrayInputStream(exported),
                    "x." + format, ImportProgress.NONE);
            assertThat(analysis.errors()).as(format).isEmpty();
            assertThat(analysis.count(RowPlan.Action.UNCHANGED)).as(format).isEqualTo(2);
        }
    }

    @Test
    void theTemplateHasTheHeaderRowAndAnExplanationSheet() throws Exception {
        byte[] template = mvc.perform(get("/nhap-du-lieu/mau.xlsx").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        TabularFile.read(new ByteArrayInputStream(template), "mau.xlsx", (n, cells) -> rows.add(cells));
        assertThat(rows).singleElement().satisfies(header -> assertThat(header).startsWith("Mã cán bộ", "Họ và tên"));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheets().map(s -> s.getName()).toList()).as("the people, the help, then the personnel file's sheets")
                    .containsExactly("Danh sách", "Hướng dẫn", "Gia đình", "Quá trình công tác", "Đào tạo", "Quá trình lương");
        }
    }

    @Test
    void hostileFilesAreRefusedInVietnameseWriteNothingAndAnotherUserIsServedMeanwhile() throws Exception {
        accounts.create(new NewUserAccount(p + "ban", "Người dùng khác", "matkhau-1", Role.PROVINCE, province.province.code()));
        UserDetails other = accounts.loadUserByUsername(p + "ban");
        long people = registry.count();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(HostileFiles.zipBomb(400), "zip bomb");
        files.put(HostileFiles.manyRows(6_000_000), "quá nhiều dòng");
        files.put(HostileFiles.wideHeaderCsv(1_000_000), "quá nhiều cột");
        files.put(HostileFiles.renamedExecutable(), "không phải là bảng tính");
        for (Map.Entry<Path, String> file : files.entrySet()) {
            String name = "danh-sach" + (file.getKey().toString().endsWith(".csv") ? ".csv" : ".xlsx");
            String location = mvc.perform(multipart("/nhap-du-lieu").file(new MockMultipartFile("file", name,
                            "application/octet-stream", Files.readAllBytes(file.getKey()))).with(user(officer)).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            Files.delete(file.getKey());
            // Another officer's page while the file is being checked.
            long started = System.nanoTime();
            mvc.perform(get("/can-bo").with(user(other))).andExpect(status().isOk());
            System.out.printf("Hostile upload (%s): another user's people list answered in %d ms%n", file.getValue(),
                    (System.nanoTime() - started) / 1_000_000);
            waitUntilDone(location);
            mvc.perform(get(location).with(user(officer)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(file.getValue())))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Xác nhận nhập"))));
        }
        assertThat(registry.count()).isEqualTo(people);
    }

    @Test
    void aNameThatWouldRunAsAFormulaLeavesQuotedAndComesBackUnchanged() throws Exception {
        String formula = "=HYPERLINK(\"http://example.com\";\"Bấm\")";
        province.person(formula, province.communeB1, StaffCategory.CC, "TP_HT", LocalDate.of(2015, 1, 1));
        String filter = "?donVi=" + province.districtB.id().value();
        for (String format : List.of("csv", "xlsx")) {
            byte[] exported = mvc.perform(get("/can-bo/xuat" + filter + "&dinhDang=" + format).with(user(officer)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            if (format.equals("csv")) {
                assertThat(new String(exported, StandardCharsets.UTF_8)).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(")
                        .doesNotContain(",\"=HYPERLINK(");
            }
            List<List<String>> rows = new ArrayList<>();
            TabularFile.read(new ByteArrayInputStream(exported), "x." + format, (n, cells) -> rows.add(cells));
            assertThat(rows.stream().flatMap(List::stream)).as(format).contains(formula);
            ImportAnalysis analysis = importer.analyse(TestProvince.EVERYTHING, new ByteArrayInputStream(exported),
                    "x." + format, ImportProgress.NONE);
            assertThat(analysis.errors()).as(format).isEmpty();
            assertThat(analysis.count(RowPlan.Action.UNCHANGED)).as(format).isEqualTo(1);
        }
    }

    /** Waits on what the page shows (the progress fragment asks for a refresh when the job is over), however busy the machine. */
    private void waitUntilDone(String location) throws Exception {
        for (int i = 0; i < 3_000; i++) {
            String refresh = mvc.perform(get(location + "/tien-do").with(user(officer))).andReturn().getResponse()
                    .getHeader("HX-Refresh");
            if ("true".equals(refresh)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }
}
