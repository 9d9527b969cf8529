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
import vn.chuan.shared.SimpleSheet;

/** The people a target still lacks in a unit, as an xlsx sheet: who, where, and what each lacks. */
final class LackingWorkbook {

    private static final List<String> HEADER = List.of("STT", Messages.text("targets.field.code"), Messages.text("targets.field.fullName"),
            Messages.text("targets.field.birthDate"), Messages.text("targets.field.unit"), Messages.text("targets.field.title"),
            Messages.text("targets.field.lacks"), Messages.text("targets.field.retires"));

    private LackingWorkbook() {
    }

    static void write(Target target, String unitName, List<LackingPerson> people, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.text("targets.field.lacks"));
            sheet.value(0, 0, CellText.safe(Messages.text("targets.lacking.title",
                    target.indicator().name().toUpperCase(Locale.forLanguageTag("vi")))));
            sheet.style(0, 0).bold().fontSize(13).set();
            sheet.value(1, 0, Messages.text("targets.lacking.subtitle", unitName, target.threshold().stripTrailingZeros().toPlainString(),
                    Dates.format(target.deadline()), (target.plan() == null ? "" : " · " + target.plan().title())));
            sheet.value(2, 0, CellText.safe(Messages.text("targets.lacking.condition", target.indicator().conditionText())));
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(4, c, CellText.safe(HEADER.get(c)));
            }
            sheet.range(4, 0, 4, HEADER.size() - 1).style().bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).set();
            SimpleSheet.printable(sheet, 4, 4);
            int r = 5;
            for (LackingPerson person : people) {
                sheet.value(r, 0, r - 4);
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
