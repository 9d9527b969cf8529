package vn.chuan.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.chuan.evaluation.Conduct;
import vn.chuan.evaluation.DisciplineForm;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Finding;
import vn.chuan.shared.Gender;
import vn.chuan.succession.SuccessionRules.Makeup;

/** Each succession rule on its own: met, and unmet with the reason a user reads and its source. */
class SuccessionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aPoolNeedsTwoToThreePeopleForATitle() {
        assertThat(SuccessionRules.Pool.check(new Makeup(2, 1, 1))).isEmpty();
        assertThat(SuccessionRules.Pool.check(new Makeup(1, 1, 1))).extracting(Finding::rule, Finding::reason, Finding::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AT_LEAST_TWO", "Có 1 người: cần ít nhất 2 người cho một chức danh",
                        "QĐ 50-QĐ/TW"));
        assertThat(SuccessionRules.Pool.check(new Makeup(4, 1, 1))).extracting(Finding::rule, Finding::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AT_MOST_THREE",
                        "Có 4 người: tối đa 3 người cho một chức danh (QĐ 377-QĐ/TW)"));
    }

    @Test
    void womenAreAtLeastAQuarterAndYoungPeopleAtLeastFifteenPercent() {
        assertThat(SuccessionRules.Pool.check(new Makeup(3, 0, 1))).extracting(Finding::rule, Finding::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WOMEN_SHARE", "Nữ 0/3: dưới 25% (QĐ 50-QĐ/TW)"));
        assertThat(SuccessionRules.Pool.check(new Makeup(3, 1, 0))).extracting(Finding::rule, Finding::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YOUNG_SHARE", "Dưới 40 tuổi 0/3: dưới 15% (QĐ 50-QĐ/TW)"));
        assertThat(SuccessionRules.Pool.check(new Makeup(0, 0, 0))).extracting(Finding::rule).containsExactly("AT_LEAST_TWO");
    }

    @Test
    void aDisciplineTakesAPersonOutWhileInEffectTwelveMonthsWhenItNamesNoDuration() {
        PersonRecord person = person(LocalDate.of(1985, 3, 15), Gender.NAM);
        Conduct.Discipline reprimand = new Conduct.Discipline(1, 1, DisciplineForm.KHIEN_TRACH, "12/QĐ-UBND", LocalDate.of(2026, 1, 10),
                "UBND xã", null);
        assertThat(SuccessionRules.Person.NO_DISCIPLINE_IN_EFFECT.check(candidate(person, List.of(reprimand), TODAY)))
                .extracting(Finding::reason).singleElement().asString().startsWith("bị kỷ luật Khiển trách").contains("12/QĐ-UBND");
        assertThat(SuccessionRules.Person.NO_DISCIPLINE_IN_EFFECT.check(candidate(person, List.of(reprimand), LocalDate.of(2027, 1, 10))))
                .isEmpty();
        Conduct.Discipline threeMonths = new Conduct.Discipline(2, 1, DisciplineForm.KHIEN_TRACH, "13/QĐ-UBND", LocalDate.of(2026, 1, 10),
                "UBND xã", 3);
        assertThat(SuccessionRules.Person.NO_DISCIPLINE_IN_EFFECT.check(candidate(person, List.of(threeMonths), TODAY))).isEmpty();
    }

    @Test
    void aMemberMustHaveWorkingAgeForTheWholeTerm() {
        assertThat(SuccessionRules.Person.WORKING_AGE_FOR_THE_TERM.check(candidate(person(LocalDate.of(1985, 3, 15), Gender.NAM), List.of(),
                TODAY))).isEmpty();
        List<Finding> old = SuccessionRules.Person.WORKING_AGE_FOR_THE_TERM.check(candidate(person(LocalDate.of(1966, 3, 15), Gender.NAM),
                List.of(), TODAY));
        assertThat(old).extracting(Finding::reason).singleElement().asString().contains("nhiệm kỳ 2026–2030");
        assertThat(old).extracting(Finding::source).containsExactly("QĐ 50-QĐ/TW; NĐ 135/2020/NĐ-CP");
    }

    @Test
    void theTitleStandardsNameEachLevelStillToReach() {
        PersonRecord person = person(LocalDate.of(1985, 3, 15), Gender.NU);
        SuccessionRules.Candidate candidate = new SuccessionRules.Candidate(person, 2026, 2030,
                Map.of(Dimension.POLITICAL_THEORY, Dimension.POLITICAL_THEORY.level("TRUNG_CAP")),
                Map.of(Dimension.POLITICAL_THEORY, Dimension.POLITICAL_THEORY.level("SO_CAP")), List.of(), TODAY);
        assertThat(SuccessionRules.Person.TITLE_STANDARDS.check(candidate)).extracting(Finding::reason)
                .containsExactly("Lý luận chính trị: cần Trung cấp, hiện Sơ cấp");
        SuccessionRules.Candidate meets = new SuccessionRules.Candidate(person, 2026, 2030, candidate.required(), candidate.required(),
                List.of(), TODAY);
        assertThat(SuccessionRules.Person.TITLE_STANDARDS.check(meets)).isEmpty();
    }

    @Test
    void anAppointmentIsFromThePoolOfTheTitleUnitAndTerm() {
        SuccessionPool pool = new SuccessionPool(7, 3, "Xã Chợ Đồn", "CT_UBND", 2026, 2030, List.of(
                new SuccessionPool.Member(1, 42, "CB42", "Hoàng Thị Mai", TODAY, "Đủ tiêu chuẩn", null, null)));
        assertThat(SuccessionRules.AppointmentRule.FROM_THE_POOL.check(
                new SuccessionRules.Appointment(42, "Chủ tịch UBND", "Xã Chợ Đồn", Optional.of(pool)))).isEmpty();
        assertThat(SuccessionRules.AppointmentRule.FROM_THE_POOL.check(
                new SuccessionRules.Appointment(43, "Chủ tịch UBND", "Xã Chợ Đồn", Optional.of(pool))).map(Finding::reason))
                .hasValue("Không có tên trong quy hoạch Chủ tịch UBND của Xã Chợ Đồn nhiệm kỳ 2026–2030");
        assertThat(SuccessionRules.AppointmentRule.FROM_THE_POOL.check(
                new SuccessionRules.Appointment(42, "Chủ tịch UBND", "Xã Chợ Đồn", Optional.empty())).map(Finding::reason))
                .hasValue("Không có tên trong quy hoạch Chủ tịch UBND của Xã Chợ Đồn (chưa lập quy hoạch)");
    }

    private static SuccessionRules.Candidate candidate(PersonRecord person, List<Conduct.Discipline> disciplines, LocalDate today) {
        return new SuccessionRules.Candidate(person, 2026, 2030, Map.of(), Map.of(), disciplines, today);
    }

    private static PersonRecord person(LocalDate birth, Gender gender) {
        return new PersonRecord(new PersonId(1), "CB1", "Nông Văn A", birth, gender, "Tày", null, false, null, 1, List.of(), List.of());
    }
}
