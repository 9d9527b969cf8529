package vn.chuan.shared;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Word page of administrative papers (NĐ 30/2020/NĐ-CP): A4, margins 2 cm top and bottom, 2,5 cm left, 1,5 cm right,
 * Times New Roman; text runs with line breaks, cells, tables by relative widths.
 */
public final class WordPage {

    public static final String FONT = "Times New Roman";
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    /** The width between the margins, in twentieths of a point. */
    public static final int TEXT_WIDTH = 9638;

    private WordPage() {
    }

    public static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1418));
        margins.setRight(BigInteger.valueOf(850));
    }

    /** {@code text} in runs of this size and weight, a line break for each "\n". */
    public static void run(XWPFParagraph p, String text, int size, boolean bold) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    public static void cellText(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        run(p, text, size, bold);
    }

    /** The table across the text width, its columns in these proportions. */
    public static void widths(XWPFTable table, float[] weights) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < weights.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(Math.round(TEXT_WIDTH * weights[c] / total)));
            }
        }
    }
}
