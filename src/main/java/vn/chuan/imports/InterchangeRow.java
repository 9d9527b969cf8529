package vn.chuan.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;

/** One person as the interchange format holds them: identity, current post and highest levels. */
public record InterchangeRow(String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
        String citizenId, String unitCode, StaffCategory category, String titleCode, LocalDate startedOn,
        Boolean partyMember, Map<Dimension, ScaleLevel> levels, String fieldOfStudy, List<String> concurrentTitleCodes) {
}
