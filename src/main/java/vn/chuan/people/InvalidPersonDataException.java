package vn.chuan.people;

import vn.chuan.shared.Refused;

/** Input that the registry refuses; {@code field} names the form field, the message is for the user. */
public class InvalidPersonDataException extends RuntimeException implements Refused {

    private final String field;

    public InvalidPersonDataException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
