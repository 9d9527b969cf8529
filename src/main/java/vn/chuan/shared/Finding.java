package vn.chuan.shared;

/**
 * What a named rule found unmet: the rule (its code, stable for tests and logs), the reason in the
 * user's words (from messages.properties) and the legal source the rule comes from. A rule that is
 * met finds nothing.
 */
public record Finding(String rule, String reason, String source) {

    /** The reason followed by its source, as a list of findings shows it. */
    public String withSource() {
        return source == null || source.isBlank() || reason.contains(source) ? reason : reason + " (" + source + ")";
    }
}
