package vn.chuan.titles;

import vn.chuan.shared.Refused;

/** A title the catalogue refuses, with the form field at fault and the reason in the user's words. */
public class InvalidTitleException extends RuntimeException implements Refused {

    private final String field;

    public InvalidTitleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
