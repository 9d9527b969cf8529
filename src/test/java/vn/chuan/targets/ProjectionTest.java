package vn.chuan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.chuan.reports.Condition;
import vn.chuan.reports.IndicatorCount;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.PositionTitle;

/** The projection, the gap in people and the condition text, without a database. */
class ProjectionTest {

    private static TargetProgress.Point point(String date, long population, long meeting) {
        return new TargetProgress.Point(LocalDate.parse(date), new IndicatorCount(true, population, meeting, 0, 0));
    }

    @Test
    void theProjectionStartsFromThoseWhoStayAndAddsTheTrend() {
        // 40% then 60% two years later: ten points a year.
        List<TargetProgress.Point> history = List.of(point("2024-01-01", 10, 4), point("2026-01-01", 10, 6));
        // Of the ten in post today, two will retire before the deadline, neither meeting the condition: 6 of 8 stay.
        IndicatorCount today = new IndicatorCount(true, 10, 6, 2, 0);

        Projection projection = Projection.of(history, today, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

        assertThat(projection.slopePerYear()).isCloseTo(10.0, within(0.02));
        assertThat(projection.valueAfterRetirements()).isCloseTo(75.0, within(1e-9));
        assertThat(projection.projected()).isCloseTo(85.0, within(0.05));
        assertThat(projection.leaving()).isEqualTo(2);
    }

    @Test
    void retirementsOfPeopleWhoMeetTheConditionPullTheProjectionDown() {
        List<TargetProgress.Point> flat = List.of(point("2024-12-31", 10, 9), point("2025-12-31", 10, 9));
        IndicatorCount today = new IndicatorCount(true, 10, 9, 3, 3);

        Projection projection = Projection.of(flat, today, LocalDate.of(2025, 12, 31), LocalDate.of(2030, 12, 31));

        assertThat(projection.slopePerYear()).isCloseTo(0.0, within(1e-9));
        assertThat(projection.projected()).as("6 of the 7 who stay").isCloseTo(600.0 / 7, within(1e-9));
    }

    @Test
    void aProjectionStaysBetweenZeroAndAHundredAndNeedsTwoPointsForATrend() {
        List<TargetProgress.Point> steep = List.of(point("2020-12-31", 10, 1), point("2021-12-31", 10, 9));
        assertThat(Projection.of(steep, new IndicatorCount(true, 10, 9, 0, 0), LocalDate.of(2021, 12, 31), LocalDate.of(2030, 12, 31))
                .projected()).isEqualTo(100.0);
        assertThat(Projection.slope(List.of(point("2021-12-31", 10, 9)), LocalDate.of(2021, 12, 31))).isNull();
        assertThat(Projection.of(List.of(), new IndicatorCount(true, 2, 1, 2, 1), LocalDate.of(2021, 1, 1), LocalDate.of(2030, 1, 1))
                .projected()).as("everybody retires").isNull();
    }

    @Test
    void theGapInPeopleRoundsTheNeededNumberUp() {
        // 90% of 41 is 36.9: 37 must meet it; 30 do.
        assertThat(TargetProgress.gapPeople(90, new IndicatorCount(true, 41, 30, 0, 0))).isEqualTo(7);
        assertThat(TargetProgress.gapPeople(90, new IndicatorCount(true, 10, 9, 0, 0))).isZero();
        assertThat(TargetProgress.gapPeople(100, new IndicatorCount(true, 10, 10, 0, 0))).isZero();
        assertThat(TargetProgress.gapPeople(20, new IndicatorCount(true, 5, 0, 0, 0))).isEqualTo(1);
    }

    @Test
    void conditionsCombineAndWithOrAndReadBackInVietnamese() {
        Condition condition = ConditionText.parse("chuyen_mon>=DAI_HOC; ngoai_ngu>=A1 | tieng_dan_toc>=CO_CHUNG_CHI");

        assertThat(condition).isEqualTo(new Condition.AllOf(List.of(
                new Condition.AtLeast(Dimension.PROFESSIONAL, Dimension.PROFESSIONAL.level("DAI_HOC")),
                new Condition.AnyOf(List.of(new Condition.AtLeast(Dimension.FOREIGN_LANGUAGE, Dimension.FOREIGN_LANGUAGE.level("A1")),
                        new Condition.AtLeast(Dimension.ETHNIC_LANGUAGE, Dimension.ETHNIC_LANGUAGE.level("CO_CHUNG_CHI")))))));
        assertThat(ConditionText.describe("chuyen_mon>=DAI_HOC; ngoai_ngu>=A1 | tieng_dan_toc>=CO_CHUNG_CHI"))
                .isEqualTo("Trình độ chuyên môn từ Đại học trở lên và (Ngoại ngữ từ A1 trở lên hoặc Tiếng dân tộc: Có chứng chỉ)");
        assertThat(ConditionText.parse("dat_chuan").readsVerdict()).isTrue();
        assertThat(ConditionText.parse("tuoi<30; nu")).isEqualTo(new Condition.AllOf(List.of(new Condition.YoungerThan(30),
                new Condition.Woman())));
    }

    @Test
    void aConditionThatIsNotUnderstoodIsRefusedNamingThePart() {
        assertThatThrownBy(() -> ConditionText.parse("chuyen_mon>=TIEN_SY_KHOA_HOC"))
                .isInstanceOf(InvalidTargetException.class).hasMessage("Không hiểu điều kiện “chuyen_mon>=TIEN_SY_KHOA_HOC”");
        assertThatThrownBy(() -> ConditionText.parse(" ; "))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining("Cần ít nhất một điều kiện");
        assertThatThrownBy(() -> ConditionText.parse("tuoi<abc")).isInstanceOf(InvalidTargetException.class);
    }

    @Test
    void everySeededIndicatorReadsBack() {
        for (Indicator.Definition seeded : SeededIndicators.all()) {
            assertThat(ConditionText.parse(seeded.condition())).as(seeded.name()).isNotNull();
            assertThat(seeded.titleCodes()).allSatisfy(code -> assertThat(PositionTitle.findByCode(code)).isPresent());
        }
    }
}
