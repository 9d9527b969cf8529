package vn.chuan.reports;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.ScaleLevel;

/**
 * What an indicator asks of each person of its population: a level at or above, an age, a
 * standards verdict, …, combined with "and" and "or". Counted in SQL by the reports (for any date)
 * and tested on one person's record (to say what a person lacks).
 */
public sealed interface Condition {

    /** What a condition is tested against: one person as of a date. */
    record Holder(Map<Dimension, ScaleLevel> levels, LocalDate birthDate, Gender gender, boolean minority, boolean partyMember,
            boolean meetsStandards, LocalDate date) {
    }

    boolean holds(Holder holder);

    /**
     * What each kind of condition becomes for one reader (its SQL, its sentence, the dimensions it
     * reads …): a new kind of condition is a compile error in every reader until it says what it becomes.
     */
    interface Visitor<R> {
        R atLeast(AtLeast condition);

        R youngerThan(YoungerThan condition);

        R woman();

        R minority();

        R partyMember();

        R meetsStandards();

        R allOf(AllOf condition);

        R anyOf(AnyOf condition);
    }

    <R> R accept(Visitor<R> visitor);

    /** The dimensions whose levels the condition reads (a level change elsewhere cannot change it). */
    default Set<Dimension> dimensions() {
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        accept(new Visitor<Void>() {
            @Override
            public Void atLeast(AtLeast c) {
                dimensions.add(c.dimension());
                return null;
            }

            @Override
            public Void youngerThan(YoungerThan c) {
                return null;
            }

            @Override
            public Void woman() {
                return null;
            }

            @Override
            public Void minority() {
                return null;
            }

            @Override
            public Void partyMember() {
                return null;
            }

            @Override
            public Void meetsStandards() {
                return null;
            }

            @Override
            public Void allOf(AllOf c) {
                c.parts().forEach(part -> part.accept(this));
                return null;
            }

            @Override
            public Void anyOf(AnyOf c) {
                c.parts().forEach(part -> part.accept(this));
                return null;
            }
        });
        return dimensions;
    }

    /** Whether the condition reads the standards verdict, which is kept for today only. */
    default boolean readsVerdict() {
        return false;
    }

    /** A level of this rank or above on the dimension ("trung cấp trở lên"). */
    record AtLeast(Dimension dimension, ScaleLevel level) implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.atLeast(this);
        }

        @Override
        public boolean holds(Holder holder) {
            ScaleLevel held = holder.levels().get(dimension);
            return (held == null ? 0 : held.rank()) >= level.rank();
        }
    }

    /** Younger than this many whole years on the date. */
    record YoungerThan(int years) implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.youngerThan(this);
        }

        @Override
        public boolean holds(Holder holder) {
            return Period.between(holder.birthDate(), holder.date()).getYears() < years;
        }
    }

    record Woman() implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.woman();
        }

        @Override
        public boolean holds(Holder holder) {
            return holder.gender() == Gender.NU;
        }
    }

    record Minority() implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.minority();
        }

        @Override
        public boolean holds(Holder holder) {
            return holder.minority();
        }
    }

    record PartyMember() implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.partyMember();
        }

        @Override
        public boolean holds(Holder holder) {
            return holder.partyMember();
        }
    }

    /** Meets the standards of the title held (the stored verdict of today). */
    record MeetsStandards() implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.meetsStandards();
        }

        @Override
        public boolean holds(Holder holder) {
            return holder.meetsStandards();
        }

        @Override
        public boolean readsVerdict() {
            return true;
        }
    }

    record AllOf(List<Condition> parts) implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.allOf(this);
        }

        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(Holder holder) {
            return parts.stream().allMatch(p -> p.holds(holder));
        }

        @Override
        public boolean readsVerdict() {
            return parts.stream().anyMatch(Condition::readsVerdict);
        }
    }

    record AnyOf(List<Condition> parts) implements Condition {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.anyOf(this);
        }

        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean holds(Holder holder) {
            return parts.stream().anyMatch(p -> p.holds(holder));
        }

        @Override
        public boolean readsVerdict() {
            return parts.stream().anyMatch(Condition::readsVerdict);
        }
    }
}
