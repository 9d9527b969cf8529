package vn.chuan.evaluation;

import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.PdfFonts;
import vn.chuan.shared.PdfPaper;
import vn.chuan.shared.Shares;

/**
 * The grade mix as a paper, A4 upright: a row per unit below and the total, a column per grade
 * with its count and, under it, its share of the row, as a province's evaluation report prints it.
 */
final class GradeMixPdf {

    private GradeMixPdf() {
    }

    static void write(GradeMix mix, PaperHeading heading, OutputStream out) {
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Document document = new Document(PageSize.A4, 36, 36, 36, 44);
        try {
            PdfPaper.open(document, out);
            PdfPaper.header(document, heading);
            Paragraph title = new Paragraph(Messages.text("evaluation.grades.reportTitle", mix.year()), new Font(bold, 12));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph subtitle = new Paragraph(mix.unit().name(), new Font(regular, 10));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(10);
            document.add(subtitle);

            Grade[] grades = Grade.values();
            PdfPTable table = new PdfPTable(grades.length + 2);
            table.setWidthPercentage(100);
            float[] widths = new float[grades.length + 2];
            Arrays.fill(widths, 1.4f);
            widths[0] = 3.4f;
            widths[1] = 1f;
            table.setWidths(widths);
            table.setHeaderRows(1);
            Font header = new Font(bold, 8);
            table.addCell(heading(Messages.text("evaluation.grades.unit"), header));
            table.addCell(heading(Messages.text("evaluation.headcount"), header));
            for (Grade grade : grades) {
                table.addCell(heading(grade.label(), header));
            }
            List<GradeMix.Row> rows = new ArrayList<>(mix.rows());
            rows.add(mix.total());
            for (GradeMix.Row row : rows) {
                boolean total = row == mix.total();
                Font face = new Font(total ? bold : regular, 8.5f);
                PdfPCell name = new PdfPCell(new Phrase(row.label(), face));
                name.setVerticalAlignment(Element.ALIGN_MIDDLE);
                table.addCell(name);
                table.addCell(number(new Phrase(Shares.count(row.total()), face)));
                for (Grade grade : grades) {
                    Phrase text = new Phrase(Shares.count(row.count(grade)), face);
                    text.add(new Chunk("\n" + row.share(grade), new Font(regular, 7.5f)));
                    table.addCell(number(text));
                }
            }
            document.add(table);
            PdfPaper.signatures(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Grade mix PDF failed", e);
        }
    }

    private static PdfPCell heading(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(new Color(0xDD, 0xEB, 0xF7));
        return cell;
    }

    private static PdfPCell number(Phrase text) {
        PdfPCell cell = new PdfPCell(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
