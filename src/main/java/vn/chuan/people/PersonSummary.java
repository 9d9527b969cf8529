package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.Gender;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;

/** One row of the people list: who, and the post held on the list's date. */
public record PersonSummary(long id, String code, String fullName, LocalDate birthDate, Gender gender,
        String ethnicity, boolean partyMember, String unitCode, String unitName, StaffCategory category,
        String titleCode) {

    public String titleName() {
        return PositionTitle.nameOf(titleCode);
    }
}
