package vn.chuan.standards;

/** A refused change to a standard set; the message is for the user. */
public class InvalidStandardException extends RuntimeException {

    public InvalidStandardException(String message) {
        super(message);
    }
}
