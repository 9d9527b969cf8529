package vn.chuan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.chuan.people.Assignment;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * Over a generated province: every kept year end gives, cell for cell, what counting the dated rows gives — after the
 * rebuild, after changes to records (kept by their differences) and for a year end counted when the year turns.
 */
@Tag("db")
// The context of ReportConsistencyTest, shared (its checks hold whatever records the province has).
@SpringBootTest(properties = {"chuan.demo.load-on-empty=true", "chuan.demo.persons=400"})
class ReportYearEndsTest {

    private static final UserScope EVERYONE = UserScope.everything(true);

    @Autowired
    ReportHistory history;
    @Autowired
    ReportYearEnds yearEnds;
    @Autowired
    ReportTally tally;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyKeptYearEndCountsWhatTheDatedRowsCountAfterChangesAndWhenAYearTurns() {
        LocalDate today = LocalDate.now(clock);
        tally.bringToToday();
        List<LocalDate> kept = yearEnds.kept();
        // From the first year the dashboard's trend shows to last year.
        assertThat(kept).hasSize(today.getYear() - 2015).startsWith(LocalDate.of(2015, 12, 31))
                .endsWith(LocalDate.of(today.getYear() - 1, 12, 31));
        assertKeptEqualsCounted(kept);

        // Changes to records: who they are, what they reached, a post ended, a past post, a new person.
        PersonRecord person = aPersonHolding(kept.get(3), today);
        registry.correctIdentity(EVERYONE, person.id(), person.version(), new PersonDetails(person.code(), person.fullName(),
                LocalDate.of(1960, 1, 15), person.gender() == Gender.NU ? Gender.NAM : Gender.NU, "Tày", person.citizenId(),
                person.partyMember(), person.partyJoinedOn()));
        registry.grantQualification(EVERYONE, person.id(), new QualificationDetails(Dimension.POLITICAL_THEORY,
                Dimension.POLITICAL_THEORY.levels().get(Dimension.POLITICAL_THEORY.levels().size() - 1), null, "Học viện",
                kept.get(2).minusMonths(7), "Bằng 1"));
        PersonRecord changed = registry.get(EVERYONE, person.id());
        Assignment post = changed.assignmentOn(today).orElseThrow();
        LocalDate retired = post.startedOn().plusMonths(2).isBefore(today) ? post.startedOn().plusMonths(2) : today;
        registry.endAssignment(EVERYONE, person.id(), post.id(), post.version(), retired, AssignmentReason.NGHI_HUU);
        PersonRecord other = aPersonHolding(kept.get(7), today);
        Assignment held = other.assignmentOn(kept.get(7)).orElseThrow();
        PersonId added = registry.register(EVERYONE, new PersonDetails("NAM-2026-" + other.code(), "Trần Thị Mới", LocalDate.of(1995, 2, 2),
                Gender.NU, "Kinh", null, false, null), new NewAssignment(held.unitId(), held.category(), held.titleCode(),
                held.startedOn(), AssignmentReason.TUYEN_DUNG));
        Assignment first = registry.get(EVERYONE, added).assignments().get(0);
        registry.endAssignment(EVERYONE, added, first.id(), first.version(), kept.get(7), AssignmentReason.THOI_VIEC);
        assertKeptEqualsCounted(kept);

        // The year turns: a year end is counted from the dated rows when it passes.
        LocalDate dropped = kept.get(3);
        for (String table : List.of("report_year_end", "report_year_end_label", "report_year_end_verdict", "report_year_end_state")) {
            jdbc.sql("delete from " + table + " where as_of = :d").param("d", dropped).update();
        }
        assertThat(yearEnds.keeps(dropped)).isFalse();
        yearEnds.addPassed(dropped.minusMonths(6), dropped.plusDays(1));
        assertThat(yearEnds.keeps(dropped)).isTrue();
        assertKeptEqualsCounted(List.of(dropped));
    }

    private PersonRecord aPersonHolding(LocalDate past, LocalDate today) {
        return registry.search(EVERYONE, PersonSearch.fromParameters(Map.of("ngay", past.toString()), today)).items().stream()
                .map(summary -> registry.get(EVERYONE, new PersonId(summary.id())))
                .filter(p -> p.assignmentOn(past).isPresent() && p.assignmentOn(today).isPresent()
                        && p.assignmentOn(past).get().isPrincipal() && p.assignments().stream().allMatch(Assignment::isPrincipal))
                .findFirst().orElseThrow();
    }

    private void assertKeptEqualsCounted(List<LocalDate> yearEnds) {
        for (Unit root : units.roots()) {
            String prefix = root.path() + "%";
            for (LocalDate day : yearEnds) {
                Map<String, Long> kept = flatten(history.count(prefix, null, day, EnumSet.allOf(Dimension.class), true, true,
                        ReportYearEnds.AGE_BAND_STARTS));
                Map<String, Long> counted = flatten(history.scan(prefix, null, day, EnumSet.allOf(Dimension.class), true, true,
                        ReportYearEnds.AGE_BAND_STARTS));
                assertThat(differences(kept, counted)).as("%s on %s: kept against counted", root.name(), day).isEmpty();
                Map<String, Long> keptVerdicts = flattenFacts(history.verdicts(prefix, null, day));
                assertThat(differences(keptVerdicts, flattenFacts(history.scanVerdicts(prefix, null, day))))
                        .as("verdicts of %s on %s: kept against counted", root.name(), day).isEmpty();
                if (!kept.isEmpty()) {
                    assertThat(keptVerdicts).isNotEmpty();
                }
            }
        }
    }

    private static Map<String, String> differences(Map<String, Long> kept, Map<String, Long> counted) {
        Map<String, String> differences = new TreeMap<>();
        Set<String> keys = new TreeSet<>(kept.keySet());
        keys.addAll(counted.keySet());
        for (String key : keys) {
            if (!Objects.equals(kept.get(key), counted.get(key))) {
                differences.put(key, kept.get(key) + " ≠ " + counted.get(key));
            }
        }
        return differences;
    }

    /** Every count of the groups under "unit category what", summed over the groups of one unit and category. */
    private static Map<String, Long> flatten(List<ReportHistory.Group> groups) {
        Map<String, Long> flat = new TreeMap<>();
        for (ReportHistory.Group g : groups) {
            String at = g.unitId() + " " + g.unitLevel() + " " + g.category() + " ";
            flat.merge(at + "people", g.people(), Long::sum);
            flat.merge(at + "women", g.women(), Long::sum);
            flat.merge(at + "party", g.partyMembers(), Long::sum);
            flat.merge(at + "minority", g.minority(), Long::sum);
            for (int i = 0; i < g.ageBands().length; i++) {
                flat.merge(at + "band " + i, g.ageBands()[i], Long::sum);
            }
            g.levels().forEach((dimension, byRank) -> {
                for (int rank = 0; rank < byRank.length; rank++) {
                    flat.merge(at + dimension + " " + rank, byRank[rank], Long::sum);
                }
            });
            g.labels().forEach((label, n) -> flat.merge(at + label, n, Long::sum));
        }
        flat.values().removeIf(n -> n == 0);
        return flat;
    }

    private static Map<String, Long> flattenFacts(List<ReportHistory.FactGroup> groups) {
        Map<String, Long> flat = new TreeMap<>();
        for (ReportHistory.FactGroup g : groups) {
            g.counts().forEach((fact, n) -> flat.merge(g.unitId() + " " + g.unitLevel() + " " + g.category() + " " + fact, n, Long::sum));
        }
        return flat;
    }
}
