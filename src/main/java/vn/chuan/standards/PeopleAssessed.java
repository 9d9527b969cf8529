package vn.chuan.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.chuan.people.PersonRecord;

/**
 * Published, in the writer's transaction, after these persons were re-assessed as of {@code on}
 * (today): their whole records as just read and their stored verdicts, so that listeners keeping
 * something per person (the reports' tallies) need not read the records again. {@code created}:
 * the persons were just created by a bulk load (nothing is kept for them yet). {@code gapCodes}: per
 * person the codes of the criteria unmet (see {@link Criterion#gapCode()}), empty when none.
 */
public record PeopleAssessed(LocalDate on, List<PersonRecord> records, Map<Long, Verdict> verdicts, Map<Long, List<String>> gapCodes,
        boolean created) {

    public PeopleAssessed {
        records = List.copyOf(records);
        verdicts = Map.copyOf(verdicts);
        gapCodes = Map.copyOf(gapCodes);
    }
}
