package vn.chuan.people;

import vn.chuan.shared.Messages;

/** No such person, or not in the caller's scope: both look the same to the caller on purpose. */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(long id) {
        super(Messages.text("people.notFound", id));
    }
}
