package vn.chuan.people;

import vn.chuan.shared.Refusal;

/** Input that the registry refuses; {@code field} names the form field, the message is for the user. */
public class InvalidPersonDataException extends Refusal {

    public InvalidPersonDataException(String field, String message) {
        super(field, message);
    }

}
