package vn.chuan.evaluation;

import vn.chuan.shared.Refusal;

/** A refused evaluation change; the message is for the user. */
public class InvalidEvaluationException extends Refusal {

    public InvalidEvaluationException(String message) {
        super(message);
    }
}
