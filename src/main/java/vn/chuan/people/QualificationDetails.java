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
            throw new InvalidPersonDataException("dimension", Messages.text("people.hay-chon-loai-trinh-do"));
        }
        if (level == null || !level.dimension().equals(dimension.name())) {
            throw new InvalidPersonDataException("levelCode", Messages.text("people.hay-chon-mot-muc-cua", dimension.label()));
        }
        if (acquiredOn != null && acquiredOn.isAfter(Dates.today())) {
            throw new InvalidPersonDataException("acquiredOn", Messages.text("people.ngay-cap-khong-duoc-sau-hom"));
        }
        fieldOfStudy = trim(fieldOfStudy, "fieldOfStudy", Messages.text("people.chuyen-nganh"));
        institution = trim(institution, "institution", Messages.text("people.co-so-dao-tao"));
        evidence = trim(evidence, "evidence", Messages.text("people.van-bang-chung-chi"));
    }

    private static String trim(String value, String field, String label) {
        if (VietnameseText.isBlank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > 200) {
            throw new InvalidPersonDataException(field, Messages.text("people.dai-qua-200-ky-tu", label));
        }
        return stripped;
    }
}
