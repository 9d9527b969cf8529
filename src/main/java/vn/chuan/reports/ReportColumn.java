package vn.chuan.reports;

import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * A column of a report table: a header group, a label, which people it counts (by category and
 * {@link Profile} fact), and the people list filter that opens exactly them.
 */
public interface ReportColumn {

    String group();

    String label();

    /** The query-string part that filters the people list to exactly this column's people. */
    String listFilter();

    /** Whether people of this category with this fact count in this column. */
    boolean counts(StaffCategory category, String fact);

    /** Whether posts in units of this level count (a commune form counts commune posts only). */
    default boolean countsPostsIn(UnitLevel level) {
        return true;
    }

    /** Whether this is the column the others are a share of. */
    default boolean isTotal() {
        return false;
    }
}
