package vn.chuan.reports;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import vn.chuan.shared.Dimension;

/**
 * Which {@link Profile} facts a report column counts. A report asks the same few hundred facts
 * again for every row, so each test remembers its answers.
 */
final class FactTest implements Predicate<String> {

    private final Predicate<String> test;
    private final Map<String, Boolean> judged = new ConcurrentHashMap<>();

    private FactTest(Predicate<String> test) {
        this.test = test;
    }

    @Override
    public boolean test(String fact) {
        return judged.computeIfAbsent(fact, test::test);
    }

    /** Exactly this fact. */
    static FactTest is(String fact) {
        return new FactTest(fact::equals);
    }

    /** A criterion of the standards unmet, any of these (by gap code). */
    static FactTest unmet(String... codes) {
        Set<String> facts = new HashSet<>();
        for (String code : codes) {
            facts.add(Profile.UNMET + code);
        }
        return new FactTest(facts::contains);
    }

    /** Exactly this level on the dimension. */
    static FactTest level(Dimension dimension, String code) {
        return is(Profile.levelFact(dimension, code));
    }

    /** A post of this title. */
    static FactTest title(String code) {
        return is(Profile.TITLE + code);
    }

    /** A level of this rank or above on the dimension ("trở lên"). */
    static FactTest atLeast(Dimension dimension, int rank) {
        return ranks(dimension, rank, Integer.MAX_VALUE);
    }

    /** A level below this rank on the dimension. */
    static FactTest below(Dimension dimension, int rank) {
        return ranks(dimension, 0, rank - 1);
    }

    private static FactTest ranks(Dimension dimension, int from, int to) {
        String prefix = dimension.name() + ":";
        return new FactTest(f -> {
            if (!f.startsWith(prefix)) {
                return false;
            }
            int rank = dimension.level(f.substring(prefix.length())).rank();
            return rank >= from && rank <= to;
        });
    }
}
