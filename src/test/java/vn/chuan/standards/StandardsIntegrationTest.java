package vn.chuan.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;
import vn.chuan.support.OnTheDayWritten;

@Tag("db")
@OnTheDayWritten
@SpringBootTest
@AutoConfigureMockMvc
class StandardsIntegrationTest {

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    Standards standards;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("S"));
    }

    @Test
    void theSeededSetsAreInForceOnTheirDates() {
        assertThat(standards.inForceOn(LocalDate.of(2012, 12, 31))).get().extracting(StandardSet::code).isEqualTo("QD04_2004");
        assertThat(standards.inForceOn(LocalDate.of(2021, 6, 1))).get().extracting(StandardSet::code).isEqualTo("TT13_2019");
        assertThat(standards.inForceOn(LocalDate.of(2026, 1, 1))).get().extracting(StandardSet::code).isEqualTo("ND33_2023");
    }

    @Test
    void theVerdictOfEveryPastDayIsWhatTheSetInForceThatDayGivesForWhatWasHeldThen() {
        PersonId id = province.person("Lê Văn Theo Năm", province.communeB1, StaffCategory.CB, "CT_UBND", LocalDate.of(2010, 1, 1));
        province.grant(id, Dimension.GENERAL_EDUCATION, "THPT", LocalDate.of(1998, 6, 1));
        province.grant(id, Dimension.POLITICAL_THEORY, "SO_CAP", LocalDate.of(2012, 3, 1));
        province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2016, 6, 30));
        province.grant(id, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2024, 9, 15));
        registry.assign(TestProvince.EVERYTHING, id, new NewAssignment(province.communeB2.id(), StaffCategory.CC, "VP_TK",
                LocalDate.of(2021, 3, 1), AssignmentReason.BO_NHIEM, PostKind.KIEM_NHIEM));
        PersonRecord person = registry.get(TestProvince.EVERYTHING, id);

        List<DatedVerdict> periods = standards.datedVerdicts(person, unit -> units.find(unit).map(Unit::difficultArea).orElse(false));

        assertThat(periods.get(0).from()).as("from the principal post's first day").isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(periods.get(periods.size() - 1).to()).as("open while the post is").isNull();
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).from()).isEqualTo(periods.get(i - 1).to().plusDays(1));
            assertThat(List.of(periods.get(i).verdict(), periods.get(i).gapCodes())).as("joined where nothing changes")
                    .isNotEqualTo(List.of(periods.get(i - 1).verdict(), periods.get(i - 1).gapCodes()));
        }
        assertThat(periods).extracting(DatedVerdict::verdict).contains(Verdict.DAT, Verdict.CHUA_DAT);
        for (LocalDate day = LocalDate.of(2010, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            LocalDate on = day;
            Assessment assessment = standards.inForceOn(on).map(set -> standards.assess(person, set, on)).orElse(Assessment.NOT_APPLICABLE);
            DatedVerdict period = periods.stream().filter(p -> !p.from().isAfter(on) && (p.to() == null || !p.to().isBefore(on)))
                    .findFirst().orElseThrow();
            assertThat(List.of(period.verdict(), period.gapCodes())).as("on %s", on).isEqualTo(List.of(assessment.verdict(),
                    assessment.gaps().stream().map(Assessment.Gap::code).distinct().sorted().toList()));
        }
    }

    @Test
    void aPersonIsReassessedTheMomentAQualificationChanges() {
        PersonId id = province.person("Trần Văn Chủ Tịch", province.communeB1, StaffCategory.CB, "CT_UBND", LocalDate.of(2020, 1, 1));
        province.grant(id, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", null);
        long theory = province.grant(id, Dimension.POLITICAL_THEORY, "SO_CAP", null);

        assertThat(registry.standingOf(id)).get().satisfies(s -> {
            assertThat(s.verdict()).isEqualTo("CHUA_DAT");
            assertThat(s.gaps()).containsExactly("Lý luận chính trị: cần Trung cấp trở lên, hiện có Sơ cấp",
                    "Hạn đạt chuẩn: 01/08/2028 (NĐ 33/2023/NĐ-CP Điều 38: 5 năm kể từ 01/8/2023 để đạt chuẩn; sau đó nghỉ hưu "
                            + "nếu đủ điều kiện, nếu không thì tinh giản biên chế)");
            assertThat(s.gapCodes()).containsExactly("POLITICAL_THEORY");
        });
        UserScope scope = UserScope.of(province.province, false);
        PersonSearch lacking = new PersonSearch(null, null, null, null, List.of(), LocalDate.now(clock), 0, 25, null, "POLITICAL_THEORY");
        assertThat(registry.search(scope, lacking).total()).isEqualTo(1);

        registry.correctQualification(TestProvince.EVERYTHING, id, theory, 0, new QualificationDetails(
                Dimension.POLITICAL_THEORY, Dimension.POLITICAL_THEORY.level("TRUNG_CAP"), null, null, null, null));

        assertThat(registry.standingOf(id)).get().satisfies(s -> assertThat(s.verdict()).isEqualTo("DAT"));
        assertThat(registry.search(scope, lacking).total()).isZero();
    }

    @Test
    void aDifficultAreaLowersTheProfessionalLevelRequired() {
        PersonId id = province.person("Lò Văn Khó", province.communeB2, StaffCategory.CC, "VP_TK", LocalDate.of(2020, 1, 1));
        province.grant(id, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(id, Dimension.PROFESSIONAL, "TRUNG_CAP", null);
        assertThat(registry.standingOf(id).orElseThrow().verdict()).isEqualTo("CHUA_DAT");

        transaction.executeWithoutResult(s -> {
            // Read first in the same transaction: the re-assessment must see the unit as changed, not as read.
            assertThat(units.get(province.communeB2.id()).difficultArea()).isFalse();
            units.describe(province.communeB2.id(), province.communeB2.name(), province.communeB2.communeType(), true);
        });

        assertThat(registry.standingOf(id).orElseThrow().verdict()).isEqualTo("DAT");
    }

    @Test
    void theStandardsPageCountsByTitleWithLinksAndAnOlderSetGivesWhatIfFigures() throws Exception {
        PersonId met = province.person("Đạt Chuẩn", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2020, 1, 1));
        province.grant(met, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(met, Dimension.PROFESSIONAL, "DAI_HOC", null);
        PersonId unmet = province.person("Chưa Đạt", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2020, 1, 1));
        province.grant(unmet, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(unmet, Dimension.PROFESSIONAL, "TRUNG_CAP", null);
        accounts.create(new NewUserAccount(province.province.code() + "t", "Sở", "matkhau-1", Role.PROVINCE, province.province.code()));
        var officer = accounts.loadUserByUsername(province.province.code() + "t");

        mvc.perform(get("/chuan-hoa").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Văn phòng - thống kê")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*chuan=DAT\"[^>]*>1</a>.*")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*chuan=CHUA_DAT\"[^>]*>1</a>.*")))
                .andExpect(content().string(Matchers.containsString("50,00%")))
                .andExpect(content().string(Matchers.containsString("&quot;categories&quot;:[&quot;Văn phòng - thống kê&quot;]")));
        long qd04 = standards.sets().stream().filter(s -> s.code().equals("QD04_2004")).findFirst().orElseThrow().id();
        mvc.perform(get("/chuan-hoa").param("boTieuChuan", String.valueOf(qd04)).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("Giả định")))
                .andExpect(content().string(Matchers.containsString("100,00%")));
        mvc.perform(get("/chuan-hoa/danh-sach").param("boTieuChuan", String.valueOf(qd04)).param("chuan", "DAT")
                        .param("donVi", String.valueOf(province.province.id().value())).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("2 người")))
                .andExpect(content().string(Matchers.containsString("Chưa Đạt")));
        mvc.perform(get("/chuan-hoa/bo-tieu-chuan/" + qd04).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("QĐ 04/2004/QĐ-BNV")))
                .andExpect(content().string(Matchers.containsString("Trình độ văn hóa: Trung học phổ thông trở lên")));
        mvc.perform(get("/can-bo/" + unmet.value()).with(user(officer)))
                .andExpect(content().string(Matchers.containsString("Chưa đạt chuẩn")))
                .andExpect(content().string(Matchers.containsString("Trình độ chuyên môn: cần Đại học trở lên, hiện có Trung cấp")))
                .andExpect(content().string(Matchers.containsString("theo NĐ 33/2023/NĐ-CP (phiên bản 1)")));
        mvc.perform(get("/chuan-hoa/danh-gia/" + unmet.value()).param("ngay", "2021-06-01").with(user(officer)))
                .andExpect(content().string(Matchers.containsString("Chưa đạt chuẩn")))
                .andExpect(content().string(Matchers.containsString("TT 13/2019/TT-BNV")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Hạn đạt chuẩn"))))
                .andExpect(content().string(Matchers.containsString("Tin học: cần Cơ bản trở lên, chưa có")));
        mvc.perform(get("/chuan-hoa/danh-gia/" + unmet.value()).param("ngay", "2025-01-01").with(user(officer)))
                .andExpect(content().string(Matchers.containsString("Hạn đạt chuẩn: 01/08/2028")));
        mvc.perform(get("/chuan-hoa/danh-gia/" + unmet.value()).param("ngay", "2012-12-31").with(user(officer)))
                .andExpect(content().string(Matchers.containsString("Không giữ chức vụ nào vào ngày này")));
        mvc.perform(get("/chuan-hoa/chuc-danh").with(user(officer)))
                .andExpect(content().string(Matchers.containsString("NĐ 33/2023/NĐ-CP Điều 5 khoản 1")));
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void aSetInForceIsNotEditedButCopiedAsADraftThatCanBeEditedComparedAndPutInForce() throws Exception {
        PersonId id = province.person("Người Thử Bản Nháp", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2020, 1, 1));
        province.grant(id, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", null);
        StandardSet inForce = standards.inForceOn(LocalDate.now(clock)).orElseThrow();
        long criterion = standards.criterionIds(inForce.id()).get(0);
        assertThat(Assertions.catchThrowable(() -> standards.removeCriterion(TestProvince.EVERYTHING, inForce.id(), criterion)))
                .isInstanceOf(InvalidStandardException.class).hasMessageContaining("sao chép thành bản nháp");

        accounts.create(new NewUserAccount(province.province.code() + "x", "Xã", "matkhau-1", Role.COMMUNE, province.communeB1.code()));
        mvc.perform(MockMvcRequestBuilders
                        .post("/chuan-hoa/bo-tieu-chuan/" + inForce.id() + "/sao-chep")
                        .with(user(accounts.loadUserByUsername(province.province.code() + "x")))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
        StandardSet draft = transaction.execute(s -> standards.copyAsDraft(TestProvince.EVERYTHING, inForce.id()));
        assertThat(draft.status()).isEqualTo(StandardSet.Status.DRAFT);
        assertThat(draft.version()).isGreaterThan(inForce.version());
        assertThat(draft.criteria()).hasSameSizeAs(inForce.criteria());
        transaction.executeWithoutResult(s -> standards.addMinimumLevel(TestProvince.EVERYTHING, draft.id(), "VP_TK", "POLITICAL_THEORY", "trung cấp",
                "Kế hoạch thử của tỉnh"));

        assertThat(standards.assess(registry.get(TestProvince.EVERYTHING, id), standards.set(draft.id()).orElseThrow(),
                LocalDate.now(clock)).verdict()).isEqualTo(Verdict.CHUA_DAT);
        assertThat(registry.standingOf(id).orElseThrow().verdict()).as("nothing stored changes").isEqualTo("DAT");

        transaction.executeWithoutResult(s -> standards.putInForce(TestProvince.EVERYTHING, draft.id(), LocalDate.now(clock)));
        assertThat(standards.inForceOn(LocalDate.now(clock))).get().extracting(StandardSet::id).isEqualTo(draft.id());
        assertThat(registry.standingOf(id).orElseThrow().verdict()).isEqualTo("CHUA_DAT");
        assertThat(standards.inForceOn(LocalDate.now(clock).minusDays(1))).get().extracting(StandardSet::id).isEqualTo(inForce.id());
    }
}
