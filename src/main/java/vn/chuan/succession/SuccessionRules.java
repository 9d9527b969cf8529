package vn.chuan.succession;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import vn.chuan.evaluation.Conduct;
import vn.chuan.people.PersonRecord;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Finding;
import vn.chuan.shared.Messages;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.ScaleLevel;

/**
 * The succession rules of regulations.md §6, each a named value with its legal source: those a
 * pool's make-up is checked against, and those a person is checked against before joining a pool
 * or being appointed. {@link Succession} gathers the facts and asks every rule of a list; adding a
 * rule is adding a constant here and its test.
 */
final class SuccessionRules {

    static final String QD50 = "QĐ 50-QĐ/TW";

    private SuccessionRules() {
    }

    /** A pool's make-up on the first day of its term: active members, women, people under {@link Pool#YOUNG_UNDER}. */
    record Makeup(int members, long women, long young) {
    }

    /** The rules on a pool's make-up. */
    enum Pool {
        /** At least two people for a title. */
        AT_LEAST_TWO(QD50) {
            @Override
            Optional<String> unmet(Makeup m) {
                return m.members() < MIN_PER_POST
                        ? Optional.of(Messages.text("succession.rule.atLeast", m.members(), MIN_PER_POST)) : Optional.empty();
            }
        },
        /** At most three people for a title. */
        AT_MOST_THREE("QĐ 377-QĐ/TW") {
            @Override
            Optional<String> unmet(Makeup m) {
                return m.members() > MAX_PER_POST
                        ? Optional.of(Messages.text("succession.rule.atMost", m.members(), MAX_PER_POST)) : Optional.empty();
            }
        },
        /** Women at least 25 % of the pool. */
        WOMEN_SHARE(QD50) {
            @Override
            Optional<String> unmet(Makeup m) {
                return m.members() > 0 && 100.0 * m.women() / m.members() < MIN_WOMEN
                        ? Optional.of(Messages.text("succession.rule.womenShare", m.women(), m.members(), MIN_WOMEN)) : Optional.empty();
            }
        },
        /** People under 40 at least 15 % of the pool. */
        YOUNG_SHARE(QD50) {
            @Override
            Optional<String> unmet(Makeup m) {
                return m.members() > 0 && 100.0 * m.young() / m.members() < MIN_YOUNG
                        ? Optional.of(Messages.text("succession.rule.youngShare", YOUNG_UNDER, m.young(), m.members(), MIN_YOUNG))
                        : Optional.empty();
            }
        };

        static final int MIN_PER_POST = 2;
        static final int MAX_PER_POST = 3;
        static final int MIN_WOMEN = 25;
        static final int MIN_YOUNG = 15;
        static final int YOUNG_UNDER = 40;

        private final String source;

        Pool(String source) {
            this.source = source;
        }

        abstract Optional<String> unmet(Makeup makeup);

        /** Every rule the make-up breaks. */
        static List<Finding> check(Makeup makeup) {
            return Stream.of(values()).flatMap(rule -> rule.unmet(makeup).map(r -> new Finding(rule.name(), r, rule.source)).stream())
                    .toList();
        }
    }

    /**
     * A person against a pool's title and term, on a day: the levels the title's standards ask and
     * those held, the disciplines decided, the last day of service.
     */
    record Candidate(PersonRecord person, int termFrom, int termTo, Map<Dimension, ScaleLevel> required, Map<Dimension, ScaleLevel> held,
            List<Conduct.Discipline> disciplines, LocalDate today) {

        String term() {
            return termFrom + "–" + termTo;
        }
    }

    /** The rules on a person joining a pool or being appointed from it. */
    enum Person {
        /** A discipline (khiển trách or heavier) in effect takes a person out; 12 months when it names no duration. */
        NO_DISCIPLINE_IN_EFFECT(QD50) {
            @Override
            Stream<String> unmet(Candidate c) {
                return c.disciplines().stream().filter(d -> inEffect(d, c.today())).findFirst()
                        .map(d -> Messages.text("succession.rule.disciplined", d.text())).stream();
            }
        },
        /** Working age for at least the whole term: not reaching retirement age before it ends. */
        WORKING_AGE_FOR_THE_TERM("QĐ 50-QĐ/TW; NĐ 135/2020/NĐ-CP") {
            @Override
            Stream<String> unmet(Candidate c) {
                LocalDate retires = RetirementAge.lastDayOfService(c.person().birthDate(), c.person().gender());
                return retires.isBefore(LocalDate.of(c.termTo(), 12, 31))
                        ? Stream.of(Messages.text("succession.rule.retiresBeforeTermEnds", Dates.format(retires), c.term()))
                        : Stream.empty();
            }
        },
        /** The levels the title's standards ask, as levels still to reach (one reason a level). */
        TITLE_STANDARDS(Messages.text("succession.rule.titleStandardsSource")) {
            @Override
            Stream<String> unmet(Candidate c) {
                return c.required().entrySet().stream().filter(e -> {
                    ScaleLevel has = c.held().get(e.getKey());
                    return has == null || has.rank() < e.getValue().rank();
                }).map(e -> Messages.text("succession.rule.levelToReach", e.getKey().label(), e.getValue().label(),
                        c.held().getOrDefault(e.getKey(), e.getKey().lowest()).label()));
            }
        };

        /** The rules that take a person out of a pool whatever their levels. */
        static final Set<Person> EXCLUDING = EnumSet.of(NO_DISCIPLINE_IN_EFFECT, WORKING_AGE_FOR_THE_TERM);

        private final String source;

        Person(String source) {
            this.source = source;
        }

        abstract Stream<String> unmet(Candidate candidate);

        List<Finding> check(Candidate candidate) {
            return unmet(candidate).map(r -> new Finding(name(), r, source)).toList();
        }

        /** A discipline counts from its decision for its duration (12 months when none is written). */
        static boolean inEffect(Conduct.Discipline discipline, LocalDate day) {
            LocalDate ends = discipline.decidedOn().plusMonths(discipline.durationMonths() == null ? 12 : discipline.durationMonths());
            return !discipline.decidedOn().isAfter(day) && ends.isAfter(day);
        }
    }

    /** An appointment to a title in a unit, and the pool of that title, unit and term (if one is drawn up). */
    record Appointment(long personId, String titleName, String unitName, Optional<SuccessionPool> pool) {
    }

    /** The rules on an appointment itself (the rules on the person are {@link Person}). */
    enum AppointmentRule {
        /** Appointment from the pool: the person is an active member of the pool of the title, unit and term. */
        FROM_THE_POOL(QD50);

        private final String source;

        AppointmentRule(String source) {
            this.source = source;
        }

        Optional<Finding> check(Appointment a) {
            if (a.pool().isPresent() && a.pool().get().activeMembers().stream().anyMatch(m -> m.personId() == a.personId())) {
                return Optional.empty();
            }
            String reason = a.pool()
                    .map(p -> Messages.text("succession.rule.notInPool", a.titleName(), a.unitName(), p.term()))
                    .orElse(Messages.text("succession.rule.noPool", a.titleName(), a.unitName()));
            return Optional.of(new Finding(name(), reason, source));
        }
    }
}
