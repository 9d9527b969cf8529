package vn.chuan.training;

import vn.chuan.shared.Refusal;

/** A refused change to the catalogue, a class or a place; the message is for the user. */
public class InvalidTrainingException extends Refusal {

    public InvalidTrainingException(String message) {
        super(message);
    }
}
