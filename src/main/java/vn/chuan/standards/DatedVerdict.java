package vn.chuan.standards;

import java.time.LocalDate;
import java.util.List;

import vn.chuan.people.Assignment;

/**
 * A person's verdict, as the set in force each day judges every post held that day, over days of one principal post in
 * which nothing it depends on changes ({@code to} null: from {@code from} on). The gap codes are the criteria unmet.
 */
public record DatedVerdict(Assignment post, LocalDate from, LocalDate to, Verdict verdict, List<String> gapCodes) {
}
