package vn.chuan.imports;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.people.Assignment;
import vn.chuan.people.InvalidPersonDataException;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * A reorganisation of administrative units from its official list (see {@link Units#importLineage}),
 * and, when asked, the people holding posts in a unit taken whole moved to its successor from that
 * date: a transfer with the reorganisation as its reason (sắp xếp đơn vị hành chính), audited like
 * any. People of a unit split in part are not moved (which successor is theirs is the province's
 * decision); they are named. All in one transaction: nothing is half done.
 */
@Service
public class Reorganisation {

    private final Units units;
    private final PersonRegistry people;

    Reorganisation(Units units, PersonRegistry people) {
        this.units = units;
        this.people = people;
    }

    /** What was done: the lineage result, how many people moved, who holds a post in a split unit and stays. */
    public record Result(Units.LineageResult lineage, int moved, List<String> toAssign) {
    }

    @Transactional
    public Result importList(UserScope scope, InputStream input, String fileName, LocalDate on, boolean movePeople, boolean dryRun) {
        if (!scope.canWrite() || !scope.isWholeDatabase()) {
            throw new InvalidPersonDataException("scope", Messages.text("imports.lineage.adminOnly"));
        }
        Units.LineageResult lineage = units.importLineage(input, fileName, on, dryRun);
        if (!lineage.succeeded()) {
            return new Result(lineage, 0, List.of());
        }
        int moved = 0;
        // A split commune appears once per successor: its people are named once.
        Set<String> toAssign = new LinkedHashSet<>();
        LocalDate dayBefore = on.minusDays(1);
        for (Units.Link link : lineage.links()) {
            Unit predecessor = units.get(link.predecessor());
            for (long id : people.ids(scope, new PersonSearch(null, link.predecessor(), null, null, List.of(), dayBefore, 0, 10))) {
                PersonRecord person = people.get(scope, new PersonId(id));
                Optional<Assignment> post = person.assignmentOn(dayBefore).filter(a -> a.unitId().equals(predecessor.id()));
                // Still holding it on the day: not already ended, not already moved somewhere by hand.
                if (post.isEmpty() || (post.get().endedOn() != null && post.get().endedOn().isBefore(on))
                        || person.assignmentOn(on).filter(a -> !a.unitId().equals(predecessor.id())).isPresent()) {
                    continue;
                }
                if (!link.whole()) {
                    toAssign.add(person.code() + " " + person.fullName() + " (" + predecessor.name() + ")");
                } else if (movePeople && !dryRun) {
                    people.assign(scope, person.id(), new NewAssignment(link.successor(), post.get().category(), post.get().titleCode(), on,
                            AssignmentReason.SAP_XEP));
                    moved++;
                } else if (movePeople) {
                    moved++;
                }
            }
        }
        return new Result(lineage, moved, List.copyOf(toAssign));
    }

    /** The unit of an id, for messages. */
    public Unit unit(UnitId id) {
        return units.get(id);
    }
}
