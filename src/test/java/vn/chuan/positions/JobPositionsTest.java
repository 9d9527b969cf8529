package vn.chuan.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.targets.Indicator;
import vn.chuan.targets.Target;
import vn.chuan.targets.Targets;
import vn.chuan.units.Units;

/** A commune's positions: headcount, vacancies, field matching, the refusals, and an assessment against the framework. */
@Tag("db")
@SpringBootTest
class JobPositionsTest {

    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    JobPositions positions;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Targets targets;

    TestProvince province;
    UserScope scope;
    long accounting;
    PersonId accountant;
    PersonId lawyer;
    PersonId unknownField;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("V"));
        scope = UserScope.of(province.province, true);
        accountant = withField("Đàm Văn Toán", "Kế toán doanh nghiệp");
        lawyer = withField("Hoàng Thị Luật", "Luật kinh tế");
        unknownField = province.person("Vi Văn Chưa", province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2019, 1, 1));
        accounting = positions.define(scope, new JobPositions.Definition(province.communeB1.id().value(), "KT", "Kế toán ngân sách",
                JobPosition.Group.SPECIALIST, 2, "Lập dự toán, quyết toán", "Báo cáo quyết toán năm", "kế toán, tài chính"));
    }

    private PersonId withField(String name, String field) {
        PersonId id = province.person(name, province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2019, 1, 1));
        registry.grantQualification(TestProvince.EVERYTHING, id, new QualificationDetails(Dimension.PROFESSIONAL,
                Dimension.PROFESSIONAL.level("DAI_HOC"), field, "Học viện Tài chính", LocalDate.of(2012, 6, 1), null));
        return id;
    }

    private String code(PersonId id) {
        return registry.get(scope, id).code();
    }

    @Test
    void headcountVacanciesAndTheShareWorkingInTheirFieldAreCountedPerUnit() {
        positions.place(scope, accounting, code(accountant), LocalDate.of(2026, 1, 1));
        positions.place(scope, accounting, code(lawyer), LocalDate.of(2026, 1, 1));
        JobPosition position = positions.position(scope, accounting);
        assertThat(position.filled()).isEqualTo(2);
        assertThat(position.vacant()).isZero();
        assertThat(position.placements()).extracting(JobPosition.Placement::personName, JobPosition.Placement::matching)
                .containsExactlyInAnyOrder(Tuple.tuple("Đàm Văn Toán", true),
                        Tuple.tuple("Hoàng Thị Luật", false));
        List<JobPositions.UnitFigures> figures = positions.figures(scope, province.province);
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.unitName()).isEqualTo(province.communeB1.name());
            assertThat(List.of(f.headcount(), f.filled(), f.vacant(), f.matching(), f.notMatching(), f.unknown()))
                    .containsExactly(2, 2, 0, 1, 1, 0);
            assertThat(f.matchingShare()).isEqualTo("50,00%");
        });
    }

    @Test
    void workingInTheirFieldIsATargetIndicatorAsOfAnyDate() {
        positions.place(scope, accounting, code(accountant), LocalDate.of(2026, 1, 1));
        positions.place(scope, accounting, code(lawyer), LocalDate.of(2026, 6, 1));
        Indicator indicator = targets.indicators().stream().filter(Indicator::isFigure)
                .filter(i -> i.name().contains("đúng chuyên môn")).findFirst().orElseThrow();
        long target = targets.defineTarget(scope, new Target.Definition(indicator.id(), null,
                province.communeB1.id().value(), BigDecimal.valueOf(100), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31),
                List.of()));
        var inMarch = targets.progress(scope, province.communeB1, LocalDate.of(2026, 3, 1)).stream()
                .filter(p -> p.target().id() == target).findFirst().orElseThrow();
        assertThat(inMarch.value()).as("only the accountant placed in March").isEqualTo(100.0);
        var inJuly = targets.progress(scope, province.communeB1, LocalDate.of(2026, 7, 1)).stream()
                .filter(p -> p.target().id() == target).findFirst().orElseThrow();
        assertThat(inJuly.value()).isEqualTo(50.0);
        assertThat(inJuly.gapPeople()).isEqualTo(1);
    }

    @Test
    void aFullPositionAHeadcountBelowThosePlacedAndSomeoneFromElsewhereAreRefused() {
        positions.place(scope, accounting, code(accountant), null);
        positions.place(scope, accounting, code(unknownField), null);
        assertThatThrownBy(() -> positions.place(scope, accounting, code(lawyer), null))
                .isInstanceOf(InvalidPositionException.class).hasMessageContaining("đã đủ 2 người");
        assertThatThrownBy(() -> positions.changeHeadcount(scope, accounting, 1))
                .isInstanceOf(InvalidPositionException.class).hasMessageContaining("đang có 2 người");
        assertThatThrownBy(() -> positions.place(scope, accounting, code(accountant), null))
                .isInstanceOf(InvalidPositionException.class).hasMessageContaining("đã ở vị trí");
        PersonId elsewhere = province.person("Ở Xã Khác", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2019, 1, 1));
        positions.changeHeadcount(scope, accounting, 3);
        assertThatThrownBy(() -> positions.place(scope, accounting, code(elsewhere), null))
                .isInstanceOf(InvalidPositionException.class).hasMessageContaining("không công tác tại");
        assertThatThrownBy(() -> positions.define(scope, new JobPositions.Definition(province.communeB1.id().value(), "KT", "Trùng mã",
                JobPosition.Group.SPECIALIST, 1, null, null, null))).isInstanceOf(InvalidPositionException.class);
        assertThatThrownBy(() -> positions.define(UserScope.of(province.communeB2, true), new JobPositions.Definition(
                province.communeB1.id().value(), "X", "Ngoài phạm vi", JobPosition.Group.SUPPORT, 1, null, null, null)))
                .isInstanceOf(InvalidPositionException.class).hasMessageContaining("ngoài phạm vi");
        assertThat(positions.position(scope, accounting).filled()).isEqualTo(2);
    }

    @Test
    void anAssessmentAgainstTheFrameworkShowsTheGaps() {
        long budgeting = positions.addCompetency(scope, accounting, "Lập và quyết toán ngân sách", JobPosition.CompetencyGroup.SPECIALIST, 4);
        long writing = positions.addCompetency(scope, accounting, "Soạn thảo văn bản", JobPosition.CompetencyGroup.GENERAL, 3);
        assertThatThrownBy(() -> positions.addCompetency(scope, accounting, "Quá mức", JobPosition.CompetencyGroup.GENERAL, 6))
                .isInstanceOf(InvalidPositionException.class);
        positions.place(scope, accounting, code(accountant), null);
        assertThat(positions.gaps(scope, accountant.value())).extracting(JobPositions.Gap::gap).containsExactlyInAnyOrder(4, 3);

        positions.assess(scope, accountant.value(), Map.of(budgeting, 2, writing, 3), "truongphong");
        assertThat(positions.gaps(scope, accountant.value())).extracting(g -> g.competency().name(), JobPositions.Gap::gap)
                .containsExactlyInAnyOrder(Tuple.tuple("Lập và quyết toán ngân sách", 2),
                        Tuple.tuple("Soạn thảo văn bản", 0));
        assertThatThrownBy(() -> positions.assess(scope, accountant.value(), Map.of(budgeting, 7), "x"))
                .isInstanceOf(InvalidPositionException.class);
        assertThatThrownBy(() -> positions.assess(scope, lawyer.value(), Map.of(budgeting, 3), "x"))
                .isInstanceOf(InvalidPositionException.class).hasMessageContaining("chưa được bố trí");
    }
}
