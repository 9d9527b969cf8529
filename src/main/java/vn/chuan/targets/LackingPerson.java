package vn.chuan.targets;

import java.time.LocalDate;
import java.util.List;

/** One person of a target's population who does not meet its condition today, and what they lack. */
public record LackingPerson(long personId, String code, String fullName, LocalDate birthDate, String unitName, String titleName,
        List<String> lacks, LocalDate retiresOn) {
}
