package vn.chuan.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids to look up in SQL. A chunk of consecutive ids (a chunk just inserted, or the registry walked
 * in id order) is asked for as a range: with a list of 500 parameters, H2 compares every row it
 * reads with each of them, which made re-reading an imported chunk cost more than writing it.
 */
public record IdSet(List<Long> ids, long low, long high, boolean consecutive) {

    /** Not empty. */
    public static IdSet of(Collection<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        long low = sorted.get(0);
        long high = sorted.get(sorted.size() - 1);
        return new IdSet(sorted, low, high, high - low + 1 == sorted.size());
    }

    /** The condition on {@code column}, with the parameters {@link #bind} sets. */
    public String condition(String column) {
        return consecutive ? column + " between :low and :high" : column + " in (:ids)";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return consecutive ? statement.param("low", low).param("high", high) : statement.param("ids", ids);
    }

    /**
     * For a read that keeps only the rows of these ids ({@link #contains}): the whole range when the ids fill at least a
     * quarter of it — reading a few more rows by index costs far less than comparing every row with thousands of
     * parameters (the 2.500 persons placed in the positions of a province) — else the list.
     */
    public String covering(String column) {
        return dense() ? column + " between :low and :high" : condition(column);
    }

    /** The parameters of {@link #covering}. */
    public JdbcClient.StatementSpec bindCovering(JdbcClient.StatementSpec statement) {
        return dense() ? statement.param("low", low).param("high", high) : bind(statement);
    }

    private boolean dense() {
        return consecutive || high - low + 1 <= 4L * ids.size();
    }

    public boolean contains(long id) {
        return consecutive ? id >= low && id <= high : Collections.binarySearch(ids, id) >= 0;
    }
}
