package vn.chuan.people;

import java.time.LocalDate;
import java.util.List;

import vn.chuan.shared.AssignmentReason;

/** A whole record to load at once (demo data, migrations): identity, past and present posts, qualifications. */
public record PersonHistory(PersonDetails details, List<Post> posts, List<QualificationDetails> qualifications) {

    /** A post with, for a past one, its end. */
    public record Post(NewAssignment assignment, LocalDate endedOn, AssignmentReason endReason) {
    }
}
