package vn.chuan.evaluation;

/** A refused evaluation change; the message is for the user. */
public class InvalidEvaluationException extends RuntimeException {

    public InvalidEvaluationException(String message) {
        super(message);
    }
}
