package vn.chuan.reports;

import java.awt.Color;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.PdfFonts;
import vn.chuan.shared.PdfPaper;

/**
 * The quantity-and-quality form as a PDF: A4 landscape, the administrative header, the title with the unit and date, the
 * table's header repeated on every page, page numbers, the signatures ({@link PdfPaper}); Vietnamese glyphs.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static void write(ReportTable form, PaperHeading heading, OutputStream out) {
        try {
            BaseFont regular = PdfFonts.regular();
            BaseFont bold = PdfFonts.bold();
            // The bottom margin leaves room for the page numbers.
            Document document = new Document(PageSize.A4.rotate(), 20, 20, 24, 32);
            PdfPaper.open(document, out);
            PdfPaper.header(document, heading);
            Paragraph title = new Paragraph(form.title().toUpperCase(Locale.forLanguageTag("vi")), new Font(bold, 12));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph subtitle = new Paragraph(Messages.text("reports.titleAsOfDash", form.root().name(), Dates.format(form.asOf())),
                    new Font(regular, 9));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(8);
            document.add(subtitle);
            List<ReportColumn> columns = form.columns();
            PdfPTable table = new PdfPTable(columns.size() + 1);
            table.setWidthPercentage(100);
            float[] widths = new float[columns.size() + 1];
            Arrays.fill(widths, 1f);
            widths[0] = 3.2f;
            table.setWidths(widths);
            table.setHeaderRows(2);
            Font header = new Font(bold, 6);
            Font cell = new Font(regular, 6.5f);
            Font share = new Font(regular, 6f);
            table.addCell(merged(Messages.text("reports.column.unit"), header, 1, 2));
            table.addCell(merged(form.columns().get(0).label(), header, 1, 2));
            for (ReportTable.HeaderGroup group : form.headerGroups()) {
                table.addCell(merged(group.label(), header, group.span(), 1));
            }
            for (ReportColumn column : columns) {
                if (!column.isTotal()) {
                    table.addCell(merged(column.label(), header, 1, 1));
                }
            }
            for (ReportTable.Row row : form.rowsAndTotal()) {
                boolean total = row == form.total();
                PdfPCell name = new PdfPCell(new Phrase(row.label(), total ? new Font(bold, 6.5f) : cell));
                table.addCell(name);
                for (ReportColumn column : columns) {
                    Phrase text = new Phrase(String.format("%,d", row.count(column)).replace(',', '.'), total ? new Font(bold, 6.5f) : cell);
                    if (!column.isTotal()) {
                        // The share in the regular face and a size smaller: "100,00%" fits a column in bold rows too.
                        text.add(new Chunk("\n" + row.share(column), share));
                    }
                    PdfPCell value = new PdfPCell(text);
                    value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    table.addCell(value);
                }
            }
            document.add(table);
            PdfPaper.signatures(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF report failed", e);
        }
    }

    private static PdfPCell merged(String text, Font font, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(new Color(0xDD, 0xEB, 0xF7));
        return cell;
    }
}
