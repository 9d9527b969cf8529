package vn.chuan.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.CellText;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.SimpleSheet;

/** The grade mix as an xlsx sheet: counts, then shares as percentages. */
final class GradeMixWorkbook {

    private GradeMixWorkbook() {
    }

    static void write(GradeMix mix, PaperHeading heading, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.text("evaluation.grades.gradeOf", mix.year()));
            int top = SimpleSheet.heading(sheet, heading, 9);
            sheet.value(top, 0, CellText.safe(Messages.text("evaluation.grades.reportTitle", mix.year())));
            sheet.style(top, 0).bold().fontSize(13).set();
            sheet.value(top + 1, 0, CellText.safe(mix.unit().name()));
            int head = top + 3;
            sheet.value(head, 0, CellText.safe(""));
            sheet.value(head, 1, CellText.safe(Messages.text("evaluation.headcount")));
            int c = 2;
            for (Grade grade : Grade.values()) {
                sheet.value(head, c, CellText.safe(grade.label()));
                sheet.value(head, c + 4, CellText.safe(grade.label() + " (%)"));
                c++;
            }
            sheet.range(head, 0, head, 9).style().bold().wrapText(true).fillColor("DDEBF7").borderStyle("thin").set();
            SimpleSheet.printable(sheet, head, head);
            int r = head + 1;
            List<GradeMix.Row> rows = new ArrayList<>(mix.rows());
            rows.add(mix.total());
            for (GradeMix.Row row : rows) {
                sheet.value(r, 0, CellText.safe(row.label()));
                sheet.value(r, 1, row.total());
                c = 2;
                for (Grade grade : Grade.values()) {
                    sheet.value(r, c, row.count(grade));
                    if (row.total() > 0) {
                        sheet.value(r, c + 4, (double) row.count(grade) / row.total());
                    }
                    sheet.style(r, c + 4).format("0.00%").set();
                    c++;
                }
                r++;
            }
            SimpleSheet.signatures(sheet, r + 1, 9);
            sheet.width(0, 32);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
