package vn.chuan.recruitment;

/** A refused recruitment round or hire; the message is for the user. */
public class InvalidRecruitmentException extends RuntimeException {

    public InvalidRecruitmentException(String message) {
        super(message);
    }
}
