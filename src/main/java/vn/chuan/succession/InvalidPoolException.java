package vn.chuan.succession;

import vn.chuan.shared.Refusal;

/** A refused change to a succession pool; the message is for the user. */
public class InvalidPoolException extends Refusal {

    public InvalidPoolException(String message) {
        super(message);
    }
}
