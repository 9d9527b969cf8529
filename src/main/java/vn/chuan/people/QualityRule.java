package vn.chuan.people;

/** A data-quality rule as users see it: a stable code, a title and why it matters. */
public record QualityRule(String code, String title, String explanation) {
}
