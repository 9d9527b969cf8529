package vn.chuan.security;

import vn.chuan.shared.Refusal;

/** A refused account change; {@code field} names the form field, the message is for the user. */
public class InvalidAccountException extends Refusal {

    public InvalidAccountException(String field, String message) {
        super(field, message);
    }

}
