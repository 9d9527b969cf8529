package vn.chuan.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.ScaleLevel;

/**
 * A person's whole record (sơ yếu lý lịch): identity, every assignment and every qualification.
 * "As of date D" questions are answered from these dated records.
 */
public record PersonRecord(PersonId id, String code, String fullName, LocalDate birthDate, Gender gender,
        String ethnicity, String citizenId, boolean partyMember, LocalDate partyJoinedOn, int version,
        List<Assignment> assignments, List<Qualification> qualifications) {

    /**
     * The principal post held on {@code date}: where the person is counted and seen; with two (a
     * data error), the one started last.
     */
    public Optional<Assignment> assignmentOn(LocalDate date) {
        return assignments.stream().filter(a -> a.isPrincipal() && a.isCurrentOn(date))
                .max(Comparator.comparing(Assignment::startedOn).thenComparing(Assignment::id));
    }

    /** Every post held on {@code date}, the principal one first, then the concurrent and seconded ones by start. */
    public List<Assignment> postsOn(LocalDate date) {
        return assignments.stream().filter(a -> a.isCurrentOn(date))
                .sorted(Comparator.comparing((Assignment a) -> !a.isPrincipal()).thenComparing(Assignment::startedOn)
                        .thenComparing(Assignment::id))
                .toList();
    }

    /** The highest level held on {@code date} on each dimension; the lowest level where none is recorded. */
    public Map<Dimension, ScaleLevel> levelsOn(LocalDate date) {
        Qualification[] highest = highestHeldOn(date);
        Map<Dimension, ScaleLevel> levels = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            levels.put(d, highest[d.ordinal()] == null ? d.lowest() : highest[d.ordinal()].level());
        }
        return levels;
    }

    public Optional<Qualification> highestOn(Dimension dimension, LocalDate date) {
        return Optional.ofNullable(highestHeldOn(date)[dimension.ordinal()]);
    }

    /**
     * Per dimension (by ordinal), the highest qualification held on {@code date} — of two of one rank, the later
     * recorded — or null: one pass over the levels, which a rebuild asks of every person at every change point.
     */
    public Qualification[] highestHeldOn(LocalDate date) {
        Qualification[] highest = new Qualification[Dimension.values().length];
        for (Qualification q : qualifications) {
            if (!q.heldOn(date)) {
                continue;
            }
            Qualification known = highest[q.dimension().ordinal()];
            if (known == null || q.level().rank() > known.level().rank() || q.level().rank() == known.level().rank() && q.id() > known.id()) {
                highest[q.dimension().ordinal()] = q;
            }
        }
        return highest;
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public List<Qualification> qualificationsOf(Dimension dimension) {
        return qualifications.stream().filter(q -> q.dimension() == dimension).toList();
    }
}
