package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.VietnameseText;

/** A qualification as entered: a level on one dimension's scale, with its evidence. */
public record QualificationDetails(Dimension dimension, ScaleLevel level, String fieldOfStudy, String institution,
        LocalDate acquiredOn, String evidence) {

    public QualificationDetails {
        if (dimension == null) {
            throw new InvalidPersonDataException("dimension", Messages.text("people.level.dimensionRequired"));
        }
        if (level == null || !level.dimension().equals(dimension.name())) {
            throw new InvalidPersonDataException("levelCode", Messages.text("people.level.levelRequired", dimension.label()));
        }
        if (acquiredOn != null && acquiredOn.isAfter(Dates.today())) {
            throw new InvalidPersonDataException("acquiredOn", Messages.text("people.level.inFuture"));
        }
        fieldOfStudy = trim(fieldOfStudy, "fieldOfStudy", Messages.text("people.field.fieldOfStudy"));
        institution = trim(institution, "institution", Messages.text("people.field.institution"));
        evidence = trim(evidence, "evidence", Messages.text("people.field.evidence"));
    }

    private static String trim(String value, String field, String label) {
        if (VietnameseText.isBlank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > 200) {
            throw new InvalidPersonDataException(field, Messages.text("people.level.tooLong", label));
        }
        return stripped;
    }
}
