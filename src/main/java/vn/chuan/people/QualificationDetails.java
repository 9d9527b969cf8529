package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.VietnameseText;

/** A qualification as entered: a level on one dimension's scale, with its evidence. */
public record QualificationDetails(Dimension dimension, ScaleLevel level, String fieldOfStudy, String institution,
        LocalDate acquiredOn, String evidence) {

    public QualificationDetails {
        if (dimension == null) {
            throw new InvalidPersonDataException("dimension", "Hãy chọn loại trình độ");
        }
        if (level == null || !level.dimension().equals(dimension.name())) {
            throw new InvalidPersonDataException("levelCode", "Hãy chọn một mức của " + dimension.label());
        }
        if (acquiredOn != null && acquiredOn.isAfter(Dates.today())) {
            throw new InvalidPersonDataException("acquiredOn", "Ngày cấp không được sau hôm nay");
        }
        fieldOfStudy = trim(fieldOfStudy, "fieldOfStudy", "Chuyên ngành");
        institution = trim(institution, "institution", "Cơ sở đào tạo");
        evidence = trim(evidence, "evidence", "Văn bằng, chứng chỉ");
    }

    private static String trim(String value, String field, String label) {
        if (VietnameseText.isBlank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > 200) {
            throw new InvalidPersonDataException(field, label + " dài quá 200 ký tự");
        }
        return stripped;
    }
}
