package vn.chuan.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.chuan.shared.AssignmentReason;

/** A whole record to load at once (demo data, migrations): identity, past and present posts, qualifications. */
public record PersonHistory(PersonDetails details, List<Post> posts, List<QualificationDetails> qualifications) {

    /**
     * The record as just written under this id (row ids and versions of posts and qualifications
     * are not known here: 0; unit codes and names are not filled in).
     */
    PersonRecord asRecord(long id) {
        List<Assignment> assignments = posts.stream().map(p -> new Assignment(0, p.assignment().unitId(), null, null,
                p.assignment().category(), p.assignment().titleCode(), p.assignment().startedOn(), p.endedOn(),
                p.assignment().reason(), p.endReason(), 0, p.assignment().kind(), p.assignment().decision()))
                .sorted(Comparator.comparing(Assignment::startedOn).reversed()).toList();
        List<Qualification> levels = qualifications.stream().map(q -> new Qualification(0, q.dimension(), q.level(),
                q.fieldOfStudy(), q.institution(), q.acquiredOn(), q.evidence(), 0)).toList();
        return new PersonRecord(new PersonId(id), details.code(), details.fullName(), details.birthDate(), details.gender(),
                details.ethnicity(), details.citizenId(), details.partyMember(), details.partyJoinedOn(), 0, assignments, levels);
    }

    /** A post with, for a past one, its end. */
    public record Post(NewAssignment assignment, LocalDate endedOn, AssignmentReason endReason) {
    }
}
