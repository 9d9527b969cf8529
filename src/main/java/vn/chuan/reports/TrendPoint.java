package vn.chuan.reports;

import java.time.LocalDate;

/** A unit's commune cadres and civil servants at one year's end: how many, and how many hold a degree, LLCT and IT. */
public record TrendPoint(LocalDate date, long total, long university, long politicalTheory, long it, long women) {

    public double share(long part) {
        return total == 0 ? 0 : Math.round(10_000.0 * part / total) / 100.0;
    }
}
