package vn.chuan.recruitment;

import vn.chuan.shared.Refusal;

/** A refused recruitment round or hire; the message is for the user. */
public class InvalidRecruitmentException extends Refusal {

    public InvalidRecruitmentException(String message) {
        super(message);
    }
}
