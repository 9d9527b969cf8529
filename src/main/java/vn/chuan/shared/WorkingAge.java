package vn.chuan.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Nobody serves before the minimum working age: a post, a past post or an earlier start must begin
 * at least 15 years after birth (Bộ luật Lao động 2019, Điều 3 khoản 1: độ tuổi lao động tối thiểu
 * là đủ 15 tuổi [chưa xác minh điều khoản]). A plausibility rule on the record, not the recruitment
 * age of civil servants (18, Luật Cán bộ, công chức).
 */
public final class WorkingAge {

    public static final int MINIMUM_YEARS = 15;
    public static final String SOURCE = "Bộ luật Lao động 2019, Điều 3 khoản 1";

    private WorkingAge() {
    }

    /** The first day a person born on {@code birthDate} may hold a post. */
    public static LocalDate earliestStart(LocalDate birthDate) {
        return birthDate.plusYears(MINIMUM_YEARS);
    }

    /** Why service cannot start on {@code startedOn}, if it cannot. */
    public static Optional<String> refusal(LocalDate birthDate, LocalDate startedOn) {
        return startedOn.isBefore(earliestStart(birthDate))
                ? Optional.of(Messages.text("shared.workingAge.tooYoung", MINIMUM_YEARS, SOURCE))
                : Optional.empty();
    }
}
