package vn.chuan.reports;

import java.time.LocalDate;

/**
 * An indicator to count: its population and condition, and the date before which retirements are
 * counted ({@code leavingBefore}, null for none).
 */
public record Measure(Population population, Condition condition, LocalDate leavingBefore) {
}
