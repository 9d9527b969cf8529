package vn.chuan.shared;

import java.util.List;

/**
 * The one way a facade refuses what the user asked: the reason in their words, the form field it
 * concerns (or none) and, for a rule of law, its source. A user's mistake, never a server error:
 * one handler answers any refusal a controller did not catch (a 400 page, 422 from the API with
 * {@code errors: [{field, message}]}, exit 1 on the command line). Each module names its own
 * (an {@code Invalid…Exception}) by extending this one.
 */
public class Refusal extends RuntimeException {

    /** One problem: the form field it belongs to (null: the form as a whole) and what is wrong. */
    public record Problem(String field, String message) {
    }

    private final String field;
    private final String source;

    public Refusal(String message) {
        this(null, message, null);
    }

    public Refusal(String field, String message) {
        this(field, message, null);
    }

    public Refusal(String field, String message, String source) {
        super(message);
        this.field = field;
        this.source = source;
    }

    /** The form field at fault, or null. */
    public String field() {
        return field;
    }

    /** The legal source of the rule that refused, or null when no rule of law is at stake. */
    public String source() {
        return source;
    }

    /** Every problem found; one unless a module checks a whole form at once. */
    public List<Problem> problems() {
        return List.of(new Problem(field, getMessage()));
    }
}
