package vn.chuan.training;

/** A refused change to the catalogue, a class or a place; the message is for the user. */
public class InvalidTrainingException extends RuntimeException {

    public InvalidTrainingException(String message) {
        super(message);
    }
}
