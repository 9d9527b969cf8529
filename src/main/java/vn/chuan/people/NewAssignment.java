package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/**
 * A post a person takes from a date: unit, category, title, why, how it is held (principal unless
 * said) and the decision it was taken by (none known: null).
 */
public record NewAssignment(UnitId unitId, StaffCategory category, String titleCode, LocalDate startedOn,
        AssignmentReason reason, PostKind kind, String decision) {

    public NewAssignment(UnitId unitId, StaffCategory category, String titleCode, LocalDate startedOn, AssignmentReason reason) {
        this(unitId, category, titleCode, startedOn, reason, PostKind.CHINH, null);
    }

    public NewAssignment(UnitId unitId, StaffCategory category, String titleCode, LocalDate startedOn, AssignmentReason reason,
            PostKind kind) {
        this(unitId, category, titleCode, startedOn, reason, kind, null);
    }

    public NewAssignment {
        if (unitId == null) {
            throw new InvalidPersonDataException("unitId", Messages.text("people.post.unitRequired"));
        }
        if (category == null) {
            throw new InvalidPersonDataException("category", Messages.text("people.post.categoryRequired"));
        }
        PositionTitle title = PositionTitle.findByCode(titleCode).orElseThrow(() ->
                new InvalidPersonDataException("titleCode", Messages.text("people.post.titleRequired")));
        if (title.category() != category) {
            throw new InvalidPersonDataException("titleCode", Messages.text("people.post.titleOfOtherCategory", title.name(),
                    title.category().label().toLowerCase(), category.label().toLowerCase()));
        }
        if (startedOn == null) {
            throw new InvalidPersonDataException("startedOn", Messages.text("people.post.startRequired"));
        }
        if (reason == null || reason.endsService()) {
            throw new InvalidPersonDataException("reason", Messages.text("people.post.reasonRequired"));
        }
        if (kind == null) {
            throw new InvalidPersonDataException("kind", Messages.text("people.post.kindRequired"));
        }
        decision = decision == null || decision.isBlank() ? null : decision.strip();
        if (decision != null && decision.length() > 100) {
            throw new InvalidPersonDataException("decision", Messages.text("people.post.decisionTooLong", 100));
        }
    }
}
