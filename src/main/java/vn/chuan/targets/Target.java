package vn.chuan.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An indicator to bring to {@code threshold} percent or above by {@code deadline} in the scope unit
 * and in each unit below it, measured from {@code baselineOn}, with optional year-end milestones.
 */
public record Target(long id, Indicator indicator, Plan plan, long scopeUnitId, String scopeUnitName, BigDecimal threshold,
        LocalDate baselineOn, LocalDate deadline, List<Milestone> milestones) {

    /** The share to reach by the end of {@code year}. */
    public record Milestone(int year, BigDecimal threshold) {
    }

    public Target {
        milestones = List.copyOf(milestones);
    }

    /** The milestone of this year, if one was set. */
    public Optional<Milestone> milestoneOf(int year) {
        return milestones.stream().filter(m -> m.year() == year).findFirst();
    }

    /** What a new target is made of, as the form gives it. */
    public record Definition(long indicatorId, Long planId, long scopeUnitId, BigDecimal threshold, LocalDate baselineOn,
            LocalDate deadline, List<Milestone> milestones) {
    }
}
