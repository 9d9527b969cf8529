package vn.chuan.reports;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * How many people of each category, in posts of each unit level, have each fact, in one unit's
 * subtree: what a report row is computed from, whichever engine counted it.
 */
final class Tallies {

    record Key(UnitLevel unitLevel, StaffCategory category, String fact) {
    }

    private final Map<Key, Long> counts = new HashMap<>();

    void add(UnitLevel level, StaffCategory category, String fact, long people) {
        counts.merge(new Key(level, category, fact), people, Long::sum);
    }

    void addAll(UnitLevel level, StaffCategory category, List<String> facts) {
        for (String fact : facts) {
            add(level, category, fact, 1);
        }
    }

    /** These tallies minus {@code other}'s: what a unit holds outside the rows below it. */
    Tallies minus(Tallies other) {
        Tallies rest = new Tallies();
        rest.counts.putAll(counts);
        other.counts.forEach((key, n) -> rest.counts.merge(key, -n, Long::sum));
        return rest;
    }

    /**
     * How many people of these categories each column counts: what a report row shows. Each key's columns are decided once
     * for the whole form ({@code columns}), not once per row and column: a province's form has hundreds of rows, each
     * with hundreds of keys, and some forty columns.
     */
    long[] counts(Columns columns) {
        long[] totals = new long[columns.size()];
        counts.forEach((key, n) -> {
            for (int column : columns.counting(key)) {
                totals[column] += n;
            }
        });
        return totals;
    }

    /** A form's columns and the categories it counts, with which of the columns count each key, decided at its first use. */
    static final class Columns {

        private final List<ReportColumn> columns;
        private final Set<StaffCategory> categories;
        private final Map<Key, int[]> counting = new HashMap<>();

        Columns(List<ReportColumn> columns, Set<StaffCategory> categories) {
            this.columns = List.copyOf(columns);
            this.categories = categories;
        }

        int size() {
            return columns.size();
        }

        private int[] counting(Key key) {
            return counting.computeIfAbsent(key, k -> {
                if (!categories.contains(k.category())) {
                    return new int[0];
                }
                return IntStream.range(0, columns.size())
                        .filter(i -> columns.get(i).countsPostsIn(k.unitLevel()) && columns.get(i).counts(k.category(), k.fact()))
                        .toArray();
            });
        }
    }

    /** The number of people of these categories with this fact. */
    long count(Set<StaffCategory> categories, String fact) {
        long total = 0;
        for (Map.Entry<Key, Long> entry : counts.entrySet()) {
            if (categories.contains(entry.getKey().category()) && entry.getKey().fact().equals(fact)) {
                total += entry.getValue();
            }
        }
        return total;
    }

    /** The values of the facts with this prefix that someone has ("DT:" gives the ethnic groups present). */
    Set<String> factsStartingWith(String prefix) {
        Set<String> values = new TreeSet<>();
        counts.forEach((key, n) -> {
            if (n != 0 && key.fact().startsWith(prefix)) {
                values.add(key.fact().substring(prefix.length()));
            }
        });
        return values;
    }

    Map<Key, Long> asMap() {
        return Collections.unmodifiableMap(counts);
    }
}
