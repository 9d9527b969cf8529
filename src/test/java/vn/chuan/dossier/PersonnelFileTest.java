package vn.chuan.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;

import vn.chuan.imports.ImportProgress;
import vn.chuan.imports.ImportResult;
import vn.chuan.imports.PeopleImport;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.ApiClients;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * The personnel file through its pages, as a district officer and a read-only viewer use it: the
 * 2C's fields and histories written and audited, salary steps checked against the rank's scale,
 * documents checked by what they are, the sensitive sections hidden from a viewer and every view
 * of them recorded, the 2C printed.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class PersonnelFileTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiClients clients;
    @Autowired
    PersonnelFiles files;
    @Autowired
    PeopleImport importer;

    TestProvince province;
    PersonId clerk;
    UserDetails officer;
    UserDetails viewer;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("H"));
        clerk = province.person("Lục Thị Huế", province.communeB1, StaffCategory.CC, "TP_HT", LocalDate.of(2015, 3, 1));
        province.grant(clerk, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2014, 6, 30));
        String code = province.province.code().toLowerCase();
        accounts.create(new NewUserAccount("hs" + code, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        accounts.create(new NewUserAccount("hx" + code, "Người xem", "mat-khau-dai-1", Role.VIEWER, province.districtB.code()));
        officer = accounts.loadUserByUsername("hs" + code);
        viewer = accounts.loadUserByUsername("hx" + code);
    }

    private String page(String path, UserDetails as) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private String dossier() {
        return "/can-bo/" + clerk.value() + "/ho-so";
    }

    @Test
    void theOfficerFillsThe2cAndEachChangeIsInTheHistoryWithItsOldAndNewValue() throws Exception {
        mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "0")
                        .param("birthPlace", "xã Nghĩa Tá, huyện Chợ Đồn").param("homeTown", "xã Bằng Phúc").param("religion", "Phật giáo")
                        .param("heightCm", "156").param("bloodGroup", "o").param("recruitedOn", "01/03/2015")
                        .param("recruitedBy", "UBND huyện Chợ Đồn").param("socialInsuranceNo", "0612345678"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(dossier()));
        String shown = page(dossier(), officer);
        assertThat(shown).contains("xã Nghĩa Tá, huyện Chợ Đồn", "Phật giáo", "156", "01/03/2015", "0612345678");
        mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "1")
                        .param("birthPlace", "xã Nghĩa Tá, huyện Chợ Đồn").param("homeTown", "xã Bằng Phúc, tỉnh Bắc Kạn")
                        .param("religion", "Phật giáo").param("heightCm", "156").param("bloodGroup", "O").param("recruitedOn", "01/03/2015")
                        .param("recruitedBy", "UBND huyện Chợ Đồn").param("socialInsuranceNo", "0612345678"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/can-bo/" + clerk.value(), officer)).contains("xã Bằng Phúc", "xã Bằng Phúc, tỉnh Bắc Kạn", "Quê quán");

        // A date the form cannot read, or a blood group that is none: the form again, the error on its field, nothing saved.
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "2")
                        .param("recruitedOn", "31/02/2015").param("homeTown", "xã khác"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("Ngày không hợp lệ", "31/02/2015");
        String blood = HtmlUtils.htmlUnescape(mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "2")
                        .param("bloodGroup", "C"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(blood).contains("Nhóm máu là A, B, AB hoặc O.");
        assertThat(page(dossier(), officer)).contains("xã Bằng Phúc, tỉnh Bắc Kạn").doesNotContain("xã khác");
    }

    @Test
    void historiesAreAddedAndASalaryStepTheRankLacksIsRefusedWithItsSource() throws Exception {
        mvc.perform(post(dossier() + "/gia-dinh").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("relation", "ME").param("fullName", "Hoàng Thị Lan").param("birthYear", "1962")
                        .param("occupation", "Làm ruộng"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(dossier() + "/cong-tac").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("fromOn", "01/09/2012").param("toOn", "28/02/2015").param("post", "Giáo viên hợp đồng")
                        .param("place", "Trường THCS Nghĩa Tá"))
                .andExpect(status().is3xxRedirection());
        long qualification = registry.get(TestProvince.EVERYTHING, clerk).qualifications().get(0).id();
        mvc.perform(post(dossier() + "/dao-tao").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("school", "Trường Đại học Luật Hà Nội").param("field", "Luật").param("fromOn", "01/09/2010")
                        .param("toOn", "30/06/2014").param("mode", "CHINH_QUY").param("diploma", "Cử nhân")
                        .param("qualificationId", String.valueOf(qualification)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(dossier() + "/luong").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("rankCode", "01.003").param("step", "2").param("effectiveOn", "01/03/2018").param("decision", "QĐ 12/QĐ-UBND"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(dossier() + "/luong").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("rankCode", "01.003").param("step", "10").param("effectiveOn", "01/03/2021"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(dossier()))
                .andExpect(flash().attribute("problem", Matchers.containsString("Ngạch Chuyên viên (01.003) có 9 bậc.")));
        mvc.perform(post(dossier() + "/luong").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("rankCode", "01.003").param("step", "3").param("overCeilingPercent", "5").param("effectiveOn", "01/03/2021"))
                .andExpect(flash().attribute("problem", Matchers.containsString("vượt khung chỉ tính ở bậc cuối")));
        mvc.perform(post(dossier() + "/cong-tac").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("fromOn", "ngày mai").param("post", "Không đọc được"))
                .andExpect(flash().attribute("problem", Matchers.containsString("Ngày không hợp lệ")));

        String shown = page(dossier(), officer);
        assertThat(shown).contains("Hoàng Thị Lan", "1962", "Giáo viên hợp đồng", "Trường THCS Nghĩa Tá", "Trường Đại học Luật Hà Nội",
                "Chính quy", "Chuyên viên (01.003)", "2,67").doesNotContain("Không đọc được");
        assertThat(jdbc.sql("select qualification_id from training_history where person_id = :p").param("p", clerk.value())
                .query(Long.class).single()).as("the course is linked to the level it gave").isEqualTo(qualification);
        assertThat(jdbc.sql("select count(*) from salary_step where person_id = :p").param("p", clerk.value()).query(Long.class).single())
                .as("only the valid step is stored").isEqualTo(1);
        assertThat(page("/can-bo/" + clerk.value(), officer)).contains("Thêm bậc lương của Lục Thị Huế: Chuyên viên (01.003), bậc 2");
    }

    @Test
    void aDocumentIsStoredByWhatItIsAndARenamedProgramAnOversizeFileOrAPersonOutOfScopeStoreNothing() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart(dossier() + "/tai-lieu").file(new MockMultipartFile("file", "QĐ tuyển dụng.pdf", "application/pdf", pdf))
                        .param("kind", "QUYET_DINH").param("title", "Quyết định tuyển dụng").with(user(officer)).with(csrf())
                        .header("Referer", "http://localhost" + dossier()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "Đã lưu tài liệu."));
        String shown = page(dossier(), officer);
        assertThat(shown).contains("Quyết định tuyển dụng", "QĐ tuyển dụng.pdf");
        long id = jdbc.sql("select id from person_document where person_id = :p").param("p", clerk.value()).query(Long.class).single();
        assertThat(jdbc.sql("select sha256 from person_document where id = :id").param("id", id).query(String.class).single())
                .hasSize(64);
        byte[] back = mvc.perform(get(dossier() + "/tai-lieu/" + id).with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);

        byte[] program = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        mvc.perform(multipart(dossier() + "/tai-lieu").file(new MockMultipartFile("file", "bang-tot-nghiep.pdf", "application/pdf", program))
                        .param("kind", "VAN_BANG").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier()))
                .andExpect(flash().attribute("problem", Matchers.containsString("không phải PDF, JPG hay PNG")));
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        mvc.perform(multipart(dossier() + "/tai-lieu").file(new MockMultipartFile("file", "ho-so.pdf", "application/pdf", large))
                        .param("kind", "KHAC").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier()))
                .andExpect(flash().attribute("problem", Matchers.containsString("Tệp quá lớn: mỗi tài liệu tối đa 10 MB")));
        PersonId outside = province.person("Ma Văn Sinh", province.communeA1, StaffCategory.CC, "VP_TK", LocalDate.of(2016, 1, 1));
        mvc.perform(multipart("/can-bo/" + outside.value() + "/ho-so/tai-lieu").file(new MockMultipartFile("file", "a.pdf", "application/pdf",
                        pdf)).param("kind", "KHAC").with(user(officer)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(dossier() + "/tai-lieu").file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
                        .param("kind", "KHAC").with(user(viewer)).with(csrf()).header("Referer", "http://localhost" + dossier()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from person_document where person_id in (:p)").param("p", List.of(clerk.value(), outside.value()))
                .query(Long.class).single()).as("only the first document is stored").isEqualTo(1);
        mvc.perform(get("/can-bo/" + outside.value() + "/ho-so").with(user(officer))).andExpect(status().isNotFound());
    }

    @Test
    void aViewerWithoutTheRightSeesNoReligionHealthOrFamilyAndEachViewOfThemIsRecorded() throws Exception {
        mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "0").param("religion", "Công giáo")
                        .param("healthStatus", "Tốt").param("heightCm", "158").param("homeTown", "xã Yên Mỹ"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(dossier() + "/gia-dinh").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("relation", "VO_CHONG").param("fullName", "Triệu Văn Đức").param("birthYear", "1985"))
                .andExpect(status().is3xxRedirection());
        long viewsBefore = views();

        String page = page(dossier(), viewer);
        assertThat(page).contains("xã Yên Mỹ", "dữ liệu cá nhân nhạy cảm").doesNotContain("Công giáo", "Triệu Văn Đức", "Tình trạng sức khỏe");
        assertThat(page("/can-bo/" + clerk.value(), viewer)).as("the history hides the sensitive changes too")
                .doesNotContain("Công giáo", "Triệu Văn Đức");
        byte[] pdf = mvc.perform(get("/can-bo/" + clerk.value() + "/2c.pdf").with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("xã Yên Mỹ", "không hiển thị").doesNotContain("Công giáo", "Triệu Văn Đức");
        assertThat(views()).as("a viewer without the right reads nothing sensitive, so nothing is recorded").isEqualTo(viewsBefore);

        assertThat(page(dossier(), officer)).contains("Công giáo", "Triệu Văn Đức", "158");
        assertThat(views()).isEqualTo(viewsBefore + 1);
        String log = page("/quan-tri/du-lieu-nhay-cam", accounts.loadUserByUsername("admin"));
        assertThat(log).contains(officer.getUsername(), "Lục Thị Huế");

        // The administrator gives viewers the right: the same page now shows it.
        mvc.perform(post("/quan-tri/du-lieu-nhay-cam").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                        .param("role", "PROVINCE", "DISTRICT", "COMMUNE", "VIEWER"))
                .andExpect(status().is3xxRedirection());
        try {
            assertThat(page(dossier(), viewer)).contains("Công giáo", "Triệu Văn Đức");
        } finally {
            mvc.perform(post("/quan-tri/du-lieu-nhay-cam").with(user(accounts.loadUserByUsername("admin"))).with(csrf())
                    .param("role", "PROVINCE", "DISTRICT", "COMMUNE"));
        }
    }

    @Test
    void the2cIsPrintedForAPersonAndForAListAsPdfAndWord() throws Exception {
        mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "0").param("birthPlace", "xã Quảng Bạch")
                        .param("homeTown", "xã Đồng Lạc").param("religion", "Không"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(dossier() + "/gia-dinh").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier())
                        .param("relation", "BO").param("fullName", "Lục Văn Thắng").param("birthYear", "1958"))
                .andExpect(status().is3xxRedirection());
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 60, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        mvc.perform(multipart(dossier() + "/tai-lieu").file(new MockMultipartFile("file", "anh.png", "image/png", png.toByteArray()))
                        .param("kind", "ANH_THE").with(user(officer)).with(csrf()).header("Referer", "http://localhost" + dossier()))
                .andExpect(flash().attribute("notice", "Đã lưu tài liệu."));
        byte[] pdf = mvc.perform(get("/can-bo/" + clerk.value() + "/2c.pdf").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("the photo is in the PDF").contains("/Subtype/Image");
        String text = pdfText(pdf);
        assertThat(text).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "LỤC THỊ HUẾ", "xã Quảng Bạch", "xã Đồng Lạc", "Tư pháp - hộ tịch",
                "Lục Văn Thắng", "QUAN HỆ GIA ĐÌNH", "DIỄN BIẾN QUÁ TRÌNH LƯƠNG");

        byte[] docx = mvc.perform(get("/can-bo/" + clerk.value() + "/2c.docx").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(word.getAllPictures()).as("the photo is in the Word file").hasSize(1);
            assertThat(extractor.getText()).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "LỤC THỊ HUẾ", "xã Quảng Bạch", "Lục Văn Thắng");
        }

        province.person("Bế Văn Toàn", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2019, 1, 1));
        byte[] list = mvc.perform(get("/can-bo/2c.pdf").param("donVi", String.valueOf(province.communeB1.id().value())).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(list);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(i));
        }
        assertThat(all.toString()).contains("LỤC THỊ HUẾ", "BẾ VĂN TOÀN");
    }

    /**
     * The export holds the personnel file in sheets keyed by Mã cán bộ; imported back it changes
     * nothing, and it restores what was lost; a viewer's export has no family sheet.
     */
    @Test
    void theExportHoldsThe2cSheetsAndImportingItBackChangesNothingOrRestoresWhatWasLost() throws Exception {
        mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "0").param("homeTown", "xã Cao Sơn")
                        .param("religion", "Phật giáo").param("recruitedOn", "01/03/2015"))
                .andExpect(status().is3xxRedirection());
        files.addFamily(TestProvince.EVERYTHING, clerk, new FamilyMember(0, FamilyRelation.ME, "Hoàng Thị Lan", 1962, "xã Cao Sơn", null, null));
        files.addWork(TestProvince.EVERYTHING, clerk, new WorkEntry(0, LocalDate.of(2012, 9, 1), LocalDate.of(2015, 2, 28), "Giáo viên hợp đồng",
                "Trường THCS Cao Sơn"));
        files.addSalary(TestProvince.EVERYTHING, clerk, "01.003", 2, null, 0, new java.math.BigDecimal("0,15".replace(',', '.')),
                LocalDate.of(2018, 3, 1), "QĐ 12/QĐ-UBND");
        String unit = String.valueOf(province.communeB1.id().value());
        byte[] xlsx = mvc.perform(get("/can-bo/xuat").param("donVi", unit).param("nhayCam", "true").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList())
                    .containsExactly("Danh sách", "Gia đình", "Quá trình công tác", "Đào tạo", "Quá trình lương");
        }
        List<List<String>> people = new java.util.ArrayList<>();
        vn.chuan.shared.TabularFile.read(new ByteArrayInputStream(xlsx), "xuat.xlsx", (n, cells) -> people.add(cells));
        assertThat(people.get(0)).as("the 2C's own fields are columns of the people sheet").contains("Quê quán", "Tôn giáo", "Ngày tuyển dụng");
        assertThat(people.get(1)).contains("xã Cao Sơn", "Phật giáo");
        byte[] plain = mvc.perform(get("/can-bo/xuat").param("donVi", unit).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new ByteArrayInputStream(plain))) {
            assertThat(book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList()).as("not asked: no sensitive sheet")
                    .contains("Quá trình lương").doesNotContain("Gia đình");
        }

        long auditBefore = audits();
        ImportResult again = importer.apply(officerScope(), importer.analyse(officerScope(), new ByteArrayInputStream(xlsx), "xuat.xlsx",
                ImportProgress.NONE), false, ImportProgress.NONE);
        assertThat(again.message()).contains("Hồ sơ 2C: cập nhật 0 người.");
        assertThat(audits()).as("the same file again changes nothing").isEqualTo(auditBefore);

        jdbc.sql("delete from family_member where person_id = :p").param("p", clerk.value()).update();
        jdbc.sql("update person_profile set home_town = null where person_id = :p").param("p", clerk.value()).update();
        jdbc.sql("delete from salary_step where person_id = :p").param("p", clerk.value()).update();
        vn.chuan.imports.ImportAnalysis preview = importer.analyse(officerScope(), new ByteArrayInputStream(xlsx), "xuat.xlsx",
                ImportProgress.NONE);
        assertThat(preview.fileSheets().summary()).as("the preview says what the sheets will change").contains("sẽ cập nhật 1 người");
        assertThat(jdbc.sql("select count(*) from family_member where person_id = :p").param("p", clerk.value()).query(Long.class).single())
                .as("the preview writes nothing").isZero();
        ImportResult restored = importer.apply(officerScope(), preview, false, ImportProgress.NONE);
        assertThat(restored.message()).contains("Hồ sơ 2C: cập nhật 1 người.");
        String shown = page(dossier(), officer);
        assertThat(shown).contains("Hoàng Thị Lan", "1962", "Giáo viên hợp đồng", "QĐ 12/QĐ-UBND", "2,67", "0,15", "xã Cao Sơn", "Phật giáo");

        // A CSV has one sheet: the 2C's own fields travel as its columns, and come back from it.
        String csv = mvc.perform(get("/can-bo/xuat").param("donVi", unit).param("dinhDang", "csv").with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Quê quán", "xã Cao Sơn").doesNotContain("Phật giáo");
        jdbc.sql("update person_profile set home_town = null where person_id = :p").param("p", clerk.value()).update();
        ImportResult fromCsv = importer.apply(officerScope(), importer.analyse(officerScope(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "xuat.csv", ImportProgress.NONE), false, ImportProgress.NONE);
        assertThat(fromCsv.message()).contains("Hồ sơ 2C: cập nhật 1 người.");
        assertThat(page(dossier(), officer)).contains("xã Cao Sơn", "Phật giáo");
    }

    private vn.chuan.security.UserScope officerScope() {
        return ((vn.chuan.security.ChuanUser) officer).scope();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_entry where person_id = :p").param("p", clerk.value()).query(Long.class).single();
    }

    /** A program reads and writes the 2C through the API; a read-only key reads no religion, health or family. */
    @Test
    void aProgramWritesThe2cAndAReadOnlyKeyReadsNothingSensitive() throws Exception {
        String writer = clients.create("Một cửa " + province.province.code(), province.communeB1.code(), true, "test").token();
        String reader = clients.create("Bảng tin " + province.province.code(), province.communeB1.code(), false, "test").token();
        String api = "/api/v1/people/" + clerk.value() + "/file";
        mvc.perform(put(api + "/profile").header("Authorization", "Bearer " + writer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"homeTown\": \"xã Cao Sơn\", \"religion\": \"Công giáo\", \"recruitedOn\": \"2015-03-01\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.profile.homeTown").value("xã Cao Sơn"))
                .andExpect(jsonPath("$.profile.religion").value("Công giáo"));
        mvc.perform(put(api + "/profile").header("Authorization", "Bearer " + writer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bloodGroup\": \"Z\", \"version\": 1}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("bloodGroup"));
        files.addFamily(TestProvince.EVERYTHING, clerk, new FamilyMember(0, FamilyRelation.CON, "Hoàng Minh Khôi", 2012, null, null, null));
        mvc.perform(get(api).header("Authorization", "Bearer " + reader))
                .andExpect(status().isOk()).andExpect(jsonPath("$.profile.homeTown").value("xã Cao Sơn"))
                .andExpect(jsonPath("$.sensitiveShown").value(false))
                .andExpect(jsonPath("$.profile.religion").doesNotExist()).andExpect(jsonPath("$.family").isEmpty());
        mvc.perform(get(api).header("Authorization", "Bearer " + writer))
                .andExpect(jsonPath("$.family[0].fullName").value("Hoàng Minh Khôi"));
    }

    /** The Word file as an officer's computer opens it: LibreOffice converts it to PDF, and the text is all there, accents right. */
    @Test
    void theWord2cOpensInLibreOffice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/soffice")),
                "LibreOffice is installed by .ci/run");
        mvc.perform(post(dossier() + "/sua").with(user(officer)).with(csrf()).param("version", "0").param("homeTown", "xã Đồng Lạc"))
                .andExpect(status().is3xxRedirection());
        byte[] docx = mvc.perform(get("/can-bo/" + clerk.value() + "/2c.docx").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Path file = dir.resolve("2c.docx");
        java.nio.file.Files.write(file, docx);
        Process office = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        office.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(office.waitFor()).isZero();
        String text = pdfText(java.nio.file.Files.readAllBytes(dir.resolve("2c.pdf")));
        assertThat(text).contains("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "LỤC THỊ HUẾ", "xã Đồng Lạc", "Tư pháp - hộ tịch",
                "TÓM TẮT QUÁ TRÌNH CÔNG TÁC");
    }

    private long views() {
        return jdbc.sql("select count(*) from sensitive_view where person_id = :p").param("p", clerk.value()).query(Long.class).single();
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(i)).append('\n');
        }
        return text.toString();
    }
}
