package vn.chuan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingAgeTest {

    @Test
    void serviceStartsOnTheFifteenthBirthdayAtTheEarliestAndARefusalCitesItsSource() {
        LocalDate born = LocalDate.of(2000, 2, 29);
        assertThat(WorkingAge.earliestStart(born)).isEqualTo(LocalDate.of(2015, 2, 28));
        assertThat(WorkingAge.refusal(born, LocalDate.of(2015, 2, 28))).isEmpty();
        assertThat(WorkingAge.refusal(born, LocalDate.of(2015, 2, 27))).contains(
                "Ngày bắt đầu công tác phải sau ngày sinh ít nhất 15 năm (Bộ luật Lao động 2019, Điều 3 khoản 1)");
    }
}
