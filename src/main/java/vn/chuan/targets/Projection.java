package vn.chuan.targets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.chuan.reports.IndicatorCount;
import vn.chuan.shared.Messages;

/**
 * The value a target's indicator will have at its deadline, if things go on as they have.
 * Method (shown to the user): start from the share among the people who will still be in post at
 * the deadline (today's population minus those who reach the statutory retirement age before it,
 * with what they hold), and add the trend: the least-squares slope, in points per year, of the
 * values at the baseline, each year's end and today, times the years left. Clamped to 0–100 %.
 */
public record Projection(Double slopePerYear, Double valueAfterRetirements, Double projected, long leaving, long leavingMeeting,
        NewRequirements newRequirements) {

    /**
     * A standard set that will be in force at the deadline instead of today's: the share of those
     * who stay that would meet it with what they hold today (it replaces the value after retirements).
     */
    public record NewRequirements(String set, LocalDate from, double value) {
    }

    static final String METHOD = Messages.text("targets.forecast.method");

    static Projection of(List<TargetProgress.Point> history, IndicatorCount today, LocalDate asOf, LocalDate deadline) {
        return of(history, today, asOf, deadline, null);
    }

    static Projection of(List<TargetProgress.Point> history, IndicatorCount today, LocalDate asOf, LocalDate deadline,
            NewRequirements newRequirements) {
        Double slope = slope(history, asOf);
        long staying = today.population() - today.leaving();
        Double afterRetirements = today.known() && staying > 0
                ? 100.0 * (today.meeting() - today.leavingMeeting()) / staying : null;
        Double start = newRequirements != null && afterRetirements != null ? Double.valueOf(newRequirements.value()) : afterRetirements;
        Double projected = null;
        if (start != null) {
            double years = Math.max(0, ChronoUnit.DAYS.between(asOf, deadline) / 365.25);
            projected = Math.max(0, Math.min(100, start + (slope == null ? 0 : slope) * years));
        }
        return new Projection(slope, afterRetirements, projected, today.leaving(), today.leavingMeeting(), newRequirements);
    }

    /** Least-squares slope of the known values against time in years; null with fewer than two. */
    static Double slope(List<TargetProgress.Point> points, LocalDate origin) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (TargetProgress.Point point : points) {
            Double y = point.value();
            if (y == null) {
                continue;
            }
            double x = ChronoUnit.DAYS.between(origin, point.date()) / 365.25;
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double denominator = n * sxx - sx * sx;
        return n < 2 || Math.abs(denominator) < 1e-12 ? null : (n * sxy - sx * sy) / denominator;
    }
}
