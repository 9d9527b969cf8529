package vn.chuan.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.chuan.people.Assignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.Qualification;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/**
 * What the standards judge a person by on a date — the highest level held of each dimension and the field of the highest
 * professional one — is what the record says they held that day: the same answer as the record's own
 * {@code levelsOn}/{@code highestOn} and as a plain reading of its levels, for records of every shape (levels reached
 * later, undated ones, ties of rank).
 */
class StandardsProfileTest {

    @Test
    void theProfileOfADayHoldsTheHighestLevelOfEachDimensionReachedByThenAndTheFieldOfTheHighestDegree() {
        Random random = new Random(16);
        Assignment post = new Assignment(1, new UnitId(1), "X", "Xã Thử", StaffCategory.CC, "VP_TK", LocalDate.of(2010, 1, 1), null,
                AssignmentReason.TUYEN_DUNG, null, 0, PostKind.CHINH, null);
        String[] fields = {"Luật", "Kinh tế", null, "Hành chính"};
        for (int n = 0; n < 2_000; n++) {
            List<Qualification> levels = new ArrayList<>();
            for (int q = random.nextInt(8); q > 0; q--) {
                Dimension dimension = Dimension.values()[random.nextInt(Dimension.values().length)];
                LocalDate acquired = random.nextInt(6) == 0 ? null : LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1);
                levels.add(new Qualification(levels.size() + 1, dimension, dimension.levels().get(random.nextInt(dimension.levels().size())),
                        fields[random.nextInt(fields.length)], null, acquired, null, 0));
            }
            PersonRecord person = new PersonRecord(new PersonId(n), "P" + n, "Người Thử", LocalDate.of(1980, 5, 5), Gender.NU, "Kinh", null,
                    false, null, 0, List.of(post), levels);
            LocalDate day = LocalDate.of(2000 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28));

            StandardsProfile profile = Standards.profile(person, post, false, day);

            for (Dimension dimension : Dimension.values()) {
                int expected = highest(levels, dimension, day).map(q -> q.level().rank()).orElse(0);
                assertThat(profile.ranks()[dimension.ordinal()]).as("%s on %s of %s", dimension, day, levels)
                        .isEqualTo(person.levelsOn(day).get(dimension).rank())
                        .isEqualTo(person.highestOn(dimension, day).map(q -> q.level().rank()).orElse(0))
                        .isEqualTo(expected);
            }
            assertThat(profile.fieldOfStudy()).as("field on %s of %s", day, levels)
                    .isEqualTo(person.highestOn(Dimension.PROFESSIONAL, day).map(Qualification::fieldOfStudy).orElse(null))
                    .isEqualTo(highest(levels, Dimension.PROFESSIONAL, day).map(Qualification::fieldOfStudy).orElse(null));
        }
    }

    /** What a record says it held that day, written here as plainly as it reads: the highest rank held, of two the later. */
    private static Optional<Qualification> highest(List<Qualification> levels, Dimension dimension, LocalDate day) {
        return levels.stream().filter(q -> q.dimension() == dimension && q.heldOn(day))
                .max(Comparator.comparingInt((Qualification q) -> q.level().rank()).thenComparing(Qualification::id));
    }
}
