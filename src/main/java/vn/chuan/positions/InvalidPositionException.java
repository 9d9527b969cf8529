package vn.chuan.positions;

import vn.chuan.shared.Refusal;

/** A refused change to positions, frameworks, placements or assessments; the message is for the user. */
public class InvalidPositionException extends Refusal {

    public InvalidPositionException(String message) {
        super(message);
    }
}
