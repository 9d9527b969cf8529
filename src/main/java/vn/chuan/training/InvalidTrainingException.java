package vn.chuan.training;

import vn.chuan.shared.Refused;

/** A refused change to the catalogue, a class or a place; the message is for the user. */
public class InvalidTrainingException extends RuntimeException implements Refused {

    public InvalidTrainingException(String message) {
        super(message);
    }
}
