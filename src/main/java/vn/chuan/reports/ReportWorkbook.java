package vn.chuan.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.CellText;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;

/**
 * The quantity-and-quality form as an xlsx workbook laid out as on paper: a title, group headers
 * merged over their columns, numbers as numbers; a second sheet with each count's share of its row
 * as a percentage.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {
    }

    public static void write(ReportTable form, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            sheet(workbook.newWorksheet(Messages.text("reports.column.count")), form, false);
            sheet(workbook.newWorksheet(Messages.text("reports.column.share")), form, true);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet sheet, ReportTable form, boolean shares) {
        List<ReportColumn> columns = form.columns();
        sheet.value(0, 0, CellText.safe(form.title().toUpperCase(Locale.forLanguageTag("vi")) + (shares ? Messages.text("reports.sharesSuffix")
                : "")));
        sheet.style(0, 0).bold().fontSize(13).set();
        sheet.value(1, 0, CellText.safe(Messages.text("reports.titleAsOf", form.root().name(), Dates.format(form.asOf()))));
        sheet.value(2, 0, CellText.safe(Messages.text("reports.column.unit")));
        sheet.range(2, 0, 3, 0).merge();
        sheet.width(0, 30);
        int c = 1;
        while (c <= columns.size()) {
            ReportColumn column = columns.get(c - 1);
            int end = c;
            while (end < columns.size() && !column.group().isEmpty() && columns.get(end).group().equals(column.group())) {
                end++;
            }
            if (column.group().isEmpty()) {
                sheet.value(2, c, CellText.safe(column.label()));
                sheet.range(2, c, 3, c).merge();
            } else {
                sheet.value(2, c, CellText.safe(column.group()));
                if (end > c) {
                    sheet.range(2, c, 2, end).merge();
                }
                for (int i = c; i <= end; i++) {
                    sheet.value(3, i, CellText.safe(columns.get(i - 1).label()));
                }
            }
            c = end + 1;
        }
        sheet.range(2, 0, 3, columns.size()).style().bold().horizontalAlignment("center").verticalAlignment("center")
                .wrapText(true).fillColor("DDEBF7").borderStyle("thin").set();
        int r = 4;
        for (ReportTable.Row row : form.rowsAndTotal()) {
            sheet.value(r, 0, CellText.safe(row.label()));
            long total = row.total();
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn column = columns.get(i);
                if (shares && !column.isTotal()) {
                    if (total > 0) {
                        sheet.value(r, i + 1, (double) row.count(column) / total);
                    }
                    sheet.style(r, i + 1).format("0.00%").set();
                } else {
                    sheet.value(r, i + 1, row.count(column));
                    sheet.style(r, i + 1).format("#,##0").set();
                }
            }
            r++;
        }
        sheet.range(r - 1, 0, r - 1, columns.size()).style().bold().set();
        sheet.freezePane(1, 4);
        SimpleSheet.printable(sheet, 2, 3);
    }
}
