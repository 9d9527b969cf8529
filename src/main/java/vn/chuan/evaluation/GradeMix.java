package vn.chuan.evaluation;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.chuan.shared.PaperHeading;
import vn.chuan.units.Unit;

/**
 * The mix of grades in a unit's subtree for a year, a row per unit below (or per category, per
 * gender), as Cần Thơ prints it ("hơn 37% hoàn thành xuất sắc, 59% tốt, 2% hoàn thành, 1% không
 * hoàn thành"), and the share of each grade every year (the trend).
 */
public record GradeMix(Unit unit, int year, String by, List<Row> rows, Row total, Map<Integer, Map<Grade, Long>> trend) {

    /** One row: its label, its list filter (unit, category or gender) and its counts per grade. */
    public record Row(String label, String filter, Map<Grade, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(Grade grade) {
            return counts.getOrDefault(grade, 0L);
        }

        /** The share of this grade in the row, in percent with two decimals, Vietnamese style ("37,50%"). */
        public String share(Grade grade) {
            long total = total();
            return total == 0 ? "—" : String.format(Locale.forLanguageTag("vi"), "%.2f%%", 100.0 * count(grade) / total);
        }
    }

    static Map<Grade, Long> empty() {
        return new EnumMap<>(Grade.class);
    }

    static Map<Integer, Map<Grade, Long>> emptyTrend() {
        return new LinkedHashMap<>();
    }

    /** The trend as rows, a year each, for the table under its chart. */
    public List<Row> trendRows() {
        return trend.entrySet().stream().map(e -> new Row(String.valueOf(e.getKey()), "", e.getValue())).toList();
    }

    /** The mix as a workbook (a row per unit, a column per grade and its share) under {@code heading}. */
    public void writeWorkbook(PaperHeading heading, OutputStream out) {
        GradeMixWorkbook.write(this, heading, out);
    }

    /** The mix as an A4 paper (a row per unit, a column per grade with its share below the count) under {@code heading}. */
    public void writePdf(PaperHeading heading, OutputStream out) {
        GradeMixPdf.write(this, heading, out);
    }
}
