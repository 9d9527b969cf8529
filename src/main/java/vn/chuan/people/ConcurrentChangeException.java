package vn.chuan.people;

import vn.chuan.shared.Messages;

/** A save based on an outdated version: somebody else saved first. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException() {
        super(Messages.text("people.changedMeanwhile"));
    }
}
