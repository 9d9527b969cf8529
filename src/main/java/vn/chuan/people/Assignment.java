package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/** A post held from {@code startedOn} to {@code endedOn} (inclusive; open when null). */
public record Assignment(long id, UnitId unitId, String unitCode, String unitName, StaffCategory category,
        String titleCode, LocalDate startedOn, LocalDate endedOn, AssignmentReason startReason,
        AssignmentReason endReason, int version, PostKind kind, String decision) {

    /** The principal post: the one a person is counted by and seen through (one at a time). */
    public boolean isPrincipal() {
        return kind.isPrincipal();
    }

    public boolean isCurrentOn(LocalDate date) {
        return !startedOn.isAfter(date) && (endedOn == null || !endedOn.isBefore(date));
    }

    public String titleName() {
        return PositionTitle.nameOf(titleCode);
    }
}
