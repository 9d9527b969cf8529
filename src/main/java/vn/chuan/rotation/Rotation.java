package vn.chuan.rotation;

import java.time.LocalDate;

import vn.chuan.shared.PositionTitle;

/** One move: who, which kind, from which unit and post to which, when, under which decision. */
public record Rotation(long id, long personId, String personCode, String personName, RotationKind kind, String fromUnitName,
        String fromTitle, String toUnitName, String toTitle, LocalDate startedOn, LocalDate endedOn, String decision,
        Direction direction, String fromUnitPath) {

    public String fromTitleName() {
        return PositionTitle.nameOf(fromTitle);
    }

    public String toTitleName() {
        return PositionTitle.nameOf(toTitle);
    }
}
