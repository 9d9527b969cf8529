package vn.chuan.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
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

    /** The rows {@link #heading} takes at the top of a sheet. */
    public static final int HEADING_ROWS = 4;

    /**
     * The heading of NĐ 30/2020 in the sheet's first {@link #HEADING_ROWS} rows, as on the PDF: the agency under its
     * superior over the left two fifths of the columns {@code 0..lastColumn}, the national name and motto over the rest,
     * the place and date under them. Returns the first row left for the paper's own title.
     */
    public static int heading(Worksheet sheet, PaperHeading heading, int lastColumn) {
        int split = Math.max(1, (lastColumn + 1) * 2 / 5);
        int last = Math.max(split + 1, lastColumn);
        centred(sheet, 0, 0, split - 1, heading.superior()).set();
        centred(sheet, 1, 0, split - 1, heading.agency()).bold().underlined().set();
        centred(sheet, 0, split, last, Messages.text("shared.paper.nation")).bold().set();
        centred(sheet, 1, split, last, Messages.text("shared.paper.motto")).bold().underlined().set();
        centred(sheet, 2, split, last, heading.placeAndDate()).italic().set();
        return HEADING_ROWS;
    }

    /** The signatures under a table ending at {@code row - 1}: who made it on the left, the head of the unit on the right. */
    public static void signatures(Worksheet sheet, int row, int lastColumn) {
        int split = Math.max(1, (lastColumn + 1) / 2);
        int last = Math.max(split + 1, lastColumn);
        centred(sheet, row + 1, 0, split - 1, Messages.text("shared.paper.preparer")).bold().set();
        centred(sheet, row + 2, 0, split - 1, Messages.text("shared.paper.preparerHint")).italic().set();
        centred(sheet, row + 1, split, last, Messages.text("shared.paper.head")).bold().set();
        centred(sheet, row + 2, split, last, Messages.text("shared.paper.headHint")).italic().set();
    }

    private static StyleSetter centred(Worksheet sheet, int row, int first, int last, String text) {
        sheet.value(row, first, CellText.safe(text));
        return sheet.range(row, first, row, last).style().merge().horizontalAlignment("center");
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
