package vn.chuan.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.evaluation.Conduct;
import vn.chuan.evaluation.DisciplineForm;
import vn.chuan.evaluation.Evaluations;
import vn.chuan.evaluation.Grade;
import vn.chuan.people.Assignment;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.TabularFile;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * What falls due, over hand-built people at the edges: a raise due on the day, one put off by a
 * reprimand, one over the ceiling; a man and a woman reaching the retirement age of the roadmap; a
 * term ending on 31/12; a person below the standard until the qualification is recorded. Dates are
 * taken from the suite's clock, never from the calendar.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
class DueDatesTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DueDates due;
    @Autowired
    PersonnelFiles files;
    @Autowired
    Conduct conduct;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    TestProvince province;
    UserScope commune;
    LocalDate today;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("D"));
        commune = UserScope.of(province.communeB1, false);
        today = LocalDate.now(clock);
    }

    private List<DueItem> on(LocalDate from, LocalDate to, PersonId person) {
        return due.between(commune, province.communeB1, from, to).stream().filter(i -> i.personId() == person.value()).toList();
    }

    private PersonId person(String name, Gender gender, LocalDate born, String title, StaffCategory category, LocalDate from,
            AssignmentReason reason) {
        return registry.register(TestProvince.EVERYTHING, new PersonDetails(province.province.code() + "-" + Math.abs(name.hashCode()), name,
                born, gender, "Kinh", null, false, null), new NewAssignment(province.communeB1.id(), category, title, from, reason));
    }

    @Test
    void aRaiseFallsDueOnTheDayIsPutOffByAReprimandAndAtTheLastStepBecomesTheOverCeilingAllowance() {
        PersonId due36 = province.person("Nông Văn Lương", province.communeB1, StaffCategory.CC, "TC_KT", today.minusYears(8));
        files.addSalary(TestProvince.EVERYTHING, due36, "01.003", 3, null, 0, null, today.minusMonths(36), "QĐ 1/QĐ-UBND");
        assertThat(on(today, today, due36)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.NANG_LUONG);
            assertThat(i.detail()).contains("bậc 3 lên bậc 4");
            assertThat(i.source()).contains("TT 08/2013/TT-BNV");
        });

        PersonId reprimanded = province.person("Hà Văn Kỷ", province.communeB1, StaffCategory.CC, "VP_TK", today.minusYears(8));
        files.addSalary(TestProvince.EVERYTHING, reprimanded, "01.003", 3, null, 0, null, today.minusMonths(36), "QĐ 2/QĐ-UBND");
        conduct.recordDiscipline(TestProvince.EVERYTHING, reprimanded.value(), DisciplineForm.KHIEN_TRACH, "QĐ 3/QĐ-UBND", today.minusMonths(12),
                "UBND xã", null);
        assertThat(on(today, today, reprimanded)).as("put off by six months").extracting(DueItem::kind)
                .containsExactly(DueKind.HET_THOI_HAN_KY_LUAT);
        assertThat(on(today.plusMonths(6), today.plusMonths(6), reprimanded)).singleElement()
                .satisfies(i -> assertThat(i.detail()).contains("kéo dài 6 tháng do kỷ luật"));

        PersonId ceiling = province.person("Lục Thị Khung", Gender.NU, province.communeB1, StaffCategory.CC, "TP_HT", today.minusYears(20));
        files.addSalary(TestProvince.EVERYTHING, ceiling, "01.003", 9, null, 0, null, today.minusMonths(36), "QĐ 4/QĐ-UBND");
        assertThat(on(today, today, ceiling)).filteredOn(i -> i.kind() == DueKind.VUOT_KHUNG).singleElement()
                .satisfies(i -> assertThat(i.detail()).contains("vượt khung 5%"));

        // Recording the raise closes the item: the next one is three years on.
        files.addSalary(TestProvince.EVERYTHING, due36, "01.003", 4, null, 0, null, today, "QĐ 5/QĐ-UBND");
        assertThat(on(today, today, due36)).isEmpty();
        assertThat(on(today.plusMonths(36), today.plusMonths(36), due36)).extracting(DueItem::kind).containsExactly(DueKind.NANG_LUONG);
    }

    @Test
    void aYearNotCompletedPutsTheRaiseOffByHalfAYear() {
        PersonId slow = province.person("Vi Văn Chậm", province.communeB1, StaffCategory.CC, "VP_TK", today.minusYears(8));
        files.addSalary(TestProvince.EVERYTHING, slow, "01.003", 3, null, 0, null, today.minusMonths(36), "QĐ 6/QĐ-UBND");
        grade(today.getYear() - 1, slow, Grade.KHT);
        assertThat(on(today, today, slow)).isEmpty();
        assertThat(on(today.plusMonths(6), today.plusMonths(6), slow)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.NANG_LUONG);
            assertThat(i.detail()).contains("kéo dài 6 tháng");
        });
    }

    @Test
    void anAwardMakesACandidateForAnEarlyRaiseWithinTheUnitsCapUnlessADisciplineCameToo() {
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        LocalDate stepBegan = yearEnd.plusMonths(6).minusMonths(36);
        PersonId awarded = province.person("Lò Văn Khen", province.communeB1, StaffCategory.CC, "TC_KT", today.minusYears(10));
        files.addSalary(TestProvince.EVERYTHING, awarded, "01.003", 4, null, 0, null, stepBegan, "QĐ 7/QĐ-UBND");
        conduct.recordAward(TestProvince.EVERYTHING, awarded.value(), "Bằng khen của Chủ tịch UBND tỉnh", "QĐ 8/QĐ-UBND", stepBegan.plusYears(1),
                "UBND tỉnh");
        PersonId blamed = province.person("Lò Văn Trách", province.communeB1, StaffCategory.CC, "TP_HT", today.minusYears(10));
        files.addSalary(TestProvince.EVERYTHING, blamed, "01.003", 4, null, 0, null, stepBegan, "QĐ 9/QĐ-UBND");
        conduct.recordAward(TestProvince.EVERYTHING, blamed.value(), "Bằng khen của Chủ tịch UBND tỉnh", "QĐ 10/QĐ-UBND", stepBegan.plusYears(1),
                "UBND tỉnh");
        conduct.recordDiscipline(TestProvince.EVERYTHING, blamed.value(), DisciplineForm.KHIEN_TRACH, "QĐ 11/QĐ-UBND", stepBegan.plusYears(2),
                "UBND xã", null);

        assertThat(on(yearEnd, yearEnd, awarded)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.NANG_LUONG_TRUOC_HAN);
            assertThat(i.date()).isEqualTo(yearEnd);
            assertThat(i.detail()).contains("bậc 4 lên bậc 5", "sớm 6 tháng", "Bằng khen của Chủ tịch UBND tỉnh (QĐ 8/QĐ-UBND)",
                    "đơn vị có 1 người đủ điều kiện", "10% của");
            assertThat(i.source()).contains("TT 08/2013/TT-BNV Điều 3");
        });
        assertThat(on(yearEnd, yearEnd, blamed)).as("a reprimand while the step was held: no early raise").isEmpty();
    }

    @Test
    void aResultKeptUpToDateAfterChangesToAFewPeopleIsWhatAFreshComputationGives() {
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        LocalDate stepBegan = yearEnd.plusMonths(6).minusMonths(36);
        List<PersonId> candidates = new ArrayList<>();
        for (String name : List.of("Lò Văn Một", "Lò Văn Hai")) {
            PersonId candidate = province.person(name, province.communeB1, StaffCategory.CC, "TC_KT", today.minusYears(10));
            files.addSalary(TestProvince.EVERYTHING, candidate, "01.003", 4, null, 0, null, stepBegan, "QĐ 21/QĐ-UBND");
            conduct.recordAward(TestProvince.EVERYTHING, candidate.value(), "Giấy khen", "QĐ 22/QĐ-UBND", stepBegan.plusYears(1), "UBND xã");
            candidates.add(candidate);
        }
        PersonId untouched = province.person("Lò Văn Ba", province.communeB1, StaffCategory.CC, "VP_TK", today.minusYears(8));
        files.addSalary(TestProvince.EVERYTHING, untouched, "01.003", 2, null, 0, null, today.plusMonths(1).minusMonths(36), "QĐ 20/QĐ-UBND");
        LocalDate to = today.plusMonths(3);
        assertThat(due.between(commune, province.communeB1, today, to)).isNotEmpty();
        PersonId first = candidates.get(0);
        String before = on(yearEnd, yearEnd, first).get(0).detail();
        assertThat(before).contains("đơn vị có 2 người đủ điều kiện");
        int staff = Integer.parseInt(before.replaceAll(".*10% của (\\d+) người.*", "$1"));

        // One more person in the commune: the cap's base counts them; a reprimand takes the second candidate out.
        province.person("Lò Thị Mới", province.communeB1, StaffCategory.CC, "VP_TK", today.minusMonths(1));
        conduct.recordDiscipline(TestProvince.EVERYTHING, candidates.get(1).value(), DisciplineForm.KHIEN_TRACH, "QĐ 23/QĐ-UBND",
                stepBegan.plusYears(2), "UBND xã", null);
        assertThat(on(yearEnd, yearEnd, candidates.get(1))).isEmpty();
        assertThat(on(yearEnd, yearEnd, first)).singleElement().satisfies(i -> assertThat(i.detail())
                .contains("đơn vị có 1 người đủ điều kiện", "10% của " + (staff + 1) + " người"));

        // Moved to another commune: gone from this one's list, and counted there.
        registry.assign(TestProvince.EVERYTHING, first, new NewAssignment(province.communeB2.id(), StaffCategory.CC, "TC_KT", today,
                AssignmentReason.DIEU_DONG));
        assertThat(on(yearEnd, yearEnd, first)).isEmpty();
        assertThat(due.between(UserScope.of(province.communeB2, false), province.communeB2, yearEnd, yearEnd))
                .filteredOn(i -> i.personId() == first.value()).singleElement().satisfies(i -> assertThat(i.detail())
                        .contains("đơn vị có 1 người đủ điều kiện"));

        // The result brought up to date equals one computed afresh (a period not asked before).
        List<DueItem> kept = due.between(commune, province.communeB1, today, to);
        List<DueItem> fresh = due.between(commune, province.communeB1, today, to.plusDays(1)).stream()
                .filter(i -> !i.date().isAfter(to)).toList();
        assertThat(kept).isEqualTo(fresh).extracting(DueItem::personId).contains(untouched.value()).doesNotContain(first.value());
    }

    @Test
    void someoneRetiringWithinAYearOfTheirRaiseHasItAheadOfTimeWithTheNotice() {
        LocalDate born = RetirementAge.latestBirthDateRetiredBefore(today.plusMonths(8), Gender.NAM).plusDays(1);
        LocalDate last = RetirementAge.lastDayOfService(born, Gender.NAM);
        PersonId retiring = person("Quàng Văn Hưu", Gender.NAM, born, "VP_TK", StaffCategory.CC, today.minusYears(20), AssignmentReason.TUYEN_DUNG);
        files.addSalary(TestProvince.EVERYTHING, retiring, "01.003", 5, null, 0, null, last.plusMonths(3).minusMonths(36), "QĐ 12/QĐ-UBND");
        assertThat(on(today, today.plusYears(1), retiring)).extracting(DueItem::kind).contains(DueKind.NANG_LUONG_NGHI_HUU,
                DueKind.THONG_BAO_NGHI_HUU, DueKind.QUYET_DINH_NGHI_HUU, DueKind.NGHI_HUU);
        assertThat(on(today, today.plusYears(1), retiring)).filteredOn(i -> i.kind() == DueKind.NANG_LUONG_NGHI_HUU).singleElement()
                .satisfies(i -> {
                    assertThat(i.date()).isEqualTo(last.minusMonths(6));
                    assertThat(i.detail()).contains("sớm 3 tháng", Dates.format(last));
                });
    }

    @Test
    void aSecondmentEndsOnItsRecordedDayAndADisciplinesBarRunsOutAfterTwelveMonths() {
        PersonId seconded = province.person("Lâm Văn Phái", province.communeB1, StaffCategory.CC, "VP_TK", today.minusYears(6));
        registry.assign(TestProvince.EVERYTHING, seconded, new NewAssignment(province.communeB2.id(), StaffCategory.CC, "TP_HT",
                today.minusMonths(3), AssignmentReason.DIEU_DONG, PostKind.BIET_PHAI, "QĐ 20/QĐ-UBND"));
        Assignment post = registry.get(TestProvince.EVERYTHING, seconded).assignments().stream().filter(a -> a.kind() == PostKind.BIET_PHAI)
                .findFirst().orElseThrow();
        registry.endAssignment(TestProvince.EVERYTHING, seconded, post.id(), post.version(), today.plusMonths(2), AssignmentReason.DIEU_DONG);
        assertThat(on(today, today.plusMonths(3), seconded)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.HET_THOI_HAN_CHUC_VU);
            assertThat(i.date()).isEqualTo(today.plusMonths(2));
            assertThat(i.detail()).contains("Biệt phái", "QĐ 20/QĐ-UBND");
        });

        PersonId warned = province.person("Lâm Thị Cảnh", province.communeB1, StaffCategory.CC, "TC_KT", today.minusYears(6));
        conduct.recordDiscipline(TestProvince.EVERYTHING, warned.value(), DisciplineForm.CANH_CAO, "QĐ 21/QĐ-UBND", today.minusMonths(10),
                "UBND xã", null);
        assertThat(on(today, today.plusMonths(3), warned)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(DueKind.HET_THOI_HAN_KY_LUAT);
            assertThat(i.date()).isEqualTo(today.minusMonths(10).plusMonths(12));
            assertThat(i.detail()).contains("Cảnh cáo", "12 tháng");
        });
    }

    private void grade(int year, PersonId person, Grade grade) {
        long round = evaluations.openRound(TestProvince.EVERYTHING, year, province.communeB1.id().value());
        evaluations.recordDecided(TestProvince.EVERYTHING, round, Map.of(province.communeB1, List.of(new Evaluations.Entry(person.value(), grade,
                null))));
    }

    @Test
    void retirementFallsDueAtTheEndOfTheMonthTheRoadmapsAgeIsReachedWithItsNoticeAndDecisionBefore() {
        // A man born in 01/1965 reaches 61 years 6 months in 07/2026 (regulations.md §11).
        PersonId man = person("Đinh Văn Hưu", Gender.NAM, LocalDate.of(1965, 1, 15), "VP_TK", StaffCategory.CC, LocalDate.of(2005, 1, 1),
                AssignmentReason.TUYEN_DUNG);
        List<DueItem> his = on(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), man);
        assertThat(his).filteredOn(i -> i.kind() == DueKind.NGHI_HUU).extracting(DueItem::date).containsExactly(LocalDate.of(2026, 7, 31));
        assertThat(his).filteredOn(i -> i.kind() == DueKind.THONG_BAO_NGHI_HUU).extracting(DueItem::date)
                .containsExactly(LocalDate.of(2026, 1, 31));
        assertThat(his).filteredOn(i -> i.kind() == DueKind.QUYET_DINH_NGHI_HUU).extracting(DueItem::date)
                .containsExactly(LocalDate.of(2026, 4, 30));

        PersonId woman = person("Hoàng Thị Nhàn", Gender.NU, LocalDate.of(1970, 5, 10), "TP_HT", StaffCategory.CC, LocalDate.of(2005, 1, 1),
                AssignmentReason.TUYEN_DUNG);
        LocalDate last = RetirementAge.lastDayOfService(LocalDate.of(1970, 5, 10), Gender.NU);
        assertThat(last).as("57 years 4 months in 2027").isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(on(last, last, woman)).extracting(DueItem::kind).containsExactly(DueKind.NGHI_HUU);
    }

    @Test
    void anAppointmentEndingOn31DecemberIsPreparedNinetyDaysBeforeAndAnElectedTermEndsThatDay() {
        PersonId appointed = person("Bế Văn Nhậm", Gender.NAM, LocalDate.of(1978, 3, 3), "CHT_QS", StaffCategory.CC, LocalDate.of(2022, 1, 1),
                AssignmentReason.BO_NHIEM);
        PersonId elected = person("Ma Thị Bầu", Gender.NU, LocalDate.of(1979, 4, 4), "CT_HDND", StaffCategory.CB, LocalDate.of(2022, 1, 1),
                AssignmentReason.BAU_CU);
        assertThat(on(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), appointed)).filteredOn(i -> i.kind() == DueKind.HET_HAN_BO_NHIEM)
                .singleElement().satisfies(i -> {
                    assertThat(i.date()).isEqualTo(LocalDate.of(2026, 12, 31).minusDays(90));
                    assertThat(i.detail()).contains("31/12/2026");
                });
        assertThat(on(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), elected)).filteredOn(i -> i.kind() == DueKind.HET_NHIEM_KY)
                .extracting(DueItem::date).containsExactly(LocalDate.of(2026, 12, 31));
    }

    @Test
    void someoneBelowTheStandardHasTheDeadlineUntilTheQualificationIsRecorded() {
        PersonId vice = province.person("Sầm Văn Chuẩn", province.communeB1, StaffCategory.CB, "PCT_UBND", today.minusYears(3));
        LocalDate deadline = LocalDate.of(2028, 8, 1);
        assertThat(on(deadline, deadline, vice)).extracting(DueItem::kind).containsExactly(DueKind.HAN_CHUAN_HOA);
        province.grant(vice, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(vice, Dimension.PROFESSIONAL, "DAI_HOC", null);
        province.grant(vice, Dimension.POLITICAL_THEORY, "TRUNG_CAP", deadline.minusDays(1).isBefore(today) ? null : today);
        assertThat(on(deadline, deadline, vice)).as("the standard met, the item is gone").isEmpty();
    }

    @Test
    void theOfficerSeesTheItemsOfTheUnitOnThePageAndInTheWorkbook() throws Exception {
        PersonId mine = province.person("Nông Văn Trang", province.communeB1, StaffCategory.CC, "VP_TK", today.minusYears(8));
        files.addSalary(TestProvince.EVERYTHING, mine, "01.003", 3, null, 0, null, today.minusMonths(36).plusDays(10), "QĐ 1/QĐ-UBND");
        String login = "dh" + province.province.code().toLowerCase();
        accounts.create(new NewUserAccount(login, "Phòng Nội vụ", "mat-khau-dai-1", Role.DISTRICT,
                province.districtB.code()));
        var officer = SecurityMockMvcRequestPostProcessors.user(
                accounts.loadUserByUsername(login));
        String page = HtmlUtils.htmlUnescape(mvc.perform(
                        MockMvcRequestBuilders.get("/viec-den-han")
                                .param("donVi", String.valueOf(province.communeB1.id().value())).param("khoang", "BA_THANG").with(officer))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Việc đến hạn", "Nông Văn Trang", "Nâng lương thường xuyên", "TT 08/2013/TT-BNV");
        String retirements = HtmlUtils.htmlUnescape(mvc.perform(
                        MockMvcRequestBuilders.get("/viec-den-han")
                                .param("donVi", String.valueOf(province.communeB1.id().value())).param("khoang", "BA_THANG")
                                .param("viec", "NGHI_HUU").param("trang", "99").with(officer))
                .andReturn().getResponse().getContentAsString());
        assertThat(retirements).as("one kind only, a page beyond the last shows the last").doesNotContain("Nông Văn Trang");
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get("/viec-den-han.xlsx")
                        .param("donVi", String.valueOf(province.communeB1.id().value())).param("khoang", "BA_THANG").with(officer))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        TabularFile.read(new ByteArrayInputStream(xlsx), "due.xlsx", (n, cells) -> rows.add(cells));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Nâng lương thường xuyên", "Nông Văn Trang"));
    }

    @Test
    void anotherCommunesOfficerSeesNoneOfThem() {
        PersonId mine = province.person("Nông Văn Riêng", province.communeB1, StaffCategory.CC, "VP_TK", today.minusYears(8));
        files.addSalary(TestProvince.EVERYTHING, mine, "01.003", 3, null, 0, null, today.minusMonths(36), "QĐ 1/QĐ-UBND");
        assertThat(due.between(UserScope.of(province.communeB2, false), province.communeB2, today.minusYears(1), today.plusYears(3)))
                .noneMatch(i -> i.personId() == mine.value());
    }
}
