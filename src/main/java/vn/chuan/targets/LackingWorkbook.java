package vn.chuan.targets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.CellText;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.SimpleSheet;

/** The people a target still lacks in a unit, as an xlsx sheet: who, where, and what each lacks. */
final class LackingWorkbook {

    private static final List<String> HEADER = List.of("STT", Messages.text("targets.field.code"), Messages.text("targets.field.fullName"),
            Messages.text("targets.field.birthDate"), Messages.text("targets.field.unit"), Messages.text("targets.field.title"),
            Messages.text("targets.field.lacks"), Messages.text("targets.field.retires"));

    private LackingWorkbook() {
    }

    static void write(Target target, String unitName, List<LackingPerson> people, PaperHeading heading, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.text("targets.field.lacks"));
            int top = SimpleSheet.heading(sheet, heading, HEADER.size() - 1);
            int head = top + 4;
            sheet.value(top, 0, CellText.safe(Messages.text("targets.lacking.title",
                    target.indicator().name().toUpperCase(Locale.forLanguageTag("vi")))));
            sheet.style(top, 0).bold().fontSize(13).set();
            sheet.value(top + 1, 0, Messages.text("targets.lacking.subtitle", unitName, target.threshold().stripTrailingZeros().toPlainString(),
                    Dates.format(target.deadline()), (target.plan() == null ? "" : " · " + target.plan().title())));
            sheet.value(top + 2, 0, CellText.safe(Messages.text("targets.lacking.condition", target.indicator().conditionText())));
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(head, c, CellText.safe(HEADER.get(c)));
            }
            sheet.range(head, 0, head, HEADER.size() - 1).style().bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).set();
            SimpleSheet.printable(sheet, head, head);
            int r = head + 1;
            for (LackingPerson person : people) {
                sheet.value(r, 0, r - head);
                sheet.value(r, 1, CellText.safe(person.code()));
                sheet.value(r, 2, CellText.safe(person.fullName()));
                sheet.value(r, 3, person.birthDate());
                sheet.style(r, 3).format("dd/mm/yyyy").set();
                sheet.value(r, 4, CellText.safe(person.unitName()));
                sheet.value(r, 5, CellText.safe(person.titleName()));
                sheet.value(r, 6, CellText.safe(String.join("; ", person.lacks())));
                sheet.value(r, 7, person.retiresOn());
                sheet.style(r, 7).format("mm/yyyy").set();
                r++;
            }
            SimpleSheet.signatures(sheet, r + 1, HEADER.size() - 1);
            int[] widths = {6, 14, 28, 12, 30, 30, 70, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, widths[c]);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
