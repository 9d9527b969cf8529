package vn.chuan.titles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.imports.ImportAnalysis;
import vn.chuan.imports.ImportProgress;
import vn.chuan.imports.ListDate;
import vn.chuan.imports.PeopleImport;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.shared.GovernmentLevel;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class TitleCatalogueTest {

    @Autowired
    TitleCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleImport importer;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;

    @Test
    void theDatabaseHoldsTheBuiltInTitlesWithTheirCodesUnchanged() {
        List<String> stored = jdbc.sql("select code from position_title where built_in").query(String.class).list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(PositionTitle.BUILT_IN.stream().map(PositionTitle::code).toList());
        assertThat(PositionTitle.byCode("CT_UBND").name()).isEqualTo("Chủ tịch Ủy ban nhân dân");
    }

    @Test
    void aProvincesOwnTitleReadsInAnImportAndARetiredOneOnlyInListsOfItsTime() {
        String p = TestProvince.uniquePrefix("T");
        TestProvince province = TestProvince.create(units, registry, transaction, p);
        String code = "KCT_CAV_" + p.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        String name = "Công an viên " + p;
        catalogue.add(new TitleCatalogue.NewTitle(code, name, StaffCategory.KCT, GovernmentLevel.XA, "CAV " + p,
                "Nghị quyết 12/2023/NQ-HĐND tỉnh", null));
        assertThat(PositionTitle.parse("cav " + p.toLowerCase())).map(PositionTitle::code).contains(code);

        String row = "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh\n"
                + p + "-1,Lò Văn Cường,02/07/1990,Nam,Thái," + province.communeB1.code() + ",KCT," + name + "\n";
        ImportAnalysis today = importer.analyse(TestProvince.EVERYTHING, new ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)),
                "ds.csv", ImportProgress.NONE);
        assertThat(today.errors()).isEmpty();

        catalogue.retire(code, LocalDate.of(2020, 12, 31));
        ImportAnalysis later = importer.analyse(TestProvince.EVERYTHING, new ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)),
                "ds.csv", ImportProgress.NONE);
        assertThat(later.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("chức danh " + name + " đã ngừng dùng sau ngày 31/12/2020 (danh mục chức danh)"));
        ImportAnalysis then = importer.analyse(TestProvince.EVERYTHING, new ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)),
                "ds.csv", new ListDate(LocalDate.of(2016, 12, 31), false, null), ImportProgress.NONE);
        assertThat(then.errors()).as("a list of 2016 still holds it").isEmpty();
    }

    @Test
    void aTitleThatWouldReadAsAnotherIsRefusedNamingIt() {
        assertThatThrownBy(() -> catalogue.add(new TitleCatalogue.NewTitle("CT_UBND_XA", "Chủ tịch UBND xã", StaffCategory.CB,
                GovernmentLevel.XA, "", "NĐ 33/2023", null)))
                .isInstanceOf(InvalidTitleException.class)
                .hasMessage("Mã, tên hoặc tên gọi khác của chức danh mới được đọc thành chức danh đã có: Chủ tịch Ủy ban nhân dân (CT_UBND).");
        assertThatThrownBy(() -> catalogue.add(new TitleCatalogue.NewTitle("VP_TK", "Văn phòng mới", StaffCategory.CC,
                GovernmentLevel.XA, "", "NĐ 33/2023", null))).hasMessage("Mã VP_TK đã có trong danh mục.");
        assertThatThrownBy(() -> catalogue.add(new TitleCatalogue.NewTitle("mã có dấu", "X", StaffCategory.CC,
                GovernmentLevel.XA, "", "NĐ 33/2023", null))).hasMessageStartingWith("Mã chức danh gồm chữ in hoa");
    }

    @Test
    void theAdministratorAddsATitleAnImportDidNotKnowFromItsNameOthersCannot() throws Exception {
        String p = TestProvince.uniquePrefix("W");
        accounts.create(new NewUserAccount(p + "qt", "Quản trị", "matkhau-1", Role.ADMIN, null));
        var admin = accounts.loadUserByUsername(p + "qt");
        String name = "Trưởng thôn " + p;
        mvc.perform(get("/quan-tri/chuc-danh").param("ten", name).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + name + "\"")))
                .andExpect(content().string(Matchers.containsString("chưa có trong danh mục")));
        String code = "KCT_TT_" + p.replaceAll("[^A-Za-z0-9]", "").toUpperCase();
        mvc.perform(post("/quan-tri/chuc-danh").with(user(admin)).with(csrf()).param("code", code).param("name", name)
                        .param("category", "KCT").param("level", "XA").param("aliases", "").param("source", "Nghị quyết 5/2024/NQ-HĐND")
                        .param("validFrom", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(PositionTitle.parse(name)).map(PositionTitle::code).contains(code);
        mvc.perform(post("/quan-tri/chuc-danh").with(user(admin)).with(csrf()).param("code", "X").param("name", "")
                        .param("category", "KCT").param("level", "XA").param("aliases", "").param("source", "").param("validFrom", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mã chức danh gồm chữ in hoa")));

        TestProvince province = TestProvince.create(units, registry, transaction, p);
        // A refused action goes back to the page it was sent from, with the reason; without such a page, the 400 page says it.
        mvc.perform(post("/quan-tri/chuc-danh/" + code + "/ngung").with(user(admin)).with(csrf()).param("ngay", "")
                        .header("Referer", "http://localhost/quan-tri/chuc-danh?ten=x"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/quan-tri/chuc-danh?ten=x"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
                        "Hãy nhập ngày cuối cùng chức danh còn được dùng."));
        mvc.perform(post("/quan-tri/chuc-danh/" + code + "/ngung").with(user(admin)).with(csrf()).param("ngay", "")
                        .header("Referer", "http://elsewhere.example/quan-tri/chuc-danh"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Hãy nhập ngày cuối cùng chức danh còn được dùng.")));
        accounts.create(new NewUserAccount(p + "tinh", "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        mvc.perform(get("/quan-tri/chuc-danh").with(user(accounts.loadUserByUsername(p + "tinh")))).andExpect(status().isForbidden());
    }
}
