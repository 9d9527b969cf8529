package vn.chuan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.chuan.imports.ImportAnalysis;
import vn.chuan.imports.ImportProgress;
import vn.chuan.imports.ImportResult;
import vn.chuan.imports.PeopleImport;
import vn.chuan.imports.RowError;
import vn.chuan.imports.RowPlan;
import vn.chuan.reports.QualityColumn;
import vn.chuan.reports.Reports;
import vn.chuan.security.ApiClients;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * Concurrent posts (kiêm nhiệm): a commune's Party secretary who also chairs the People's Council
 * holds both posts at once; counted once (by the principal post), found under each title held,
 * not a data error; a new principal post ends only the principal one.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentPostsTest {

    private static final LocalDate SINCE = LocalDate.of(2021, 6, 1);

    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataQuality quality;
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleImport importer;
    @Autowired
    ApiClients clients;
    @Autowired
    vn.chuan.standards.Standards standards;

    TestProvince province;
    PersonId secretary;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("K"));
        secretary = province.person("Hoàng Văn Thắng", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2020, 10, 1));
        province.person("Nông Thị Mai", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2018, 1, 1));
        registry.assign(TestProvince.EVERYTHING, secretary, new NewAssignment(province.communeB1.id(), StaffCategory.CB, "CT_HDND", SINCE,
                AssignmentReason.BAU_CU, PostKind.KIEM_NHIEM));
    }

    @Test
    void theSecretaryHoldsBothPostsAndIsCountedOnceButFoundUnderEachTitle() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        PersonRecord record = registry.get(TestProvince.EVERYTHING, secretary);
        assertThat(record.assignmentOn(today)).map(Assignment::titleCode).hasValue("BI_THU_DU");
        assertThat(record.postsOn(today)).extracting(Assignment::titleCode, Assignment::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BI_THU_DU", PostKind.CHINH),
                        org.assertj.core.groups.Tuple.tuple("CT_HDND", PostKind.KIEM_NHIEM));

        UserScope commune = UserScope.of(province.communeB1, false);
        assertThat(registry.search(commune, PersonSearch.fromParameters(Map.of(), today)).total()).as("people of the commune").isEqualTo(2);
        assertThat(registry.search(commune, PersonSearch.fromParameters(Map.of("chucDanh", "CT_HDND"), today)).items())
                .extracting(PersonSummary::fullName).containsExactly("Hoàng Văn Thắng");
        assertThat(registry.search(commune, PersonSearch.fromParameters(Map.of("chucDanh", "BI_THU_DU"), today)).items())
                .extracting(PersonSummary::fullName).containsExactly("Hoàng Văn Thắng");
        assertThat(reports.quality(commune, province.communeB1, today).total().count(QualityColumn.TOTAL))
                .as("the quality form counts a person once").isEqualTo(2);
        assertThat(quality.check(commune, Optional.empty(), today, 100).results()).filteredOn(r -> r.rule().code().equals("HAI_CHUC_VU"))
                .singleElement().satisfies(r -> assertThat(r.count()).as("a concurrent post is not a data error").isZero());
    }

    /** Chuẩn hóa: the category's line counts persons once, each title's line every post held (the secretary under both titles). */
    @Test
    void theStandardsOverviewCountsThePersonOnceAndEachTitleHeld() throws Exception {
        String officer = "cd" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/chuan-hoa").param("donVi", String.valueOf(province.communeB1.id().value()))
                        .with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(overviewTotal(page, "data-title=\"BI_THU_DU\"")).as("the secretary's principal title").isEqualTo(1);
        assertThat(overviewTotal(page, "data-title=\"CT_HDND\"")).as("the council chair, held concurrently").isEqualTo(1);
        assertThat(overviewTotal(page, "class=\"table-light fw-semibold\"")).as("cadres, counted once each").isEqualTo(1);
    }

    private static int overviewTotal(String page, String rowMark) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(rowMark)
                + "[^>]*>\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>\\s*<a[^>]*>(\\d+)</a>").matcher(page);
        assertThat(row.find()).as("a row " + rowMark).isTrue();
        return Integer.parseInt(row.group(1));
    }

    /** The standards of every title held: a vice-chairman who meets his own falls short as the commune's justice officer too. */
    @Test
    void theStandardsOfEveryTitleHeldAreCheckedAndAGapNamesItsPost() {
        PersonId vice = province.person("Sầm Văn Hưng", province.communeB2, StaffCategory.CB, "PCT_UBND", LocalDate.of(2021, 1, 1));
        province.grant(vice, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(vice, Dimension.PROFESSIONAL, "DAI_HOC", null);
        province.grant(vice, Dimension.POLITICAL_THEORY, "TRUNG_CAP", null);
        assertThat(registry.standingOf(vice)).map(PersonStanding::verdict).hasValue("DAT");

        registry.assign(TestProvince.EVERYTHING, vice, new NewAssignment(province.communeB2.id(), StaffCategory.CC, "TP_HT",
                LocalDate.of(2025, 7, 1), AssignmentReason.BO_NHIEM, PostKind.KIEM_NHIEM));

        PersonStanding standing = registry.standingOf(vice).orElseThrow();
        assertThat(standing.verdict()).isEqualTo("CHUA_DAT");
        assertThat(standing.gaps()).anySatisfy(gap -> assertThat(gap).startsWith("Tư pháp - hộ tịch — Chuyên ngành: cần ngành phù hợp (luật)"))
                .noneSatisfy(gap -> assertThat(gap).startsWith("Phó Chủ tịch"));

        // A training plan's what-if judges every title held too: the same levels leave the justice post unmet.
        PersonRecord record = registry.get(TestProvince.EVERYTHING, vice);
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThat(standards.verdictWith(record, record.assignmentOn(day).orElseThrow(), false, record.levelsOn(day), day))
                .isEqualTo(vn.chuan.standards.Verdict.CHUA_DAT);

        // A past date judges the posts held then, from the dated history: met before the concurrent post, unmet with it.
        UserScope commune = UserScope.of(province.communeB2, false);
        assertThat(reports.quality(commune, province.communeB2, LocalDate.of(2025, 6, 30)).total().count(QualityColumn.DAT_CHUAN))
                .as("before the concurrent post").isEqualTo(1);
        var withIt = reports.quality(commune, province.communeB2, LocalDate.of(2026, 1, 1)).total();
        assertThat(withIt.count(QualityColumn.CHUA_DAT_CHUAN)).as("with the concurrent post, as today's verdict says").isEqualTo(1);
        assertThat(withIt.count(QualityColumn.TOTAL)).as("still one person").isEqualTo(1);
    }

    @Test
    void aConcurrentPostNeedsAPrincipalOneAndATitleIsHeldOnceAtATime() {
        assertThatThrownBy(() -> registry.assign(TestProvince.EVERYTHING, secretary, new NewAssignment(province.communeB1.id(),
                StaffCategory.CB, "CT_HDND", LocalDate.of(2024, 1, 1), AssignmentReason.BAU_CU, PostKind.KIEM_NHIEM)))
                .isInstanceOf(InvalidPersonDataException.class)
                .hasMessage("Đang giữ chức danh Chủ tịch Hội đồng nhân dân tại Thị trấn Bằng Lũng (kiêm nhiệm)");
        assertThatThrownBy(() -> registry.assign(TestProvince.EVERYTHING, secretary, new NewAssignment(province.communeB1.id(),
                StaffCategory.CB, "CT_MTTQ", LocalDate.of(2019, 1, 1), AssignmentReason.BAU_CU, PostKind.KIEM_NHIEM)))
                .isInstanceOf(InvalidPersonDataException.class)
                .hasMessage("Chức vụ kiêm nhiệm cần một chức vụ chính vào ngày 01/01/2019");
        assertThat(registry.get(TestProvince.EVERYTHING, secretary).assignments()).hasSize(2);
    }

    @Test
    void aNewPrincipalPostEndsThePrincipalOneAndKeepsTheConcurrentOne() {
        LocalDate moved = LocalDate.of(2025, 7, 1);
        registry.assign(TestProvince.EVERYTHING, secretary, new NewAssignment(province.communeB1.id(), StaffCategory.CB, "CT_UBND", moved,
                AssignmentReason.BO_NHIEM));
        PersonRecord record = registry.get(TestProvince.EVERYTHING, secretary);
        assertThat(record.postsOn(moved)).extracting(Assignment::titleCode).containsExactly("CT_UBND", "CT_HDND");
        assertThat(record.assignments()).filteredOn(a -> a.titleCode().equals("BI_THU_DU")).singleElement()
                .satisfies(a -> assertThat(a.endedOn()).isEqualTo(moved.minusDays(1)));
    }

    /** The interchange column "Chức danh kiêm nhiệm": created, added to a known person, unchanged the second time, exported. */
    @Test
    void aListWithConcurrentTitlesCreatesAndAddsThemOnceAndTheExportWritesThemBack() throws Exception {
        String header = "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Mã đơn vị,Loại,Chức danh,Chức danh kiêm nhiệm,Ngày bắt đầu\n";
        String code = province.province.code() + "-KN1";
        String secretaryCode = registry.get(TestProvince.EVERYTHING, secretary).code();
        String csv = header
                + code + ",Lường Thị Hoa,02/03/1985,Nữ,Thái," + province.communeB2.code() + ",CB,Phó Chủ tịch UBND,"
                + "Chủ tịch Ủy ban Mặt trận Tổ quốc; Chỉ huy trưởng Ban Chỉ huy Quân sự,01/07/2025\n"
                + secretaryCode + ",Hoàng Văn Thắng,17/05/1980,Nam,Kinh," + province.communeB1.code() + ",CB,Bí thư Đảng ủy,"
                + "Chủ tịch Hội đồng nhân dân; Chủ tịch Ủy ban Mặt trận Tổ quốc,01/10/2020\n";
        ImportResult first = importer.apply(TestProvince.EVERYTHING, analyse(csv), false, ImportProgress.NONE);
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.updated()).as("the secretary gains the Front's chair").isEqualTo(1);
        LocalDate today = LocalDate.of(2026, 1, 1);
        assertThat(registry.findByCodes(List.of(code)).get(code).postsOn(today)).extracting(Assignment::titleCode, Assignment::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PCT_UBND", PostKind.CHINH),
                        org.assertj.core.groups.Tuple.tuple("CT_MTTQ", PostKind.KIEM_NHIEM),
                        org.assertj.core.groups.Tuple.tuple("CHT_QS", PostKind.KIEM_NHIEM));
        assertThat(registry.get(TestProvince.EVERYTHING, secretary).postsOn(today)).extracting(Assignment::titleCode)
                .containsExactly("BI_THU_DU", "CT_MTTQ", "CT_HDND");

        ImportAnalysis again = analyse(csv);
        assertThat(again.count(RowPlan.Action.UNCHANGED)).as("the same list again changes nothing").isEqualTo(2);

        ImportAnalysis wrong = analyse(header + code + ",Lường Thị Hoa,02/03/1985,Nữ,Thái," + province.communeB2.code()
                + ",CB,Phó Chủ tịch UBND,Phó Chủ tịch UBND; Trưởng ban vũ trụ,01/07/2025\n");
        assertThat(wrong.errors()).extracting(RowError::message).anySatisfy(m -> assertThat(m).contains("đã có trong dòng này"))
                .anySatisfy(m -> assertThat(m).contains("không có trong danh mục chức danh"));

        String officer = "xk" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        String exported = mvc.perform(get("/can-bo/xuat").param("dinhDang", "csv").with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(exported).contains("Chức danh kiêm nhiệm")
                .contains("Chủ tịch Ủy ban Mặt trận Tổ quốc; Chỉ huy trưởng Ban Chỉ huy Quân sự")
                .contains("Chủ tịch Ủy ban Mặt trận Tổ quốc; Chủ tịch Hội đồng nhân dân");
    }

    private ImportAnalysis analyse(String csv) {
        return importer.analyse(TestProvince.EVERYTHING, new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "ds.csv", ImportProgress.NONE);
    }

    /** A concurrent post left open after the principal post ended (by an old import, by hand in the database) is a data error. */
    @Test
    void aConcurrentPostWithoutAPrincipalOneIsFlagged() {
        Assignment principal = registry.get(TestProvince.EVERYTHING, secretary).assignmentOn(SINCE).orElseThrow();
        registry.endAssignment(TestProvince.EVERYTHING, secretary, principal.id(), principal.version(), LocalDate.of(2025, 12, 31),
                AssignmentReason.DIEU_DONG);
        UserScope district = UserScope.of(province.districtB, false);
        assertThat(quality.check(district, Optional.empty(), LocalDate.of(2026, 1, 1), 100).results())
                .filteredOn(r -> r.rule().code().equals("KIEM_NHIEM_KHONG_CHINH")).singleElement()
                .satisfies(r -> assertThat(r.shown()).extracting(QualityFinding::fullName, QualityFinding::detail)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Hoàng Văn Thắng",
                                "Kiêm nhiệm Chủ tịch Hội đồng nhân dân, không có chức vụ chính")));
    }

    @Test
    void retiringFromThePrincipalPostEndsTheConcurrentOneTheSameDay() {
        Assignment principal = registry.get(TestProvince.EVERYTHING, secretary).assignmentOn(SINCE).orElseThrow();
        LocalDate retired = LocalDate.of(2026, 5, 31);
        registry.endAssignment(TestProvince.EVERYTHING, secretary, principal.id(), principal.version(), retired, AssignmentReason.NGHI_HUU);
        assertThat(registry.get(TestProvince.EVERYTHING, secretary).assignments()).allSatisfy(a -> {
            assertThat(a.endedOn()).isEqualTo(retired);
            assertThat(a.endReason()).isEqualTo(AssignmentReason.NGHI_HUU);
        });
    }

    /** Through the API: a post sent with kind KIEM_NHIEM is held beside the principal one, and reads back with its kind. */
    @Test
    void aProgramAddsAConcurrentPostThroughTheApi() throws Exception {
        String token = clients.create("Một cửa " + province.province.code(), province.communeB1.code(), true, "test").token();
        mvc.perform(post("/api/v1/people/" + secretary.value() + "/assignments").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"unit":"%s","category":"CB","title":"CT_MTTQ","startedOn":"2025-07-01","reason":"BAU_CU","kind":"KIEM_NHIEM"}
                                """.formatted(province.communeB1.code())))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/people/" + secretary.value() + "/assignments").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"unit":"%s","category":"CB","title":"CT_HND","startedOn":"2025-07-01","reason":"BAU_CU","kind":"PHU"}
                                """.formatted(province.communeB1.code())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(get("/api/v1/people/" + secretary.value()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignments[?(@.titleCode == 'CT_MTTQ')].kind").value("KIEM_NHIEM"))
                .andExpect(jsonPath("$.assignments[?(@.titleCode == 'BI_THU_DU' && @.endedOn == null)].kind").value("CHINH"));
        assertThat(registry.get(TestProvince.EVERYTHING, secretary).assignmentOn(LocalDate.of(2026, 1, 1))).map(Assignment::titleCode)
                .hasValue("BI_THU_DU");
    }

    @Test
    void theOfficerAddsAConcurrentPostOnThePersonPageAndSeesItMarked() throws Exception {
        PersonId vice = province.person("Lường Văn Tú", province.communeB2, StaffCategory.CB, "PCT_UBND", LocalDate.of(2021, 1, 1));
        String officer = "kn" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT, province.districtB.code()));
        mvc.perform(post("/can-bo/" + vice.value() + "/cong-tac/moi").with(user(accounts.loadUserByUsername(officer))).with(csrf())
                        .param("unitId", String.valueOf(province.communeB2.id().value())).param("category", "CC").param("titleCode", "CHT_QS")
                        .param("startedOn", "01/03/2024").param("reason", "BO_NHIEM").param("kind", "KIEM_NHIEM")
                        .param("decision", "QĐ 45/QĐ-UBND"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/can-bo/" + vice.value()));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/can-bo/" + vice.value()).with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Chỉ huy trưởng Ban Chỉ huy Quân sự").contains("Kiêm nhiệm").contains("QĐ 45/QĐ-UBND");
        String list = HtmlUtils.htmlUnescape(mvc.perform(get("/can-bo").param("q", "Lường Văn Tú").with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list).contains("kiêm nhiệm: Chỉ huy trưởng Ban Chỉ huy Quân sự");
        assertThat(registry.get(TestProvince.EVERYTHING, vice).assignmentOn(LocalDate.of(2026, 1, 1))).map(Assignment::titleCode)
                .hasValue("PCT_UBND");
    }
}
