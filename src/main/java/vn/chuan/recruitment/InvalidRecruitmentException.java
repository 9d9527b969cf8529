package vn.chuan.recruitment;

import vn.chuan.shared.Refused;

/** A refused recruitment round or hire; the message is for the user. */
public class InvalidRecruitmentException extends RuntimeException implements Refused {

    public InvalidRecruitmentException(String message) {
        super(message);
    }
}
