package vn.chuan.dossier;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PdfFonts;

/** The 2C résumé as a PDF: A4 portrait, one résumé per person (each from a new page), the photo, Vietnamese glyphs embedded. */
final class ResumePdf {

    private ResumePdf() {
    }

    static void write(List<Resume> resumes, OutputStream out) {
        try {
            BaseFont regular = PdfFonts.regular();
            BaseFont bold = PdfFonts.bold();
            Font small = new Font(regular, 8.5f);
            Font text = new Font(regular, 9.5f);
            Font strong = new Font(bold, 9.5f);
            Document document = new Document(PageSize.A4, 42, 36, 32, 32);
            PdfWriter.getInstance(document, out);
            document.open();
            boolean first = true;
            for (Resume r : resumes) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                header(document, r, small, new Font(bold, 13), text);
                for (Resume.Item item : r.items()) {
                    Paragraph line = new Paragraph();
                    line.add(new Phrase(item.number() + ") " + item.label() + ": ", text));
                    line.add(new Phrase(item.value(), strong));
                    line.setSpacingAfter(2);
                    document.add(line);
                }
                for (Resume.Table t : r.tables()) {
                    table(document, t, new Font(bold, 9), new Font(bold, 8), small);
                }
                Paragraph assessment = new Paragraph(Resume.ASSESSMENT_NUMBER + ") " + Messages.text("dossier.print.assessment"),
                        new Font(bold, 9));
                assessment.setSpacingBefore(8);
                assessment.setSpacingAfter(36);
                document.add(assessment);
                signatures(document, r, text, strong, small);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(Document document, Resume r, Font small, Font title, Font text) throws DocumentException {
        PdfPTable top = new PdfPTable(new float[] {6, 4});
        top.setWidthPercentage(100);
        top.addCell(plain(new Phrase(Messages.text("dossier.print.agency", r.agency()) + "\n"
                + Messages.text("dossier.print.unitLine", r.unit()), small), Element.ALIGN_LEFT));
        top.addCell(plain(new Phrase(Messages.text("dossier.print.formName") + "\n"
                + Messages.text("dossier.print.codeLine", r.code()), small), Element.ALIGN_RIGHT));
        document.add(top);
        PdfPTable head = new PdfPTable(new float[] {1.7f, 5});
        head.setWidthPercentage(100);
        head.setSpacingBefore(8);
        head.setSpacingAfter(8);
        PdfPCell photo;
        if (r.photo() != null) {
            try {
                Image image = Image.getInstance(r.photo());
                image.scaleToFit(110, 165);
                photo = new PdfPCell(image, false);
            } catch (Exception e) {
                photo = new PdfPCell(new Phrase(Messages.text("dossier.print.photo"), small));
            }
        } else {
            photo = new PdfPCell(new Phrase(Messages.text("dossier.print.photo"), small));
        }
        photo.setFixedHeight(170);
        photo.setHorizontalAlignment(Element.ALIGN_CENTER);
        photo.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(photo);
        PdfPCell heading = plain(new Phrase(Messages.text("dossier.print.heading"), title), Element.ALIGN_CENTER);
        heading.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(heading);
        document.add(head);
    }

    private static void table(Document document, Resume.Table t, Font titleFont, Font headerFont, Font cellFont) throws DocumentException {
        Paragraph title = new Paragraph(t.number() + ") " + t.title(), titleFont);
        title.setSpacingBefore(8);
        title.setSpacingAfter(4);
        document.add(title);
        PdfPTable table = new PdfPTable(t.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : t.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(h, headerFont));
            cell.setBackgroundColor(new Color(235, 235, 235));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        if (t.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(Messages.text("dossier.print.noRows"), cellFont));
            none.setColspan(t.headers().size());
            table.addCell(none);
        }
        for (List<String> row : t.rows()) {
            for (String value : row) {
                table.addCell(new PdfPCell(new Phrase(value, cellFont)));
            }
        }
        document.add(table);
    }

    private static void signatures(Document document, Resume r, Font text, Font strong, Font small) throws DocumentException {
        Paragraph pledge = new Paragraph(Messages.text("dossier.print.pledge"), text);
        pledge.setSpacingAfter(6);
        document.add(pledge);
        PdfPTable sign = new PdfPTable(2);
        sign.setWidthPercentage(100);
        sign.addCell(plain(new Phrase(Messages.text("dossier.print.head") + "\n" + Messages.text("dossier.print.signHint"), strong),
                Element.ALIGN_CENTER));
        sign.addCell(plain(new Phrase(Messages.text("dossier.print.placeDate", Dates.format(r.printedOn())) + "\n"
                + Messages.text("dossier.print.declarant") + "\n" + Messages.text("dossier.print.signHint") + "\n\n\n\n" + r.fullName(), strong),
                Element.ALIGN_CENTER));
        document.add(sign);
        Paragraph printed = new Paragraph(Messages.text("dossier.print.printedBy", Dates.format(r.printedOn())), small);
        printed.setSpacingBefore(12);
        document.add(printed);
    }

    private static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
