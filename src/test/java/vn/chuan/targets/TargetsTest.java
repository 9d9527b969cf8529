package vn.chuan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;
import vn.chuan.support.OnTheDayWritten;

/**
 * Targets over a hand-built district: six commune civil servants, three with a degree (one since
 * 1/6/2024), one of those without it retiring before 2030; values, gaps in people, milestones, the
 * projection with retirements, the traffic light, who is missing and the checks on new indicators.
 */
@Tag("db")
@OnTheDayWritten
@SpringBootTest
@AutoConfigureMockMvc
class TargetsTest {

    private static final String DEGREE = "Công chức cấp xã có trình độ đại học trở lên";

    @Autowired
    Targets targets;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    TestProvince province;
    LocalDate today;
    long degree;
    PersonId retiring;
    PersonId ba;

    @BeforeEach
    void setUp() {
        String prefix = TestProvince.uniquePrefix("T");
        province = TestProvince.create(units, registry, transaction, prefix);
        today = LocalDate.now(clock);
        LocalDate posted = LocalDate.of(2015, 1, 1);
        PersonId p1 = civilServant("Nguyễn Văn Một", Gender.NAM, LocalDate.of(1985, 3, 1), province.communeB1, posted);
        province.grant(p1, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2010, 1, 1));
        province.grant(p1, Dimension.FOREIGN_LANGUAGE, "A2", LocalDate.of(2012, 1, 1));
        province.grant(p1, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(p1, Dimension.IT, "CO_BAN", LocalDate.of(2019, 6, 1));
        PersonId p2 = civilServant("Trần Thị Hai", Gender.NU, LocalDate.of(1988, 3, 1), province.communeB1, posted);
        province.grant(p2, Dimension.PROFESSIONAL, "TRUNG_CAP", LocalDate.of(2008, 1, 1));
        province.grant(p2, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2024, 6, 1));
        PersonId p3 = ba = civilServant("Lò Văn Ba", Gender.NAM, LocalDate.of(1990, 3, 1), province.communeB1, posted);
        province.grant(p3, Dimension.PROFESSIONAL, "TRUNG_CAP", LocalDate.of(2009, 1, 1));
        // Born 10/1/1966, a man reaches 61 years 9 months in 2027: he leaves on 31/10/2027, before 2030.
        retiring = civilServant("Hoàng Văn Bốn", Gender.NAM, LocalDate.of(1966, 1, 10), province.communeB1, posted);
        PersonId p6 = civilServant("Đinh Thị Sáu", Gender.NU, LocalDate.of(1986, 3, 1), province.communeB2, posted);
        province.grant(p6, Dimension.PROFESSIONAL, "THAC_SI", LocalDate.of(2012, 1, 1));
        province.grant(p6, Dimension.ETHNIC_LANGUAGE, "CO_CHUNG_CHI", LocalDate.of(2013, 1, 1));
        province.grant(p6, Dimension.GENERAL_EDUCATION, "THPT", null);
        civilServant("Vi Văn Bảy", Gender.NAM, LocalDate.of(1992, 3, 1), province.communeB2, posted);
        // Not in the population: a cadre, a part-timer, a civil servant of the district itself.
        PersonId cadre = province.person("Cán Bộ Xã", province.communeB1, StaffCategory.CB, "CT_UBND", posted);
        province.grant(cadre, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2010, 1, 1));
        province.person("Không Chuyên Trách", province.communeB2, StaffCategory.KCT, "KCT_KHAC", posted);
        province.person("Chuyên Viên Huyện", province.districtB, StaffCategory.CC, "CHUYEN_VIEN", posted);
        degree = indicatorNamed(DEGREE);
    }

    private PersonId civilServant(String name, Gender gender, LocalDate born, Unit commune, LocalDate from) {
        return registry.register(TestProvince.EVERYTHING, new PersonDetails(province.province.code() + "-" + UUID.randomUUID()
                .toString().substring(0, 8), name, born, gender, "Kinh", null, false, null),
                new NewAssignment(commune.id(), StaffCategory.CC, "VP_TK", from, AssignmentReason.TUYEN_DUNG));
    }

    private long indicatorNamed(String name) {
        return targets.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Target target(long indicator, int threshold, LocalDate deadline, Target.Milestone... milestones) {
        long id = targets.defineTarget(TestProvince.EVERYTHING, new Target.Definition(indicator, null, province.districtB.id().value(),
                BigDecimal.valueOf(threshold), LocalDate.of(2021, 1, 1), deadline, List.of(milestones)));
        return targets.target(id).orElseThrow();
    }

    private TargetProgress progress(Target target) {
        return targets.progressBelow(TestProvince.EVERYTHING, province.districtB, target, today).get(0);
    }

    @Test
    void theValueTheGapInPeopleAndTheHistoryCountTheRecordsOfEachDate() {
        TargetProgress progress = progress(target(degree, 100, LocalDate.of(2030, 12, 31)));

        assertThat(progress.today().population()).isEqualTo(6);
        assertThat(progress.today().meeting()).isEqualTo(3);
        assertThat(progress.value()).isCloseTo(50.0, within(1e-9));
        assertThat(progress.gapPoints()).isCloseTo(50.0, within(1e-9));
        assertThat(progress.gapPeople()).isEqualTo(3);
        assertThat(progress.baseline().count().meeting()).as("Hai's degree came in 2024").isEqualTo(2);
        assertThat(progress.yearEnds()).extracting(TargetProgress.Point::date).startsWith(LocalDate.of(2021, 12, 31))
                .contains(LocalDate.of(2024, 12, 31));
        assertThat(progress.yearEnds()).filteredOn(p -> p.date().getYear() == 2023).singleElement()
                .satisfies(p -> assertThat(p.count().meeting()).isEqualTo(2));
        assertThat(progress.yearEnds()).filteredOn(p -> p.date().getYear() == 2024).singleElement()
                .satisfies(p -> assertThat(p.count().meeting()).isEqualTo(3));

        // A degree recorded now, dated 2022, changes the past year ends on the next view.
        province.grant(ba, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2022, 6, 1));
        assertThat(progress(progress.target()).yearEnds()).filteredOn(p -> p.date().getYear() == 2023).singleElement()
                .satisfies(p -> assertThat(p.count().meeting()).isEqualTo(3));

        TargetProgress ninety = progress(target(degree, 80, LocalDate.of(2030, 12, 31)));
        assertThat(ninety.gapPeople()).as("80% of 6 is 4.8: five must have a degree, four have").isEqualTo(1);
    }

    @Test
    void thePageCountsAllItsTargetsTogetherAsEachAlone() {
        Target hundred = target(degree, 100, LocalDate.of(2030, 12, 31));
        Target early = target(degree, 60, LocalDate.of(2024, 6, 30), new Target.Milestone(2023, BigDecimal.valueOf(40)));

        List<TargetProgress> page = targets.progress(TestProvince.EVERYTHING, province.districtB, today);

        assertThat(page).extracting(p -> p.target().id()).containsExactly(hundred.id(), early.id());
        for (TargetProgress together : page) {
            TargetProgress alone = progress(together.target());
            assertThat(together.history()).isEqualTo(alone.history());
            assertThat(together.status()).isEqualTo(alone.status());
            assertThat(together.projection()).isEqualTo(alone.projection());
        }
        assertThat(targets.progress(TestProvince.EVERYTHING, province.communeB2, today)).as("a district's targets apply to its communes")
                .hasSize(2).allSatisfy(p -> assertThat(p.today().population()).isEqualTo(2));
    }

    @Test
    void eachUnitBelowHasItsOwnFigures() {
        List<TargetProgress> rows = targets.progressBelow(TestProvince.EVERYTHING, province.districtB,
                target(degree, 100, LocalDate.of(2030, 12, 31)), today);

        assertThat(rows).extracting(TargetProgress::unitName).containsExactly("Huyện Tây", "Thị trấn Bằng Lũng", "Xã Yên Mỹ");
        assertThat(rows.get(1).today().population()).isEqualTo(4);
        assertThat(rows.get(1).today().meeting()).isEqualTo(2);
        assertThat(rows.get(2).today().population()).isEqualTo(2);
        assertThat(rows.get(2).gapPeople()).isEqualTo(1);
    }

    @Test
    void theProjectionLeavesOutThoseWhoRetireBeforeTheDeadline() {
        assertThat(RetirementAge.lastDayOfService(LocalDate.of(1966, 1, 10), Gender.NAM)).isEqualTo(LocalDate.of(2027, 10, 31));
        TargetProgress progress = progress(target(degree, 100, LocalDate.of(2030, 12, 31)));

        assertThat(progress.projection().leaving()).isEqualTo(1);
        assertThat(progress.projection().leavingMeeting()).isZero();
        assertThat(progress.projection().valueAfterRetirements()).as("3 of the 5 who stay").isCloseTo(60.0, within(1e-9));
        double years = ChronoUnit.DAYS.between(today, LocalDate.of(2030, 12, 31)) / 365.25;
        assertThat(progress.projection().slopePerYear()).isPositive();
        assertThat(progress.projection().projected()).isCloseTo(60.0 + progress.projection().slopePerYear() * years, within(1e-6));
        assertThat(progress.status()).as("about 75% projected against 100%").isEqualTo(TargetStatus.OFF_TRACK);

        TargetProgress beforeHeRetires = progress(target(degree, 100, LocalDate.of(2027, 6, 30)));
        assertThat(beforeHeRetires.projection().leaving()).isZero();
    }

    @Test
    void milestonesAndTheTrafficLight() {
        TargetProgress missed2023 = progress(target(degree, 60, LocalDate.of(2030, 12, 31),
                new Target.Milestone(2023, BigDecimal.valueOf(40)), new Target.Milestone(2025, BigDecimal.valueOf(50)),
                new Target.Milestone(2029, BigDecimal.valueOf(55))));

        assertThat(missed2023.milestones()).extracting(TargetProgress.MilestoneCheck::met).containsExactly(false, true, null);
        assertThat(missed2023.milestones().get(0).value()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(missed2023.status()).as("the projection reaches 60% but 2023 was missed").isEqualTo(TargetStatus.AT_RISK);
        assertThat(progress(target(degree, 60, LocalDate.of(2030, 12, 31))).status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(progress(target(degree, 50, LocalDate.of(2030, 12, 31))).status()).isEqualTo(TargetStatus.REACHED);
        // Past deadlines are judged on the value of the deadline: 3 of 6 on 30/6/2024.
        assertThat(progress(target(degree, 50, LocalDate.of(2024, 6, 30))).status()).isEqualTo(TargetStatus.REACHED);
        assertThat(progress(target(degree, 60, LocalDate.of(2024, 6, 30))).status()).isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void aConditionWithOrAndTheVerdictOfToday() {
        long languages = targets.defineIndicator(TestProvince.EVERYTHING, new Indicator.Definition("Đại học và ngoại ngữ hoặc tiếng dân tộc "
                + province.province.code(), null, Set.of(StaffCategory.CC), true, Set.of(), null, null,
                "chuyen_mon>=DAI_HOC; ngoai_ngu>=A1 | tieng_dan_toc>=CO_CHUNG_CHI"));
        TargetProgress progress = progress(target(languages, 100, LocalDate.of(2030, 12, 31)));
        assertThat(progress.today().meeting()).as("Một (A2) and Sáu (ethnic language)").isEqualTo(2);

        long standards = targets.defineIndicator(TestProvince.EVERYTHING, new Indicator.Definition("Đạt chuẩn " + province.province.code(),
                null, Set.of(StaffCategory.CC), true, Set.of(), null, null, "dat_chuan"));
        TargetProgress verdicts = progress(target(standards, 100, LocalDate.of(2030, 12, 31)));
        assertThat(verdicts.today().known()).isTrue();
        assertThat(verdicts.today().population()).isEqualTo(6);
        // Today from the kept verdicts, the baseline (1/1/2021, TT 13/2019) assessed from the records of then: each equals
        // the people list of that date filtered by verdict, which assesses person by person.
        assertThat(verdicts.today().meeting()).isEqualTo(meetingStandards(LocalDate.now(clock)));
        assertThat(verdicts.baseline().count().known()).as("the verdict of the baseline's date").isTrue();
        assertThat(verdicts.baseline().count().population()).isPositive();
        assertThat(verdicts.baseline().count().meeting()).isEqualTo(meetingStandards(LocalDate.of(2021, 1, 1)));
        assertThat(verdicts.today().meeting()).as("Một and Sáu under NĐ 33/2023").isEqualTo(2);
        assertThat(verdicts.baseline().count().meeting()).as("only Một had the IT certificate TT 13/2019 asked").isEqualTo(1);
    }

    private long meetingStandards(LocalDate date) {
        return registry.search(TestProvince.EVERYTHING, PersonSearch.fromParameters(Map.of("donVi", String.valueOf(province.districtB.id().value()),
                "loai", "CC", "cap", "XA", "chuan", "DAT", "ngay", date.toString()), LocalDate.now(clock))).total();
    }

    @Test
    void whoIsMissingSaysWhatEachLacks() {
        Target target = target(degree, 100, LocalDate.of(2030, 12, 31));

        var page = targets.lacking(TestProvince.EVERYTHING, province.districtB, target, 0, 50);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(LackingPerson::fullName).containsExactlyInAnyOrder("Lò Văn Ba", "Hoàng Văn Bốn", "Vi Văn Bảy");
        assertThat(page.items()).filteredOn(p -> p.fullName().equals("Lò Văn Ba")).singleElement()
                .satisfies(p -> assertThat(p.lacks()).containsExactly("Trình độ chuyên môn từ Đại học trở lên (hiện: Trung cấp)"));
        assertThat(page.items()).filteredOn(p -> p.fullName().equals("Hoàng Văn Bốn")).singleElement()
                .satisfies(p -> assertThat(p.retiresOn()).isEqualTo(LocalDate.of(2027, 10, 31)));
        assertThat(targets.lacking(TestProvince.EVERYTHING, province.communeB2, target, 0, 50).items())
                .extracting(LackingPerson::fullName).containsExactly("Vi Văn Bảy");
    }

    @Test
    void aBadIndicatorIsRefusedWithAClearMessageAndNothingIsSaved() {
        int before = targets.indicators().size();
        assertThatThrownBy(() -> targets.defineIndicator(TestProvince.EVERYTHING, new Indicator.Definition("Chức danh lạ", null,
                Set.of(StaffCategory.CB), true, Set.of("PHO_CHU_TICH_NUOC"), null, null, "chuyen_mon>=DAI_HOC")))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining("Không có chức danh “PHO_CHU_TICH_NUOC” trong danh mục");
        assertThatThrownBy(() -> targets.defineIndicator(TestProvince.EVERYTHING, new Indicator.Definition("Không ai", null,
                Set.of(StaffCategory.CC), true, Set.of(), 15, 16, "chuyen_mon>=DAI_HOC")))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining("Nhóm đối tượng này hiện không có ai");
        assertThatThrownBy(() -> targets.defineIndicator(TestProvince.EVERYTHING, new Indicator.Definition("", null,
                Set.of(), true, Set.of(), 40, 30, "chuyen_mon>=GIAO_SU")))
                .isInstanceOf(InvalidTargetException.class)
                .satisfies(e -> assertThat(((InvalidTargetException) e).problems()).extracting(InvalidTargetException.Problem::field)
                        .contains("name", "categories", "maxAge", "condition"));
        assertThat(targets.indicators()).hasSize(before);

        int targetsBefore = targets.allTargets().size();
        assertThatThrownBy(() -> target(degree, 120, LocalDate.of(2030, 12, 31)))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining("Ngưỡng phải lớn hơn 0% và không quá 100%");
        assertThatThrownBy(() -> target(degree, 90, LocalDate.of(2020, 12, 31)))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining("Thời hạn phải sau ngày gốc");
        assertThatThrownBy(() -> target(degree, 90, LocalDate.of(2030, 12, 31), new Target.Milestone(2035, BigDecimal.TEN)))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining("Mốc năm 2035 nằm ngoài khoảng");
        assertThatThrownBy(() -> targets.defineTarget(UserScope.of(province.communeB1, true), new Target.Definition(degree, null,
                province.districtB.id().value(), BigDecimal.TEN, LocalDate.of(2021, 1, 1), LocalDate.of(2030, 1, 1), List.of())))
                .as("a commune officer cannot set a district target").isInstanceOf(InvalidTargetException.class);
        assertThat(targets.allTargets()).hasSize(targetsBefore);
    }

    @Test
    void thePagesShowTheFiguresAndRefuseABadIndicator() throws Exception {
        Target target = target(degree, 100, LocalDate.of(2030, 12, 31));
        String officer = "so" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        var asOfficer = user(accounts.loadUserByUsername(officer));

        mvc.perform(get("/muc-tieu").param("donVi", String.valueOf(province.districtB.id().value())).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(DEGREE)))
                .andExpect(content().string(Matchers.containsString("3 người")))
                .andExpect(content().string(Matchers.containsString("Chậm tiến độ")))
                .andExpect(content().string(Matchers.containsString("data-chart")));
        mvc.perform(get("/muc-tieu/" + target.id()).param("donVi", String.valueOf(province.districtB.id().value())).with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xã Yên Mỹ")));
        mvc.perform(get("/muc-tieu/" + target.id() + "/con-thieu").param("donVi", String.valueOf(province.districtB.id().value()))
                        .with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lò Văn Ba")))
                .andExpect(content().string(Matchers.containsString("(hiện: Trung cấp)")));
        mvc.perform(get("/muc-tieu/" + target.id() + "/con-thieu.xlsx").param("donVi", String.valueOf(province.districtB.id().value()))
                        .with(asOfficer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        int before = targets.indicators().size();
        mvc.perform(post("/muc-tieu/chi-tieu").with(asOfficer).with(csrf())
                        .param("name", "Chỉ tiêu thử").param("categories", "CB").param("communePostsOnly", "true")
                        .param("titles", "KHONG_CO").param("yeuCau0", "chuyen_mon>=DAI_HOC"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không có chức danh “KHONG_CO” trong danh mục")));
        mvc.perform(post("/muc-tieu").with(asOfficer).with(csrf())
                        .param("indicatorId", String.valueOf(degree)).param("unitId", String.valueOf(province.districtB.id().value()))
                        .param("threshold", "120").param("baselineOn", "01/01/2021").param("deadline", "31/12/2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ngưỡng phải lớn hơn 0% và không quá 100%")));
        assertThat(targets.indicators()).hasSize(before);

        mvc.perform(post("/muc-tieu/chi-tieu").with(asOfficer).with(csrf())
                        .param("name", "Công chức có đại học hoặc dưới 35 tuổi " + province.province.code()).param("categories", "CC")
                        .param("communePostsOnly", "true").param("yeuCau0", "chuyen_mon>=DAI_HOC", "tuoi<35"))
                .andExpect(status().is3xxRedirection());
        assertThat(targets.indicators()).hasSize(before + 1);
        assertThat(targets.indicators().get(before).condition()).isEqualTo("chuyen_mon>=DAI_HOC | tuoi<35");
    }

    /** The standards' deadline is the same for everyone who lacks them: the list says it once, above its rows. */
    @Test
    void whoLacksTheStandardsIsListedWithTheDeadlineSaidOnce() throws Exception {
        Target target = target(indicatorNamed("Cán bộ cấp xã đạt chuẩn chức danh"), 100, LocalDate.of(2030, 12, 31));
        String officer = "dl" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        String page = mvc.perform(get("/muc-tieu/" + target.id() + "/con-thieu").param("donVi", String.valueOf(province.districtB.id().value()))
                        .with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Cán Bộ Xã", "id=\"deadline-note\"");
        assertThat(page.split("Hạn đạt chuẩn: 01/08/2028", -1)).as("said once").hasSize(2);
    }

    @Test
    void aCommuneOfficerSeesAProvinceTargetInTheirCommuneOnly() throws Exception {
        Target target = target(degree, 100, LocalDate.of(2030, 12, 31));
        String clerk = "xa" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(clerk, "Công chức xã", "mat-khau-dai-1", Role.COMMUNE, province.communeB2.code()));
        var asClerk = user(accounts.loadUserByUsername(clerk));

        mvc.perform(get("/muc-tieu/" + target.id() + "/con-thieu").param("donVi", String.valueOf(province.communeB1.id().value()))
                        .with(asClerk))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vi Văn Bảy")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Lò Văn Ba"))));
        mvc.perform(post("/muc-tieu/chi-tieu").with(asClerk).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
    }
}
