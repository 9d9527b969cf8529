package vn.chuan.standards;

import vn.chuan.shared.Refused;

/** A refused change to a standard set; the message is for the user. */
public class InvalidStandardException extends RuntimeException implements Refused {

    public InvalidStandardException(String message) {
        super(message);
    }
}
