package vn.chuan.reports;

import java.util.OptionalDouble;

/**
 * An indicator counted in one unit's subtree on one date: the population, how many of it meet the
 * condition, and how many of each will have left by retirement before a given date. Unknown when
 * the condition reads the standards verdict on a date other than today.
 */
public record IndicatorCount(boolean known, long population, long meeting, long leaving, long leavingMeeting) {

    public static final IndicatorCount UNKNOWN = new IndicatorCount(false, 0, 0, 0, 0);
    static final IndicatorCount NONE = new IndicatorCount(true, 0, 0, 0, 0);

    public IndicatorCount plus(IndicatorCount other) {
        return new IndicatorCount(known, population + other.population, meeting + other.meeting, leaving + other.leaving,
                leavingMeeting + other.leavingMeeting);
    }

    /** The share meeting the condition in percent; empty without population or data. */
    public OptionalDouble percent() {
        return known && population > 0 ? OptionalDouble.of(100.0 * meeting / population) : OptionalDouble.empty();
    }
}
