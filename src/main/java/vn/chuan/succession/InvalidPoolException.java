package vn.chuan.succession;

/** A refused change to a succession pool; the message is for the user. */
public class InvalidPoolException extends RuntimeException {

    public InvalidPoolException(String message) {
        super(message);
    }
}
