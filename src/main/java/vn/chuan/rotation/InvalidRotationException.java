package vn.chuan.rotation;

import vn.chuan.shared.Refusal;

/** A refused move or duration; the message is for the user. */
public class InvalidRotationException extends Refusal {

    public InvalidRotationException(String message) {
        super(message);
    }
}
