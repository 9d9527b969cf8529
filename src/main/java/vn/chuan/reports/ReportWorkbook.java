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
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.SimpleSheet;

/**
 * The quantity-and-quality form as an xlsx workbook laid out as on paper: a title, group headers
 * merged over their columns, numbers as numbers; a second sheet with each count's share of its row
 * as a percentage.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {
    }

    public static void write(ReportTable form, PaperHeading heading, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            sheet(workbook.newWorksheet(Messages.text("reports.column.count")), form, heading, false);
            sheet(workbook.newWorksheet(Messages.text("reports.column.share")), form, heading, true);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Worksheet sheet, ReportTable form, PaperHeading heading, boolean shares) {
        List<ReportColumn> columns = form.columns();
        int top = SimpleSheet.heading(sheet, heading, columns.size());
        sheet.value(top, 0, CellText.safe(form.title().toUpperCase(Locale.forLanguageTag("vi")) + (shares ? Messages.text("reports.sharesSuffix")
                : "")));
        sheet.style(top, 0).bold().fontSize(13).set();
        sheet.value(top + 1, 0, CellText.safe(Messages.text("reports.titleAsOf", form.root().name(), Dates.format(form.asOf()))));
        int head = top + 2;
        sheet.value(head, 0, CellText.safe(Messages.text("reports.column.unit")));
        sheet.range(head, 0, head + 1, 0).merge();
        sheet.width(0, 30);
        int c = 1;
        while (c <= columns.size()) {
            ReportColumn column = columns.get(c - 1);
            int end = c;
            while (end < columns.size() && !column.group().isEmpty() && columns.get(end).group().equals(column.group())) {
                end++;
            }
            if (column.group().isEmpty()) {
                sheet.value(head, c, CellText.safe(column.label()));
                sheet.range(head, c, head + 1, c).merge();
            } else {
                sheet.value(head, c, CellText.safe(column.group()));
                if (end > c) {
                    sheet.range(head, c, head, end).merge();
                }
                for (int i = c; i <= end; i++) {
                    sheet.value(head + 1, i, CellText.safe(columns.get(i - 1).label()));
                }
            }
            c = end + 1;
        }
        sheet.range(head, 0, head + 1, columns.size()).style().bold().horizontalAlignment("center").verticalAlignment("center")
                .wrapText(true).fillColor("DDEBF7").borderStyle("thin").set();
        int r = head + 2;
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
        SimpleSheet.signatures(sheet, r + 1, columns.size());
        sheet.freezePane(1, head + 2);
        SimpleSheet.printable(sheet, head, head + 1);
    }
}
