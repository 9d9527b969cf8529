package vn.chuan.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.chuan.units.Unit;

/**
 * The quantity-and-quality form of commune cadres and civil servants for a unit as of a date: one
 * row per unit directly below it (districts before 1/7/2025, communes after), then the total.
 * Verdict columns appear for today only: verdicts are stored as of today.
 */
public record QualityForm(Unit root, LocalDate asOf, List<Row> rows, Row total, boolean withVerdicts) {

    /** A row: its unit (the root itself for the total) and a count per column, in column order. */
    public record Row(Unit unit, String label, long[] counts) {

        public long count(QualityColumn column) {
            return counts[column.ordinal()];
        }

        /** The share of the row's total, with two decimals and a comma, as the seeds print it. */
        public String share(QualityColumn column) {
            long total = counts[QualityColumn.TOTAL.ordinal()];
            return total == 0 ? "—" : String.format(Locale.ROOT, "%.2f%%", 100.0 * counts[column.ordinal()] / total)
                    .replace('.', ',');
        }
    }

    /** The rows, then the total, as the table prints them. */
    public List<Row> rowsAndTotal() {
        List<Row> all = new java.util.ArrayList<>(rows);
        all.add(total);
        return all;
    }

    /** A header cell over consecutive columns of the same group. */
    public record HeaderGroup(String label, int span) {
    }

    /** The groups of the columns after the total, in order, for a two-row header. */
    public List<HeaderGroup> headerGroups() {
        List<HeaderGroup> groups = new java.util.ArrayList<>();
        for (QualityColumn column : columns()) {
            if (column == QualityColumn.TOTAL) {
                continue;
            }
            int last = groups.size() - 1;
            if (last >= 0 && groups.get(last).label().equals(column.group())) {
                groups.set(last, new HeaderGroup(column.group(), groups.get(last).span() + 1));
            } else {
                groups.add(new HeaderGroup(column.group(), 1));
            }
        }
        return groups;
    }

    public List<QualityColumn> columns() {
        return java.util.Arrays.stream(QualityColumn.values()).filter(c -> withVerdicts || !c.isVerdict()).toList();
    }
}
