package vn.chuan.reports;

import java.time.LocalDate;

/**
 * A unit's commune cadres and civil servants at one year's end: how many, how many hold a degree,
 * LLCT and IT, and how many met the standards of the set in force that day.
 */
public record TrendPoint(LocalDate date, long total, long university, long politicalTheory, long it, long women, long meetingStandards) {

    public double share(long part) {
        return total == 0 ? 0 : Math.round(10_000.0 * part / total) / 100.0;
    }
}
