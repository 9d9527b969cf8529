package vn.chuan.positions;

import vn.chuan.shared.Refused;

/** A refused change to positions, frameworks, placements or assessments; the message is for the user. */
public class InvalidPositionException extends RuntimeException implements Refused {

    public InvalidPositionException(String message) {
        super(message);
    }
}
