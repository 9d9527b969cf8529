package vn.chuan.titles;

import vn.chuan.shared.Refusal;

/** A title the catalogue refuses, with the form field at fault and the reason in the user's words. */
public class InvalidTitleException extends Refusal {

    public InvalidTitleException(String field, String message) {
        super(field, message);
    }

}
