package vn.chuan.shared;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Statutory retirement age in normal conditions (Bộ luật Lao động 2019 Art. 169, NĐ 135/2020):
 * from 2021 men 60y3m rising 3 months a year to 62 (2028), women 55y4m rising 4 months a year
 * to 60 (2035); before 2021, 60 and 55. The age applies by the year in which it is reached.
 */
public final class RetirementAge {

    private RetirementAge() {
    }

    /** The day the person reaches retirement age. */
    public static LocalDate reachedOn(LocalDate birthDate, Gender gender) {
        boolean man = gender == Gender.NAM;
        int baseMonths = man ? 60 * 12 : 55 * 12;
        int step = man ? 3 : 4;
        int capMonths = man ? 62 * 12 : 60 * 12;
        LocalDate old = birthDate.plusMonths(baseMonths);
        if (old.getYear() < 2021) {
            return old;
        }
        for (int year = 2021; ; year++) {
            int months = Math.min(capMonths, baseMonths + step * (year - 2020));
            LocalDate reached = birthDate.plusMonths(months);
            if (reached.getYear() <= year) {
                return reached;
            }
        }
    }

    /** The last day of service: the end of the month in which the age is reached. */
    public static LocalDate lastDayOfService(LocalDate birthDate, Gender gender) {
        return reachedOn(birthDate, gender).with(TemporalAdjusters.lastDayOfMonth());
    }

    /**
     * The latest birth date of a person of this gender who retires (last day of service) before
     * {@code date}: everyone born on or before it has left by then. Retirement comes later for a
     * later birth date, so the boundary is found by halving.
     */
    public static LocalDate latestBirthDateRetiredBefore(LocalDate date, Gender gender) {
        long low = date.minusYears(80).toEpochDay();
        long high = date.toEpochDay();
        while (low < high) {
            long middle = (low + high + 1) / 2;
            if (lastDayOfService(LocalDate.ofEpochDay(middle), gender).isBefore(date)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return LocalDate.ofEpochDay(low);
    }
}
