package vn.chuan.standards;

import vn.chuan.shared.Refusal;

/** A refused change to a standard set; the message is for the user. */
public class InvalidStandardException extends Refusal {

    public InvalidStandardException(String message) {
        super(message);
    }
}
