package vn.chuan.rotation;

import vn.chuan.shared.Refused;

/** A refused move or duration; the message is for the user. */
public class InvalidRotationException extends RuntimeException implements Refused {

    public InvalidRotationException(String message) {
        super(message);
    }
}
