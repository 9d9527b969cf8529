package vn.chuan.training;

import java.time.LocalDate;

/** A place in a class taken by a person, and how it ended. */
public record Enrolment(long id, long classId, String classCode, String programmeName, String kindName, LocalDate startsOn,
        LocalDate endsOn, long personId, String personCode, String personName, EnrolmentStatus status, String result,
        String certificateNumber, LocalDate certificateDate, Funding funding, int version) {
}
