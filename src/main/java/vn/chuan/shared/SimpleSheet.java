package vn.chuan.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One xlsx sheet: a bold header row, then rows of text, numbers (as numbers), dates (as dates,
 * dd/mm/yyyy) and shares ({@link Percent}, as percentages), so that it opens in Excel and LibreOffice
 * ready to compute with.
 */
public final class SimpleSheet {

    /** A share between 0 and 1, written with the format 0.00% (shown 78,95% where the decimal mark is a comma). */
    public record Percent(double value) {
    }

    private SimpleSheet() {
    }

    public static void write(String sheetName, List<String> headers, List<List<Object>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, CellText.safe(headers.get(c)));
                sheet.width(c, Math.max(10, Math.min(40, headers.get(c).length() + 4)));
            }
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
            printable(sheet, 0, 0);
            sheet.freezePane(0, 1);
            int r = 1;
            for (List<Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r, c, row.get(c));
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Printed as an officer sends it: landscape A4, as wide as the page, the header rows ({@code firstHeaderRow} to
     * {@code lastHeaderRow}) repeated on every page, page numbers in the footer.
     */
    public static void printable(Worksheet sheet, int firstHeaderRow, int lastHeaderRow) {
        sheet.pageOrientation("landscape");
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(firstHeaderRow, lastHeaderRow);
        // Excel's codes for the page and the number of pages ("Trang 1/3").
        sheet.footer(Messages.text("shared.sheet.page") + " &P/&N", Position.CENTER);
    }

    /** One cell: a number as a number, a date as a date (dd/mm/yyyy), a {@link Percent} as a percentage, anything else as safe text. */
    public static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Number number) {
            sheet.value(r, c, number);
            sheet.style(r, c).format(number instanceof Double || number instanceof Float || number instanceof BigDecimal ? "#,##0.00"
                    : "#,##0").set();
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("dd/mm/yyyy").set();
        } else if (value instanceof Percent percent) {
            sheet.value(r, c, percent.value());
            sheet.style(r, c).format("0.00%").set();
        } else if (value != null) {
            sheet.value(r, c, CellText.safe(value.toString()));
        }
    }
}
