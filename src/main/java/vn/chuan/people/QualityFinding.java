package vn.chuan.people;

/** One record a rule flags, with what is wrong in a sentence; {@code personId} links to the record to fix. */
public record QualityFinding(long personId, String personCode, String fullName, String unitName, String detail) {
}
