package vn.chuan.dossier;

import static vn.chuan.shared.WordPage.cellText;
import static vn.chuan.shared.WordPage.run;
import static vn.chuan.shared.WordPage.widths;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.WordPage;

/**
 * The 2C résumé as a Word file officers edit: A4, Times New Roman (the font of administrative papers,
 * NĐ 30/2020), the same items and tables as the PDF, a page break between persons.
 */
final class ResumeDocx {

    /** 6 cm in twentieths of a point. */
    private static final int PHOTO_HEIGHT = 3402;

    private ResumeDocx() {
    }

    static void write(List<Resume> resumes, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPage.a4(doc);
            boolean first = true;
            for (Resume r : resumes) {
                if (!first) {
                    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
                first = false;
                resume(doc, r);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resume(XWPFDocument doc, Resume r) {
        XWPFTable top = doc.createTable(1, 2);
        borderless(top);
        cellText(top.getRow(0).getCell(0), Messages.text("dossier.print.agency", r.agency()) + "\n"
                + Messages.text("dossier.print.unitLine", r.unit()), 10, false, ParagraphAlignment.LEFT);
        cellText(top.getRow(0).getCell(1), Messages.text("dossier.print.formName") + "\n"
                + Messages.text("dossier.print.codeLine", r.code()), 10, false, ParagraphAlignment.RIGHT);
        widths(top, new float[] {6, 4});

        XWPFTable head = doc.createTable(1, 2);
        borderless(head);
        XWPFTableCell photo = head.getRow(0).getCell(0);
        if (r.photo() != null && FileType.of(r.photo()).filter(FileType::isImage).isPresent()) {
            XWPFRun run = photo.getParagraphs().get(0).createRun();
            try {
                run.addPicture(new ByteArrayInputStream(r.photo()), FileType.of(r.photo()).get() == FileType.PNG ? Document.PICTURE_TYPE_PNG
                        : Document.PICTURE_TYPE_JPEG, "anh.jpg", Units.toEMU(100), Units.toEMU(150));
            } catch (InvalidFormatException | IOException e) {
                run.setText(Messages.text("dossier.print.photo"));
            }
        } else {
            cellText(photo, Messages.text("dossier.print.photo"), 9, false, ParagraphAlignment.CENTER);
        }
        cellText(head.getRow(0).getCell(1), Messages.text("dossier.print.heading"), 14, true, ParagraphAlignment.CENTER);
        widths(head, new float[] {1.7f, 5});
        framed(photo);
        head.getRow(0).setHeight(PHOTO_HEIGHT);
        photo.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        head.getRow(0).getCell(1).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);

        for (Resume.Item item : r.items()) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(40);
            run(p, item.number() + ") " + item.label() + ": ", 12, false);
            run(p, item.value(), 12, true);
        }
        for (Resume.Table t : r.tables()) {
            XWPFParagraph title = doc.createParagraph();
            title.setSpacingBefore(160);
            run(title, t.number() + ") " + t.title(), 12, true);
            XWPFTable table = doc.createTable(1 + Math.max(1, t.rows().size()), t.headers().size());
            for (int c = 0; c < t.headers().size(); c++) {
                cellText(table.getRow(0).getCell(c), t.headers().get(c), 11, true, ParagraphAlignment.CENTER);
            }
            if (t.rows().isEmpty()) {
                cellText(table.getRow(1).getCell(0), Messages.text("dossier.print.noRows"), 11, false, ParagraphAlignment.LEFT);
            }
            for (int i = 0; i < t.rows().size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                for (int c = 0; c < t.rows().get(i).size(); c++) {
                    cellText(row.getCell(c), t.rows().get(i).get(c), 11, false, ParagraphAlignment.LEFT);
                }
            }
            widths(table, t.widths());
        }
        XWPFParagraph assessment = doc.createParagraph();
        assessment.setSpacingBefore(160);
        assessment.setSpacingAfter(1200);
        run(assessment, Resume.ASSESSMENT_NUMBER + ") " + Messages.text("dossier.print.assessment"), 12, true);
        run(doc.createParagraph(), Messages.text("dossier.print.pledge"), 12, false);
        XWPFTable sign = doc.createTable(1, 2);
        borderless(sign);
        cellText(sign.getRow(0).getCell(0), Messages.text("dossier.print.head") + "\n" + Messages.text("dossier.print.signHint"), 12, true,
                ParagraphAlignment.CENTER);
        cellText(sign.getRow(0).getCell(1), Messages.text("dossier.print.placeDate", Dates.format(r.printedOn())) + "\n"
                + Messages.text("dossier.print.declarant") + "\n" + Messages.text("dossier.print.signHint") + "\n\n\n\n" + r.fullName(), 12, true,
                ParagraphAlignment.CENTER);
        widths(sign, new float[] {1, 1});
    }

    /** The 4 × 6 frame the photo is glued in, as the paper form has it. */
    private static void framed(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTcBorders borders = properties.isSetTcBorders() ? properties.getTcBorders() : properties.addNewTcBorders();
        for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewBottom(), borders.addNewLeft(), borders.addNewRight()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
        }
    }

    private static void borderless(XWPFTable table) {
        table.removeBorders();
    }
}
