package vn.chuan.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.CellText;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.SimpleSheet;

/** The places table as an xlsx sheet: a row per kind, a column per value, numbers as numbers. */
final class PlaceWorkbook {

    private PlaceWorkbook() {
    }

    static void write(PlaceTable table, PaperHeading heading, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.text("training.places.sheet"));
            Map<String, String> values = table.by().columns();
            int top = SimpleSheet.heading(sheet, heading, values.size() + 1);
            int head = top + 3;
            sheet.value(top, 0, CellText.safe(Messages.text("training.places.title")));
            sheet.style(top, 0).bold().fontSize(13).set();
            sheet.value(top + 1, 0, CellText.safe(Messages.text("training.places.period", table.unit().name(), Dates.format(table.from()),
                    Dates.format(table.to()))));
            sheet.value(head, 0, CellText.safe(Messages.text("training.places.kind")));
            sheet.value(head, 1, CellText.safe(Messages.text("training.places.total")));
            int c = 2;
            for (String label : values.values()) {
                sheet.value(head, c++, CellText.safe(label));
            }
            sheet.range(head, 0, head, c - 1).style().bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).set();
            SimpleSheet.printable(sheet, head, head);
            int r = head + 1;
            for (TrainingKind kind : table.kinds()) {
                sheet.value(r, 0, CellText.safe(kind.name()));
                sheet.value(r, 1, table.count(kind.code(), null));
                c = 2;
                for (String value : values.keySet()) {
                    sheet.value(r, c++, table.count(kind.code(), value));
                }
                r++;
            }
            sheet.value(r, 0, CellText.safe(Messages.text("training.places.grandTotal")));
            sheet.value(r, 1, table.count(null, null));
            c = 2;
            for (String value : values.keySet()) {
                sheet.value(r, c++, table.count(null, value));
            }
            sheet.range(r, 0, r, c - 1).style().bold().set();
            SimpleSheet.signatures(sheet, r + 2, values.size() + 1);
            sheet.width(0, 42);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
