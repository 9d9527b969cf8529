package vn.chuan.succession;

import vn.chuan.shared.Refused;

/** A refused change to a succession pool; the message is for the user. */
public class InvalidPoolException extends RuntimeException implements Refused {

    public InvalidPoolException(String message) {
        super(message);
    }
}
