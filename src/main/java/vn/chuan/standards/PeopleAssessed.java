package vn.chuan.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.chuan.people.PersonRecord;

/**
 * Published, in the writer's transaction, after these persons were re-assessed as of {@code on}
 * (today): their whole records as just read and their stored verdicts, so that listeners keeping
 * something per person (the reports' tallies) need not read the records again.
 */
public record PeopleAssessed(LocalDate on, List<PersonRecord> records, Map<Long, Verdict> verdicts) {

    public PeopleAssessed {
        records = List.copyOf(records);
        verdicts = Map.copyOf(verdicts);
    }
}
