package vn.chuan.standards;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.chuan.people.Assignment;
import vn.chuan.people.PastStandings;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Verdicts as of any date for the people list: each person assessed under the set in force on that
 * date from the post, levels, age and unit of that date, as the dated reports count them.
 */
@Component
class DatedStandings implements PastStandings {

    private static final int CHUNK = 500;

    private final Standards standards;
    private final PersonRegistry people;
    private final Units units;

    DatedStandings(Standards standards, PersonRegistry people, Units units) {
        this.standards = standards;
        this.people = people;
        this.units = units;
    }

    @Override
    public Set<Long> matching(Collection<Long> personIds, LocalDate date, String verdict, List<String> gapCodes) {
        Optional<StandardsEngine> engine = standards.engineOn(date);
        List<Long> ids = List.copyOf(personIds);
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // The candidates come from a scoped search: reading their records here shows nothing outside it.
            List<PersonRecord> records = people.findByIds(UserScope.system(), ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            Map<UnitId, Unit> postUnits = units.findAll(records.stream().flatMap(r -> r.assignmentOn(date).stream())
                    .map(Assignment::unitId).distinct().toList());
            for (PersonRecord record : records) {
                Optional<Assignment> post = record.assignmentOn(date);
                if (post.isEmpty()) {
                    continue;
                }
                Unit unit = postUnits.get(post.get().unitId());
                Assessment assessment = engine.isEmpty() ? Assessment.NOT_APPLICABLE : engine.get().assess(
                        Standards.profile(record, post.get(), unit != null && unit.difficultArea(), date), date);
                boolean verdictMatches = verdict == null || assessment.verdict().name().equals(verdict);
                boolean gapMatches = gapCodes.isEmpty() || assessment.gaps().stream().anyMatch(g -> gapCodes.contains(g.code()));
                if (verdictMatches && gapMatches) {
                    found.add(record.id().value());
                }
            }
        }
        return found;
    }
}
