package vn.chuan.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.CellText;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.Shares;
import vn.chuan.shared.SimpleSheet;

/** The proposed plan as an xlsx workbook: the places (a row each, with the reason), then the effect. */
final class PlanWorkbook {

    private PlanWorkbook() {
    }

    static void write(TrainingPlan plan, PaperHeading heading, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.text("training.plan.sheet", plan.year()));
            int top = SimpleSheet.heading(sheet, heading, 9);
            sheet.value(top, 0, CellText.safe(Messages.text("training.plan.heading", plan.year())));
            sheet.style(top, 0).bold().fontSize(13).set();
            sheet.value(top + 1, 0, CellText.safe(Messages.text("training.plan.budgetLine", plan.unit().name(), Shares.count(plan.budget()),
                    Shares.count(plan.cost()))));
            String[] header = {"STT", Messages.text("training.field.class"), Messages.text("training.field.programme"),
                    Messages.text("training.field.code"),
                    Messages.text("training.field.fullName"), Messages.text("training.field.unit"), Messages.text("training.field.title"),
                    Messages.text("training.field.cost"),
                    Messages.text("training.field.priority"), Messages.text("training.field.reasons")};
            for (int c = 0; c < header.length; c++) {
                sheet.value(top + 3, c, CellText.safe(header[c]));
            }
            sheet.range(top + 3, 0, top + 3, header.length - 1).style().bold().fillColor("DDEBF7").borderStyle("thin").wrapText(true).set();
            SimpleSheet.printable(sheet, top + 3, top + 3);
            int r = top + 4;
            for (TrainingPlan.Place place : plan.places()) {
                sheet.value(r, 0, r - top - 3);
                sheet.value(r, 1, CellText.safe(place.classCode()));
                sheet.value(r, 2, CellText.safe(place.programmeName()));
                sheet.value(r, 3, CellText.safe(place.personCode()));
                sheet.value(r, 4, CellText.safe(place.personName()));
                sheet.value(r, 5, CellText.safe(place.unitName()));
                sheet.value(r, 6, CellText.safe(place.titleName()));
                sheet.value(r, 7, place.cost());
                sheet.value(r, 8, Math.round(place.value() * 100) / 100.0);
                sheet.value(r, 9, CellText.safe(place.reason()));
                r++;
            }
            r++;
            sheet.value(r++, 0, CellText.safe(Messages.text("training.plan.impact")));
            for (TrainingPlan.Effect effect : plan.effects()) {
                sheet.value(r, 0, CellText.safe(effect.label()));
                if (effect.before() != null) {
                    sheet.value(r, 7, effect.before() / 100);
                    sheet.style(r, 7).format("0.0%").set();
                    sheet.value(r, 8, effect.after() / 100);
                    sheet.style(r, 8).format("0.0%").set();
                }
                r++;
            }
            SimpleSheet.signatures(sheet, r + 1, 9);
            int[] widths = {6, 16, 34, 12, 26, 26, 26, 14, 10, 90};
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, widths[c]);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
