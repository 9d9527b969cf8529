package vn.chuan.security;

import vn.chuan.shared.Refused;

/** A refused account change; {@code field} names the form field, the message is for the user. */
public class InvalidAccountException extends RuntimeException implements Refused {

    private final String field;

    public InvalidAccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
