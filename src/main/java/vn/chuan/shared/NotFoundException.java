package vn.chuan.shared;

/**
 * What the user asked for does not exist (or is not theirs to see): a unit, a set, a round, an import
 * by an id in the address. Pages answer 404 and the API 404; any other missing value is a bug and
 * is answered as one (500, logged), never hidden as "not found".
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
