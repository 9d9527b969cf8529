package vn.chuan.evaluation;

import vn.chuan.shared.Refused;

/** A refused evaluation change; the message is for the user. */
public class InvalidEvaluationException extends RuntimeException implements Refused {

    public InvalidEvaluationException(String message) {
        super(message);
    }
}
