package vn.chuan.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.evaluation.Conduct;
import vn.chuan.evaluation.DisciplineForm;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.targets.Indicator;
import vn.chuan.targets.Target;
import vn.chuan.targets.Targets;
import vn.chuan.training.Funding;
import vn.chuan.training.Programme;
import vn.chuan.training.Training;
import vn.chuan.training.TrainingClass;
import vn.chuan.training.TrainingPlan;
import vn.chuan.training.TrainingPlans;
import vn.chuan.units.Units;
import vn.chuan.support.OnTheDayWritten;

/**
 * A pool for the chair of a commune's people's committee, 2026–2031: who may be in it, what each
 * still lacks, the pool's checks, the annual review, and the training plan's use of it.
 */
@Tag("db")
@OnTheDayWritten
@SpringBootTest
@AutoConfigureMockMvc
class SuccessionTest {

    @Autowired
    Succession succession;
    @Autowired
    TrainingPlans plans;
    @Autowired
    Training training;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Conduct conduct;
    @Autowired
    ConfidenceVotes votes;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    TestProvince province;
    String prefix;
    PersonId deputy;
    PersonId old;
    PersonId qualified;
    long pool;

    @BeforeEach
    void setUp() {
        prefix = TestProvince.uniquePrefix("Q");
        province = TestProvince.create(units, registry, transaction, prefix);
        // A deputy chair of 38, with a degree but only elementary political theory.
        deputy = person("Hà Thị Thu", Gender.NU, LocalDate.of(1988, 5, 1), "PCT_UBND");
        province.grant(deputy, Dimension.GENERAL_EDUCATION, "THPT", LocalDate.of(2006, 6, 1));
        province.grant(deputy, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2010, 6, 1));
        province.grant(deputy, Dimension.POLITICAL_THEORY, "SO_CAP", LocalDate.of(2015, 6, 1));
        // A civil servant of 59: retires before the end of the term.
        old = person("Phạm Văn Lão", Gender.NAM, LocalDate.now(clock).minusYears(59), "VP_TK");
        // A civil servant who meets the chair's standards.
        qualified = person("Đỗ Minh Đạt", Gender.NAM, LocalDate.of(1985, 1, 1), "TC_KT");
        province.grant(qualified, Dimension.GENERAL_EDUCATION, "THPT", LocalDate.of(2003, 6, 1));
        province.grant(qualified, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2007, 6, 1));
        province.grant(qualified, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2016, 6, 1));
        pool = succession.createPool(TestProvince.EVERYTHING, province.communeB1.id().value(), "CT_UBND", 2026, 2031);
    }

    private PersonId person(String name, Gender gender, LocalDate born, String title) {
        StaffCategory category = title.startsWith("P") || title.startsWith("C") ? StaffCategory.CB : StaffCategory.CC;
        return registry.register(TestProvince.EVERYTHING, new PersonDetails(prefix + "-" + Math.abs(name.hashCode()), name, born, gender,
                "Kinh", null, true, null), new NewAssignment(province.communeB1.id(), category, title, LocalDate.of(2016, 1, 1),
                AssignmentReason.TUYEN_DUNG));
    }

    private String code(PersonId id) {
        return registry.get(TestProvince.EVERYTHING, id).code();
    }

    @Autowired
    Targets targets;

    @Test
    void theSharesOfWomenAndYoungPeopleInPoolsAreTargetIndicators() {
        succession.addMember(TestProvince.EVERYTHING, pool, code(deputy), "Phó Chủ tịch, có triển vọng");
        succession.addMember(TestProvince.EVERYTHING, pool, code(qualified), "Đạt tiêu chuẩn");
        for (String name : List.of("Tỷ lệ nữ trong quy hoạch", "Tỷ lệ cán bộ trẻ (dưới 40 tuổi) trong quy hoạch")) {
            Indicator indicator = targets.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
            long target = targets.defineTarget(TestProvince.EVERYTHING, new Target.Definition(indicator.id(), null,
                    province.communeB1.id().value(), BigDecimal.valueOf(25), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31),
                    List.of()));
            var progress = targets.progress(TestProvince.EVERYTHING, province.communeB1, LocalDate.now(clock)).stream()
                    .filter(p -> p.target().id() == target).findFirst().orElseThrow();
            // Hà Thị Thu, a woman born in 1988 (under 40 until 2028); Đỗ Minh Đạt, a man born in 1985.
            LocalDate today = LocalDate.now(clock);
            long young = Stream.of(LocalDate.of(1988, 5, 1), LocalDate.of(1985, 1, 1))
                    .filter(born -> Period.between(born, today).getYears() < 40).count();
            assertThat(progress.today().population()).as(name).isEqualTo(2);
            assertThat(progress.today().meeting()).as(name).isEqualTo(name.contains("nữ") ? 1 : young);
        }
    }

    @Test
    void theRulesDecideWhoMayBeInThePoolAndWhatEachLacks() {
        succession.addMember(TestProvince.EVERYTHING, pool, code(deputy), "Phó Chủ tịch, có triển vọng");
        assertThatThrownBy(() -> succession.addMember(TestProvince.EVERYTHING, pool, code(old), "Kinh nghiệm"))
                .isInstanceOf(InvalidPoolException.class).hasMessageContaining("trước khi hết nhiệm kỳ 2026–2031");
        assertThatThrownBy(() -> succession.addMember(TestProvince.EVERYTHING, pool, code(deputy), "Lần hai"))
                .isInstanceOf(InvalidPoolException.class).hasMessageContaining("đã có trong quy hoạch này");
        assertThatThrownBy(() -> succession.addMember(TestProvince.EVERYTHING, pool, code(qualified), " "))
                .isInstanceOf(InvalidPoolException.class).hasMessage("Cần ghi lý do đưa vào quy hoạch");
        assertThatThrownBy(() -> succession.createPool(TestProvince.EVERYTHING, province.communeB1.id().value(), "CT_UBND", 2026, 2031))
                .isInstanceOf(InvalidPoolException.class).hasMessageContaining("Đã có quy hoạch");

        Succession.PoolCheck check = succession.check(TestProvince.EVERYTHING, pool);
        assertThat(check.pool().activeMembers()).extracting(SuccessionPool.Member::personName).containsExactly("Hà Thị Thu");
        assertThat(check.lacks().get(deputy.value())).containsExactly("Lý luận chính trị: cần Trung cấp, hiện Sơ cấp");
        assertThat(check.warnings()).containsExactly("Có 1 người: cần ít nhất 2 người cho một chức danh");
    }

    @Test
    void theAnnualReviewRemovesWhoNoLongerQualifiesAndAddsWhoNewlyDoes() throws Exception {
        succession.addMember(TestProvince.EVERYTHING, pool, code(deputy), "Phó Chủ tịch, có triển vọng");
        // The deputy is transferred to another district's commune: no longer in the pool's unit.
        registry.assign(TestProvince.EVERYTHING, deputy, new NewAssignment(province.mergedA.id(), StaffCategory.CB, "PCT_UBND",
                LocalDate.now(clock).minusDays(1), AssignmentReason.DIEU_DONG));

        Succession.Review review = succession.review(TestProvince.EVERYTHING, pool, 50);
        assertThat(review.leaving()).singleElement().satisfies(l -> assertThat(l.reason()).startsWith("không còn giữ chức vụ nào ở"));
        assertThat(review.joining()).extracting(Succession.Joining::personName).containsExactly("Đỗ Minh Đạt");

        String officer = prefix.toLowerCase() + "so";
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        var asOfficer = user(accounts.loadUserByUsername(officer));
        mvc.perform(get("/quy-hoach/" + pool + "/ra-soat").with(asOfficer))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Đỗ Minh Đạt")));
        mvc.perform(post("/quy-hoach/" + pool + "/ra-soat").with(asOfficer).with(csrf())
                        .param("duaRa", String.valueOf(review.leaving().get(0).member().id())).param("boSung", String.valueOf(qualified.value())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", Matchers.containsString("rà soát")));

        SuccessionPool after = succession.pool(TestProvince.EVERYTHING, pool).orElseThrow();
        assertThat(after.activeMembers()).extracting(SuccessionPool.Member::personName).containsExactly("Đỗ Minh Đạt");
        assertThat(after.members()).filteredOn(m -> !m.active()).singleElement()
                .satisfies(m -> assertThat(m.removedReason()).startsWith("Rà soát năm " + LocalDate.now(clock).getYear()));
        mvc.perform(get("/quy-hoach/" + pool).with(asOfficer)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã đưa ra khỏi quy hoạch")));
    }

    @Test
    void aConfidenceVoteIsKeptWithItsSharesOncePerPeriod() throws Exception {
        votes.record(TestProvince.EVERYTHING, code(deputy), "2021–2026", LocalDate.of(2024, 12, 20), 12, 5, 3);
        assertThatThrownBy(() -> votes.record(TestProvince.EVERYTHING, code(deputy), "2021–2026", LocalDate.of(2024, 12, 21), 1, 1, 1))
                .isInstanceOf(InvalidPoolException.class).hasMessageContaining("đã có kết quả lấy phiếu kỳ 2021–2026");
        assertThatThrownBy(() -> votes.record(TestProvince.EVERYTHING, code(deputy), "2026", LocalDate.of(2024, 12, 21), -1, 1, 1))
                .isInstanceOf(InvalidPoolException.class).hasMessageContaining("không được âm");
        assertThatThrownBy(() -> votes.record(UserScope.of(province.communeB2, true), code(deputy), "2026",
                LocalDate.of(2024, 12, 21), 1, 1, 1)).isInstanceOf(InvalidPoolException.class).hasMessageContaining("phạm vi");

        assertThat(votes.of(TestProvince.EVERYTHING, deputy.value())).singleElement().satisfies(v -> {
            assertThat(v.total()).isEqualTo(20);
            assertThat(v.share(v.high())).isEqualTo("60,00%");
            assertThat(v.unitName()).isEqualTo("Thị trấn Bằng Lũng");
        });
        String officer = prefix.toLowerCase() + "tn";
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        mvc.perform(get("/tin-nhiem").with(user(accounts.loadUserByUsername(officer)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("12 (60,00%)")));
        // Added up by unit, and kept on the person.
        votes.record(TestProvince.EVERYTHING, code(qualified), "2021–2026", LocalDate.of(2024, 12, 20), 18, 2, 0);
        List<ConfidenceVotes.UnitTotal> byUnit = ConfidenceVotes.byUnit(votes.votes(UserScope.of(province.communeB1, false)));
        assertThat(byUnit).singleElement().satisfies(u -> {
            assertThat(u.people()).isEqualTo(2);
            assertThat(u.total()).isEqualTo(40);
            assertThat(u.share(u.high())).isEqualTo("75,00%");
        });
        mvc.perform(get("/tin-nhiem/can-bo/" + deputy.value()).with(user(accounts.loadUserByUsername(officer)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tín nhiệm cao 12 (60,00%)")));
        byte[] xlsx = mvc.perform(get("/tin-nhiem/ket-qua.xlsx").with(user(accounts.loadUserByUsername(officer))))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var deputyRow = workbook.getFirstSheet().read().stream().filter(r -> r.getCell(1).asString().equals("Hà Thị Thu")).findFirst()
                    .orElseThrow();
            assertThat(deputyRow.getCell(7).asNumber().doubleValue()).isEqualTo(0.6);
        }
        mvc.perform(get("/quy-hoach/" + pool + "/danh-sach.xlsx").with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk());
    }

    @Test
    void anAppointmentCheckSaysWhatIsMissing() throws Exception {
        assertThat(succession.appointmentCheck(TestProvince.EVERYTHING, code(deputy), province.communeB1.id().value(), "CT_UBND"))
                .containsExactly("Tiêu chuẩn Chủ tịch Ủy ban nhân dân: Lý luận chính trị: cần Trung cấp, hiện Sơ cấp",
                        "Không có tên trong quy hoạch Chủ tịch Ủy ban nhân dân của Thị trấn Bằng Lũng nhiệm kỳ 2026–2031");
        succession.addMember(TestProvince.EVERYTHING, pool, code(qualified), "Đạt tiêu chuẩn");
        assertThat(succession.appointmentCheck(TestProvince.EVERYTHING, code(qualified), province.communeB1.id().value(), "CT_UBND")).isEmpty();
        assertThat(succession.appointmentCheck(TestProvince.EVERYTHING, code(old), province.communeB1.id().value(), "CT_UBND"))
                .anyMatch(m -> m.contains("trước khi hết nhiệm kỳ"));

        String officer = prefix.toLowerCase() + "bn";
        accounts.create(new NewUserAccount(officer, "Sở Nội vụ", "mat-khau-dai-1", Role.PROVINCE, province.province.code()));
        mvc.perform(get("/quy-hoach/bo-nhiem").param("maCanBo", code(qualified)).param("donVi", String.valueOf(province.communeB1.id().value()))
                        .param("chucDanh", "CT_UBND").with(user(accounts.loadUserByUsername(officer))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"appointment-ok\"")));
    }

    @Test
    void aDisciplineInEffectTakesAMemberOutAtTheReview() {
        succession.addMember(TestProvince.EVERYTHING, pool, code(qualified), "Đạt tiêu chuẩn");
        conduct.recordDiscipline(TestProvince.EVERYTHING, qualified.value(), DisciplineForm.CANH_CAO, "7/QĐ-UBND",
                LocalDate.now(clock).minusMonths(1), "UBND huyện", null);

        assertThat(succession.review(TestProvince.EVERYTHING, pool, 50).leaving()).singleElement()
                .satisfies(l -> assertThat(l.reason()).startsWith("bị kỷ luật Cảnh cáo (7/QĐ-UBND"));
        conduct.recordDiscipline(TestProvince.EVERYTHING, deputy.value(), DisciplineForm.KHIEN_TRACH, "8/QĐ-UBND",
                LocalDate.now(clock).minusMonths(2), "UBND huyện", 6);
        assertThatThrownBy(() -> succession.addMember(TestProvince.EVERYTHING, pool, code(deputy), "Có triển vọng"))
                .isInstanceOf(InvalidPoolException.class).hasMessageContaining("bị kỷ luật Khiển trách (8/QĐ-UBND");
    }

    @Test
    void aPoolMemberLackingTheFutureTitlesLevelIsACandidateOfTheTrainingPlan() {
        succession.addMember(TestProvince.EVERYTHING, pool, code(deputy), "Phó Chủ tịch, có triển vọng");
        int year = LocalDate.now(clock).getYear() + 1;
        long programme = training.defineProgramme(TestProvince.EVERYTHING, new Programme.Definition(prefix, "Trung cấp LLCT " + prefix,
                "LLCT", "llct", "TRUNG_CAP",
                240, "Trường Chính trị tỉnh"));
        training.openClass(TestProvince.EVERYTHING, new TrainingClass.Definition(programme, prefix + "-K", LocalDate.of(year, 3, 1),
                LocalDate.of(year, 10, 1),
                null, 5, BigDecimal.ZERO, Funding.TU_TUC));

        TrainingPlan plan = plans.propose(TestProvince.EVERYTHING, province.communeB1, year, 0, TrainingPlan.Weights.DEFAULT);

        assertThat(plan.places()).filteredOn(p -> p.personName().equals("Hà Thị Thu")).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("trong quy hoạch Chủ tịch Ủy ban nhân dân nhiệm kỳ 2026–2031"));
    }
}
