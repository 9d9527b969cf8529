package vn.chuan.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.chuan.reports.IndicatorCount;

/**
 * Where a target stands in one unit on a date: the value then, at the baseline and at each year's
 * end; the gap in points and in people; the trend, the projection to the deadline and the traffic
 * light; each milestone met or not.
 */
public record TargetProgress(Target target, long unitId, String unitName, LocalDate asOf, IndicatorCount today, Point baseline,
        List<Point> yearEnds, Projection projection, TargetStatus status, List<MilestoneCheck> milestones) {

    /** The indicator counted on one date. */
    public record Point(LocalDate date, IndicatorCount count) {

        /** The share in percent, when there is one. */
        public Double value() {
            return count.percent().isPresent() ? count.percent().getAsDouble() : null;
        }
    }

    /** A milestone and how the unit stood at that year's end (null before it comes). */
    public record MilestoneCheck(Target.Milestone milestone, Double value, Boolean met) {
    }

    public Double value() {
        return today.percent().isPresent() ? today.percent().getAsDouble() : null;
    }

    /** Points below the threshold (0 when reached). */
    public double gapPoints() {
        Double value = value();
        return value == null ? 0 : Math.max(0, target.threshold().doubleValue() - value);
    }

    /** People who would have to meet the condition, with the population as it is, to reach the threshold. */
    public long gapPeople() {
        return gapPeople(target.threshold().doubleValue(), today);
    }

    static long gapPeople(double threshold, IndicatorCount count) {
        if (!count.known()) {
            return 0;
        }
        // threshold% of the population, rounded up: 90% of 41 people is 36.9, so 37 must meet it.
        long needed = (long) Math.ceil(threshold * count.population() / 100.0 - 1e-9);
        return Math.max(0, needed - count.meeting());
    }

    /** The points of the trend chart: baseline, year ends, today. */
    public List<Point> history() {
        List<Point> points = new ArrayList<>();
        points.add(baseline);
        points.addAll(yearEnds);
        points.add(new Point(asOf, today));
        return points;
    }

    public Optional<MilestoneCheck> lastMissedMilestone() {
        return milestones.stream().filter(m -> Boolean.FALSE.equals(m.met())).reduce((a, b) -> b);
    }
}
