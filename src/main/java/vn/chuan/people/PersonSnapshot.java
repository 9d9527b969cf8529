package vn.chuan.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;

/** A person as of a date, flat: identity, the post held, the highest level per recorded dimension. */
public record PersonSnapshot(long id, String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
        String citizenId, boolean partyMember, String unitCode, StaffCategory category, String titleCode,
        LocalDate startedOn, Map<Dimension, ScaleLevel> levels, String fieldOfStudy, String unitPath, List<String> concurrentTitleCodes) {
}
