package vn.chuan.people;

import java.time.LocalDate;
import java.util.List;

/** The findings of every rule for a scope on a date; {@code shown} is capped, {@code count} is not. */
public record QualityReport(LocalDate date, List<RuleResult> results) {

    public record RuleResult(QualityRule rule, long count, List<QualityFinding> shown) {
    }

    public long total() {
        return results.stream().mapToLong(RuleResult::count).sum();
    }
}
