package vn.chuan.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.shared.CellText;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;

/** The empty template: the header row, and a second sheet explaining each column and its allowed values. */
final class InterchangeTemplate {

    private InterchangeTemplate() {
    }

    static void write(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet data = workbook.newWorksheet(Messages.text("imports.template.sheet"));
            InterchangeColumn[] columns = InterchangeColumn.values();
            for (int c = 0; c < columns.length; c++) {
                data.value(0, c, CellText.safe(columns[c].header()));
                data.style(0, c).bold().fillColor(columns[c].required() ? "F8CBAD" : "DDEBF7").set();
                data.width(c, 18);
            }
            List<List<String>> profile = PersonnelFiles.profileColumnHelp();
            for (int e = 0; e < profile.size(); e++) {
                data.value(0, columns.length + e, CellText.safe(profile.get(e).get(0)));
                data.style(0, columns.length + e).bold().fillColor("E2EFDA").set();
                data.width(columns.length + e, 18);
            }
            data.freezePane(0, 1);
            Worksheet help = workbook.newWorksheet(Messages.text("imports.template.helpSheet"));
            String[] header = {Messages.text("imports.template.column"), Messages.text("imports.template.key"),
                    Messages.text("imports.template.required"),
                    Messages.text("imports.template.values")};
            for (int c = 0; c < header.length; c++) {
                help.value(0, c, CellText.safe(header[c]));
                help.style(0, c).bold().set();
            }
            help.width(0, 24);
            help.width(1, 16);
            help.width(2, 10);
            help.width(3, 120);
            int r = 1;
            for (InterchangeColumn column : columns) {
                help.value(r, 0, CellText.safe(column.header()));
                help.value(r, 1, CellText.safe(column.key()));
                help.value(r, 2, CellText.safe(column.required() ? Messages.text("imports.yes") : Messages.text("imports.no")));
                help.value(r, 3, CellText.safe(explain(column)));
                help.style(r, 3).wrapText(true).set();
                r++;
            }
            for (List<String> column : profile) {
                help.value(r, 0, CellText.safe(column.get(0)));
                help.value(r, 1, CellText.safe(column.get(1)));
                help.value(r, 2, CellText.safe(Messages.text("imports.no")));
                help.value(r, 3, CellText.safe(column.get(2)));
                help.style(r, 3).wrapText(true).set();
                r++;
            }
            for (Map.Entry<String, String> sheet : PersonnelFiles.sheetHelp()) {
                help.value(r, 0, CellText.safe(Messages.text("imports.template.sheetName", sheet.getKey())));
                help.value(r, 1, CellText.safe(Messages.text("dossier.column.personCode")));
                help.value(r, 2, CellText.safe(Messages.text("imports.no")));
                help.value(r, 3, CellText.safe(sheet.getValue()));
                help.style(r, 3).wrapText(true).set();
                r++;
            }
            help.value(r + 1, 0, Messages.text("imports.template.intro"));
            PersonnelFiles.writeTemplateSheets(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String explain(InterchangeColumn column) {
        if (column.dimension().isPresent()) {
            Dimension d = column.dimension().get();
            return Messages.text("imports.template.levels", d.label(), d.levels().stream().map(ScaleLevel::label).collect(Collectors.joining(", ")),
                    d.levels().stream().map(ScaleLevel::code).collect(Collectors.joining(", ")));
        }
        return switch (column) {
            case MA_CAN_BO -> Messages.text("imports.template.code");
            case HO_TEN -> Messages.text("imports.template.fullName");
            case NGAY_SINH, NGAY_BAT_DAU -> Messages.text(column == InterchangeColumn.NGAY_BAT_DAU ? "imports.template.startDate"
                    : "imports.template.date");
            case GIOI_TINH -> Messages.text("imports.template.gender");
            case DAN_TOC -> Messages.text("imports.template.ethnicity", String.join(", ", Ethnicity.ALL));
            case SO_CCCD -> Messages.text("imports.template.citizenId");
            case MA_DON_VI -> Messages.text("imports.template.unitCode");
            case LOAI -> List.of(StaffCategory.values()).stream().map(c -> c.name() + " (" + c.label() + ")")
                    .collect(Collectors.joining(", ")) + ".";
            case CHUC_DANH -> Messages.text("imports.template.title",
                    PositionTitle.all().stream().map(t -> t.name() + " [" + t.code() + "]").collect(Collectors.joining("; ")));
            case CHUC_DANH_KIEM_NHIEM -> Messages.text("imports.template.concurrentTitles");
            case DANG_VIEN -> Messages.text("imports.template.yesNo");
            case CHUYEN_NGANH -> Messages.text("imports.template.fieldOfStudy");
            default -> "";
        };
    }
}
