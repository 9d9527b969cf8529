package vn.chuan.shared;

import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What a report printed as PDF carries so that an officer can send it as it is (the layout of NĐ 30/2020/NĐ-CP, Appendix
 * I): the agency on the left and the national name and motto on the right, the place and date under them; "Trang 1/3"
 * at the foot of every page; the signatures of who made it and of the head of the unit at the end.
 */
public final class PdfPaper {

    private PdfPaper() {
    }

    /** Opens {@code document} on {@code out}, numbering its pages at their foot. */
    public static PdfWriter open(Document document, OutputStream out) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(PdfFonts.regular()));
        document.open();
        return writer;
    }

    /** The header: agency and national motto side by side, the place and date below the motto. */
    public static void header(Document document, PaperHeading heading) {
        Font regular = new Font(PdfFonts.regular(), 10);
        Font bold = new Font(PdfFonts.bold(), 10);
        Font underlined = new Font(PdfFonts.bold(), 10, Font.UNDERLINE);
        Font italic = new Font(PdfFonts.regular(), 10, Font.ITALIC);
        PdfPTable head = new PdfPTable(new float[] {4, 6});
        head.setWidthPercentage(100);
        Phrase agency = new Phrase(heading.superior() + "\n", regular);
        agency.add(new Phrase(heading.agency(), underlined));
        head.addCell(plain(agency));
        Phrase nation = new Phrase(Messages.text("shared.paper.nation") + "\n", bold);
        nation.add(new Phrase(Messages.text("shared.paper.motto"), underlined));
        head.addCell(plain(nation));
        head.addCell(plain(new Phrase("")));
        head.addCell(plain(new Phrase(heading.placeAndDate(), italic)));
        head.setSpacingAfter(10);
        document.add(head);
    }

    /** The signatures: who made the table on the left, the head of the unit on the right. */
    public static void signatures(Document document) {
        Font bold = new Font(PdfFonts.bold(), 10);
        Font italic = new Font(PdfFonts.regular(), 9, Font.ITALIC);
        PdfPTable sign = new PdfPTable(new float[] {1, 1});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(16);
        sign.setKeepTogether(true);
        for (String[] who : new String[][] {{"shared.paper.preparer", "shared.paper.preparerHint"}, {"shared.paper.head", "shared.paper.headHint"}}) {
            Phrase text = new Phrase(Messages.text(who[0]) + "\n", bold);
            text.add(new Phrase(Messages.text(who[1]) + "\n\n\n\n", italic));
            sign.addCell(plain(text));
        }
        document.add(sign);
    }

    private static PdfPCell plain(Phrase text) {
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    /** "Trang n/N" centred at the foot: N is known only at the end, so each page draws a template filled on closing. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float SIZE = 8;
        private final BaseFont font;
        private PdfTemplate total;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, SIZE + 2);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = Messages.text("shared.sheet.page") + " " + writer.getPageNumber() + "/";
            float width = font.getWidthPoint(text, SIZE);
            float x = (document.left() + document.right()) / 2 - width / 2;
            float y = document.bottom() - 14;
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(font, SIZE);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            // On closing, the writer already counts the page that would follow the last.
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
