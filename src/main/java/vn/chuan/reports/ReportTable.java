package vn.chuan.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.chuan.shared.Shares;
import vn.chuan.units.Unit;

/**
 * A report table for a unit as of a date: one row per unit directly below it (districts before
 * 1/7/2025, communes after), then the total; its columns are those of the quantity-and-quality form
 * ({@link QualityColumn}) or of a breakdown ({@link BreakdownColumn}). The first column is the total
 * the others are a share of.
 */
public record ReportTable(String title, Unit root, LocalDate asOf, List<ReportColumn> columns, List<Row> rows, Row total) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row: its unit (the root itself for the total) and a count per column, in column order. */
    public record Row(Unit unit, String label, List<ReportColumn> columns, long[] counts) {

        /** The count of this column (0 for a column the table does not have). */
        public long count(ReportColumn column) {
            int index = columns.indexOf(column);
            return index < 0 ? 0 : counts[index];
        }

        public long total() {
            return counts[0];
        }

        /** The share of the row's total, with two decimals and a comma, as the seeds print it. */
        public String share(ReportColumn column) {
            return Shares.percent(count(column), total(), 2);
        }
    }

    /** The rows, then the total, as the table prints them. */
    public List<Row> rowsAndTotal() {
        List<Row> all = new ArrayList<>(rows);
        all.add(total);
        return all;
    }

    /**
     * The table with the total column and the columns of the chosen header groups only (numbered from 0 in the order of
     * {@link #headerGroups()}); every group when none is chosen. The rows keep every count: a row finds a column by itself.
     */
    public ReportTable withGroups(Set<Integer> chosen) {
        if (chosen.isEmpty()) {
            return this;
        }
        List<ReportColumn> kept = new ArrayList<>(List.of(columns.get(0)));
        int group = -1;
        String previous = null;
        for (ReportColumn column : columns.subList(1, columns.size())) {
            if (!column.group().equals(previous)) {
                group++;
                previous = column.group();
            }
            if (chosen.contains(group)) {
                kept.add(column);
            }
        }
        return new ReportTable(title, root, asOf, kept, rows, total);
    }

    /** A header cell over consecutive columns of the same group. */
    public record HeaderGroup(String label, int span) {
    }

    /** The groups of the columns after the total, in order, for a two-row header. */
    public List<HeaderGroup> headerGroups() {
        List<HeaderGroup> groups = new ArrayList<>();
        for (ReportColumn column : columns.subList(1, columns.size())) {
            int last = groups.size() - 1;
            if (last >= 0 && groups.get(last).label().equals(column.group())) {
                groups.set(last, new HeaderGroup(column.group(), groups.get(last).span() + 1));
            } else {
                groups.add(new HeaderGroup(column.group(), 1));
            }
        }
        return groups;
    }
}
