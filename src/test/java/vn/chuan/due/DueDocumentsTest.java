package vn.chuan.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Dates;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * Papers prepared from what falls due: the raise list as Word and PDF with the officer's number, date and agency and the
 * people of their scope only; an administrator's template replaces the built-in one, a file that is not one is refused.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class DueDocumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonnelFiles files;
    @Autowired
    Units units;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    TestProvince province;
    LocalDate today;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("V"));
        today = LocalDate.now(clock);
        for (String[] p : new String[][] {{"Hà Văn Lương", "B1"}, {"Vi Thị Ngoài", "B2"}}) {
            PersonId id = province.person(p[0], p[1].equals("B1") ? province.communeB1 : province.communeB2, StaffCategory.CC, "VP_TK",
                    today.minusYears(8));
            files.addSalary(TestProvince.EVERYTHING, id, "01.003", 3, null, 0, null, today.minusMonths(36).plusDays(5), "QĐ 1/QĐ-UBND");
        }
    }

    private RequestPostProcessor officer(Role role, String unitCode) {
        String login = province.province.code().toLowerCase() + role.name().toLowerCase() + unitCode.length();
        accounts.create(new NewUserAccount(login, "Cán bộ", "mat-khau-dai-1", role, unitCode));
        return user(accounts.loadUserByUsername(login));
    }

    private byte[] paper(RequestPostProcessor who, String extension) throws Exception {
        return mvc.perform(get("/viec-den-han/van-ban." + extension).with(who).param("loai", "NANG_LUONG")
                        .param("donVi", String.valueOf(province.communeB1.id().value())).param("khoang", "BA_THANG")
                        .param("coQuan", "UBND xã Thử").param("so", "15/DS-UBND").param("noi", "Bắc Kạn").param("ngay", Dates.format(today)))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            return words.getText();
        }
    }

    @Test
    void theRaiseListComesAsWordAndPdfNumberedDatedAndWithinTheScope() throws Exception {
        RequestPostProcessor district = officer(Role.DISTRICT, province.districtB.code());
        String word = text(paper(district, "docx"));
        assertThat(word).contains("UBND XÃ THỬ", "Số: 15/DS-UBND", String.format("Bắc Kạn, ngày %02d tháng %02d năm %d", today.getDayOfMonth(),
                today.getMonthValue(), today.getYear()), "DANH SÁCH ĐỀ NGHỊ NÂNG BẬC LƯƠNG", "Thông tư số 08/2013/TT-BNV", "Hà Văn Lương",
                "bậc 3 lên bậc 4", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").doesNotContain("{{", "Vi Thị Ngoài");

        byte[] pdf = paper(district, "pdf");
        PdfReader reader = new PdfReader(pdf);
        String printed = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(printed).contains("Hà Văn Lương", "15/DS-UBND").doesNotContain("Vi Thị Ngoài");

        RequestPostProcessor otherCommune = officer(Role.COMMUNE, province.communeB2.code());
        assertThat(text(paper(otherCommune, "docx"))).as("a unit outside the scope is replaced by the officer's own")
                .doesNotContain("Hà Văn Lương").contains("Vi Thị Ngoài");
    }

    @Test
    void anAdministratorsTemplateReplacesTheBuiltInOneAndANonTemplateIsRefused() throws Exception {
        RequestPostProcessor admin = user(accounts.loadUserByUsername("admin"));
        RequestPostProcessor district = officer(Role.DISTRICT, province.districtB.code());
        byte[] own;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("MẪU CỦA TỈNH số {{SO}}");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("{{HO_TEN}}");
            table.getRow(0).getCell(1).setText("{{NGAY_DEN_HAN}}");
            doc.write(out);
            own = out.toByteArray();
        }
        mvc.perform(multipart("/quan-tri/mau-van-ban/NANG_LUONG").file(new MockMultipartFile("tep", "mau.docx", "application/octet-stream", own))
                .with(admin).with(csrf()));
        String word = text(paper(district, "docx"));
        assertThat(word).contains("MẪU CỦA TỈNH số 15/DS-UBND", "Hà Văn Lương").doesNotContain("CỘNG HÒA");

        String refused = mvc.perform(multipart("/quan-tri/mau-van-ban/NANG_LUONG")
                        .file(new MockMultipartFile("tep", "virus.docx", "application/octet-stream", "MZ not a word file".getBytes()))
                        .with(admin).with(csrf()))
                .andReturn().getFlashMap().get("problem").toString();
        assertThat(refused).contains("không phải tệp Word");
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Không có bảng");
            doc.write(out);
            assertThat(mvc.perform(multipart("/quan-tri/mau-van-ban/NANG_LUONG")
                            .file(new MockMultipartFile("tep", "mau.docx", "application/octet-stream", out.toByteArray())).with(admin).with(csrf()))
                    .andReturn().getFlashMap().get("problem").toString()).contains("{{HO_TEN}}");
        }
        assertThat(text(paper(district, "docx"))).as("the refused files changed nothing").contains("MẪU CỦA TỈNH");

        mvc.perform(post("/quan-tri/mau-van-ban/NANG_LUONG/mac-dinh").with(admin).with(csrf()));
        assertThat(text(paper(district, "docx"))).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").doesNotContain("MẪU CỦA TỈNH");
    }
}
