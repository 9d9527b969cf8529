package vn.chuan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.TabularFile;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class PeopleWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;
    PersonId inB1;
    PersonId inB2;
    UserDetails communeOfficer;
    UserDetails viewer;

    @BeforeEach
    void setUp() {
        String prefix = TestProvince.uniquePrefix("W");
        province = TestProvince.create(units, registry, transaction, prefix);
        inB1 = province.person("Nguyễn Văn Tuấn", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        inB2 = province.person("Lý Thị Đào", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        accounts.create(new NewUserAccount(prefix + "xa", "Cán bộ xã", "matkhau-1", Role.COMMUNE, province.communeB1.code()));
        accounts.create(new NewUserAccount(prefix + "xem", "Người xem", "matkhau-1", Role.VIEWER, province.province.code()));
        communeOfficer = accounts.loadUserByUsername(prefix + "xa");
        viewer = accounts.loadUserByUsername(prefix + "xem");
    }

    @Test
    void theListIsInVietnameseOrderByGivenNameWithTheFullNameOrderOneChoiceAway() throws Exception {
        for (String name : List.of("Lý Xuân Bình", "Lý Đức Bình", "Hoàng Văn An", "Hà Thị Ân", "Đỗ Văn Dũng")) {
            province.person(name, province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1));
        }
        String byGivenName = mvc.perform(get("/can-bo").param("donVi", String.valueOf(province.communeB1.id().value()))
                .with(user(communeOfficer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inOrderOfAppearance(byGivenName, "Hoàng Văn An", "Hà Thị Ân", "Lý Đức Bình", "Lý Xuân Bình", "Đỗ Văn Dũng",
                "Nguyễn Văn Tuấn")).isTrue();
        String byFullName = mvc.perform(get("/can-bo").param("donVi", String.valueOf(province.communeB1.id().value()))
                .param("sapXep", "HO_TEN").with(user(communeOfficer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inOrderOfAppearance(byFullName, "Đỗ Văn Dũng", "Hà Thị Ân", "Hoàng Văn An", "Lý Đức Bình", "Lý Xuân Bình",
                "Nguyễn Văn Tuấn")).isTrue();
        assertThat(byFullName).contains("<option value=\"HO_TEN\" selected=\"selected\">Theo họ và tên</option>");
    }

    @Test
    void aUnitOutsideTheScopeInTheAddressIsNamedAndTheScopesOwnListShown() throws Exception {
        String page = mvc.perform(get("/can-bo").param("donVi", String.valueOf(province.communeB2.id().value())).with(user(communeOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đơn vị được hỏi (" + province.communeB2.name() + ") nằm ngoài phạm vi tài khoản của bạn; trang này hiển thị "
                + province.communeB1.name() + ".").contains("Nguyễn Văn Tuấn").doesNotContain("Lý Thị Đào");
        mvc.perform(get("/viec-den-han").param("donVi", "99999999").with(user(communeOfficer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không có đơn vị số 99999999; trang này hiển thị "
                        + province.communeB1.name() + ".")));
        mvc.perform(get("/can-bo").param("donVi", String.valueOf(province.communeB1.id().value())).with(user(communeOfficer)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("scope-notice"))));
    }

    private static boolean inOrderOfAppearance(String html, String... names) {
        int at = -1;
        for (String name : names) {
            int next = html.indexOf(name, at + 1);
            if (next < 0) {
                return false;
            }
            at = next;
        }
        return true;
    }

    @Test
    void anAddressOfARecordThatDoesNotExistAnswersTheNotFoundPageNotAnError() throws Exception {
        for (String address : List.of("/muc-tieu/99999999", "/dao-tao/lop/99999999", "/danh-gia/99999999", "/quy-hoach/99999999",
                "/can-bo/99999999", "/can-bo/khong-phai-so")) {
            mvc.perform(get(address).with(user(communeOfficer))).andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.containsString("Không tìm thấy")));
        }
    }

    @Test
    void aFormSentWithoutAFieldItRequiresIsAnsweredInVietnameseNotAsAnError() throws Exception {
        mvc.perform(multipart("/danh-gia/1/nhap").with(user(communeOfficer)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Yêu cầu thiếu dữ liệu")));
        mvc.perform(post("/tuyen-dung").with(user(communeOfficer)).with(csrf())).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Yêu cầu thiếu dữ liệu")));
    }

    @Test
    void aDateThatCannotBeReadIsSaidToBeSoAndTheListShowsTheDefaultDay() throws Exception {
        // The address loses the date it could not read (it shows the default day), the other criteria stay.
        MvcResult unreadable = mvc.perform(get("/can-bo?q=Nam&ngay=31/02/2020").with(user(communeOfficer)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/can-bo?q=Nam")).andReturn();
        // The sentence waits in the session (the database's, found by its cookie) for the page redirected to.
        mvc.perform(get("/can-bo?q=Nam").cookie(unreadable.getResponse().getCookie("SESSION")).with(user(communeOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không đọc được ngày “31/02/2020”")))
                .andExpect(content().string(Matchers.containsString("value=\"" + Dates.format(Dates.today()) + "\"")));
        mvc.perform(post("/ky-luat-khen-thuong/can-bo/1/khen-thuong").with(user(communeOfficer)).with(csrf())
                        .header("Referer", "http://localhost/can-bo/1").param("hinhThuc", "Giấy khen").param("soQuyetDinh", "1/QĐ")
                        .param("ngay", "31/02/2020").param("coQuan", "UBND"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/can-bo/1"))
                .andExpect(flash().attribute("problem", "Không đọc được ngày “31/02/2020”: hãy nhập dạng ngày/tháng/năm, ví dụ 31/12/2024. "
                        + "Chưa lưu gì."))
                .andExpect(flash().attribute("typedForm", Matchers.hasToString(Matchers.allOf(
                        Matchers.containsString("/ky-luat-khen-thuong/can-bo/1/khen-thuong"), Matchers.containsString("\"Giấy khen\""),
                        Matchers.containsString("\"31/02/2020\""), Matchers.not(Matchers.containsString("_csrf"))))));
        mvc.perform(get("/can-bo").param("ngay", "29/02/2020").with(user(communeOfficer))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Không đọc được ngày"))))
                .andExpect(content().string(Matchers.containsString("value=\"29/02/2020\"")));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/can-bo")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/dang-nhap"));
        mvc.perform(get("/dang-nhap")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mật khẩu")));
        mvc.perform(get("/dang-nhap").param("loi", "sai")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tên đăng nhập hoặc mật khẩu không đúng")));
        // Whatever the reason in the address, the same sentence: the page tells no one which names exist.
        mvc.perform(get("/dang-nhap").param("loi", "khoa")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tên đăng nhập hoặc mật khẩu không đúng")));
    }

    @Test
    void aCommuneOfficerListsOnlyTheirCommuneAndSearchesWithoutDiacritics() throws Exception {
        mvc.perform(get("/can-bo").param("q", "nguyen van tuan").with(user(communeOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nguyễn Văn Tuấn")));
        mvc.perform(get("/can-bo").param("q", "dao").with(user(communeOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Lý Thị Đào"))));
    }

    @Test
    void aCommuneOfficerCannotOpenOrChangeAnotherCommunesPersonByUrlOrForm() throws Exception {
        mvc.perform(get("/can-bo/" + inB2.value()).with(user(communeOfficer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy hồ sơ")))
                .andExpect(content().string(Matchers.containsString("Đăng xuất")));
        mvc.perform(post("/can-bo/" + inB2.value() + "/trinh-do/moi").with(user(communeOfficer)).with(csrf())
                        .param("dimension", "IT").param("levelCode", "NANG_CAO"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/can-bo/" + inB2.value() + "/sua").with(user(communeOfficer)).with(csrf())
                        .param("code", "X").param("fullName", "Đổi tên").param("birthDate", "1980-05-17")
                        .param("gender", "NU").param("ethnicity", "Kinh").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(registry.get(TestProvince.EVERYTHING, inB2).fullName()).isEqualTo("Lý Thị Đào");
        assertThat(registry.get(TestProvince.EVERYTHING, inB2).qualifications()).isEmpty();
    }

    @Test
    void aMistypedAddressGetsAVietnamesePageNotATechnicalOne() throws Exception {
        mvc.perform(get("/khong-co-trang-nay").with(user(viewer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy trang")));
        mvc.perform(get("/can-bo/abc").with(user(viewer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy trang")));
    }

    @Test
    void aViewerReadsButCannotPost() throws Exception {
        mvc.perform(get("/can-bo/" + inB1.value()).with(user(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nguyễn Văn Tuấn")));
        mvc.perform(post("/can-bo/" + inB1.value() + "/trinh-do/moi").with(user(viewer)).with(csrf())
                        .param("dimension", "IT").param("levelCode", "NANG_CAO"))
                .andExpect(status().isForbidden());
        assertThat(registry.get(TestProvince.EVERYTHING, inB1).qualifications()).isEmpty();
    }

    @Test
    void aQualificationCorrectedThroughTheFormShowsInTheRecordsHistory() throws Exception {
        long q = province.grant(inB1, Dimension.POLITICAL_THEORY, "SO_CAP", LocalDate.of(2012, 1, 1));
        mvc.perform(post("/can-bo/" + inB1.value() + "/trinh-do/" + q + "/sua").with(user(communeOfficer)).with(csrf())
                        .param("dimension", "POLITICAL_THEORY").param("levelCode", "TRUNG_CAP")
                        .param("acquiredOn", "2012-01-01").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/can-bo/" + inB1.value()).with(user(communeOfficer)))
                .andExpect(content().string(Matchers.containsString("Sửa trình độ Lý luận chính trị")))
                .andExpect(content().string(Matchers.containsString("<del>Sơ cấp</del>")));
    }

    @Test
    void invalidFormInputIsShownNextToTheFieldInVietnameseAndChangesNothing() throws Exception {
        mvc.perform(post("/can-bo/" + inB1.value() + "/trinh-do/moi").with(user(communeOfficer)).with(csrf())
                        .param("dimension", "PROFESSIONAL").param("levelCode", "DAI_HOC").param("acquiredOn", "31/02/2020"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "acquiredOn"))
                .andExpect(content().string(Matchers.containsString("Ngày không hợp lệ")));
        mvc.perform(post("/can-bo/moi").with(user(communeOfficer)).with(csrf())
                        .param("code", "").param("fullName", "Người Mới").param("birthDate", "1990-01-01")
                        .param("gender", "NAM").param("ethnicity", "Kinh"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code"))
                .andExpect(content().string(Matchers.containsString("Mã cán bộ không được để trống")));
        assertThat(registry.get(TestProvince.EVERYTHING, inB1).qualifications()).isEmpty();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithAClearMessage() throws Exception {
        var first = post("/can-bo/" + inB1.value() + "/sua").with(user(communeOfficer)).with(csrf())
                .param("code", registry.get(TestProvince.EVERYTHING, inB1).code()).param("fullName", "Nguyễn Văn Tuấn Anh")
                .param("birthDate", "1980-05-17").param("gender", "NAM").param("ethnicity", "Kinh").param("version", "0");
        mvc.perform(first).andExpect(status().is3xxRedirection());
        var second = post("/can-bo/" + inB1.value() + "/sua").with(user(communeOfficer)).with(csrf())
                .param("code", registry.get(TestProvince.EVERYTHING, inB1).code()).param("fullName", "Nguyễn Tuấn")
                .param("birthDate", "1980-05-17").param("gender", "NAM").param("ethnicity", "Kinh").param("version", "0");
        mvc.perform(second).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác thay đổi")));
        assertThat(registry.get(TestProvince.EVERYTHING, inB1).fullName()).isEqualTo("Nguyễn Văn Tuấn Anh");
    }

    @Test
    void theUnitTreeCountsPeopleOfEachUnitAndItsSubtreeAsOfADate() throws Exception {
        UserDetails provinceOfficer = provinceOfficer();
        mvc.perform(get("/don-vi").param("ngay", "2024-01-01").with(user(provinceOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Huyện Đông")))
                .andExpect(content().string(Matchers.containsString("Xã Bằng Phúc")))
                .andExpect(content().string(Matchers.containsString("Thị trấn Bằng Lũng")));
        mvc.perform(get("/don-vi").param("ngay", "2026-01-01").with(user(provinceOfficer)))
                .andExpect(content().string(Matchers.containsString("Xã Nghĩa Tá Mới")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Huyện Đông"))));
    }

    @Test
    void onlyAnAdministratorMarksACommuneAsADifficultArea() throws Exception {
        String path = "/don-vi/" + province.communeB2.id().value() + "/vung-kho-khan";
        mvc.perform(post(path).param("difficult", "true").with(user(provinceOfficer())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(units.get(province.communeB2.id()).difficultArea()).isFalse();
        mvc.perform(post(path).param("difficult", "true").with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(units.get(province.communeB2.id()).difficultArea()).isTrue();
    }

    @Test
    void theDataQualityPageListsFindingsWithLinksToTheRecords() throws Exception {
        mvc.perform(get("/chat-luong-du-lieu").with(user(provinceOfficer())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa có số CCCD")))
                .andExpect(content().string(Matchers.containsString("/can-bo/" + inB1.value())));
        mvc.perform(get("/chat-luong-du-lieu").with(user(communeOfficer)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/can-bo/" + inB2.value() + "\""))));
    }

    @Test
    void theDataQualityFindingsDownloadAsAWorkbookOfTheUnitsInScope() throws Exception {
        byte[] workbook = mvc.perform(get("/chat-luong-du-lieu.xlsx").with(user(communeOfficer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("chat-luong-du-lieu")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        TabularFile.read(new ByteArrayInputStream(workbook), "q.xlsx", (n, cells) -> rows.add(cells));
        assertThat(rows.get(0)).containsExactly("Mã quy tắc", "Quy tắc", "Mã cán bộ", "Họ và tên", "Đơn vị", "Chi tiết");
        String tuan = registry.get(TestProvince.EVERYTHING, inB1).code();
        String dao = registry.get(TestProvince.EVERYTHING, inB2).code();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("THIEU_CCCD", "Chưa có số CCCD", tuan));
        assertThat(rows).noneSatisfy(row -> assertThat(row).contains(dao));
    }

    private UserDetails provinceOfficer() {
        String name = "tinh" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new NewUserAccount(name, "Sở Nội vụ", "matkhau-1", Role.PROVINCE, province.province.code()));
        return accounts.loadUserByUsername(name);
    }
}
