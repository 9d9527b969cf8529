package vn.chuan.succession;

import java.time.LocalDate;
import java.util.List;

import vn.chuan.shared.PositionTitle;

/** A pool of people planned for a leadership title of a unit over a term (e.g. 2025–2030), and its members. */
public record SuccessionPool(long id, long unitId, String unitName, String titleCode, int termFrom, int termTo, List<Member> members) {

    /** A person in (or once in) the pool: when and why added, and removed. */
    public record Member(long id, long personId, String personCode, String personName, LocalDate addedOn, String addedReason,
            LocalDate removedOn, String removedReason) {

        public boolean active() {
            return removedOn == null;
        }
    }

    public String titleName() {
        return PositionTitle.nameOf(titleCode);
    }

    public String term() {
        return termFrom + "–" + termTo;
    }

    public List<Member> activeMembers() {
        return members.stream().filter(Member::active).toList();
    }
}
