package vn.chuan.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The standards verdicts of people as of a date other than today, which the registry cannot work out
 * itself (the standards module sits above people and keeps only today's verdict here). The standards
 * module provides it; the people list asks it when a verdict or an unmet criterion is filtered on a
 * past date, so that every count of a dated report opens exactly its list.
 */
public interface PastStandings {

    /**
     * Of these persons, those whose verdict on {@code date}, under the standard set in force that day,
     * is {@code verdict} (any, when null) and who leave one of {@code gapCodes} unmet (when not empty).
     */
    Set<Long> matching(Collection<Long> personIds, LocalDate date, String verdict, List<String> gapCodes);
}
