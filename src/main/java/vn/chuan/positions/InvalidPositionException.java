package vn.chuan.positions;

/** A refused change to positions, frameworks, placements or assessments; the message is for the user. */
public class InvalidPositionException extends RuntimeException {

    public InvalidPositionException(String message) {
        super(message);
    }
}
