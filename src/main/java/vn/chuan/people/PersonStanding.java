package vn.chuan.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's latest standards verdict, computed by the standards module and kept here so that
 * lists filter and count by it: the verdict's code and label, the standard set, the unmet criteria.
 */
public record PersonStanding(String verdict, String verdictLabel, String standardSet, List<String> gaps,
        List<String> gapCodes, LocalDate assessedOn) {

    public PersonStanding {
        gaps = List.copyOf(gaps);
        gapCodes = List.copyOf(gapCodes);
    }
}
