package vn.chuan.rotation;

/** A refused move or duration; the message is for the user. */
public class InvalidRotationException extends RuntimeException {

    public InvalidRotationException(String message) {
        super(message);
    }
}
