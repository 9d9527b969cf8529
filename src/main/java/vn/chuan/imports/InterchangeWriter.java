package vn.chuan.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.CellText;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.shared.TabularFile;

/**
 * Writes people in the interchange format, as xlsx (dates as dates, streamed row by row) or as
 * CSV (UTF-8 with BOM so that Excel shows the diacritics). Levels and titles are written as their
 * Vietnamese labels, which the import reads back.
 */
public final class InterchangeWriter {

    private static final InterchangeColumn[] COLUMNS = InterchangeColumn.values();

    private InterchangeWriter() {
    }

    /** Columns after the interchange format's own (the personnel file's): their headers, and a person's values by code. */
    public record Extra(List<String> headers, java.util.function.Function<String, List<Object>> values) {

        public static final Extra NONE = new Extra(List.of(), code -> List.of());
    }

    public static void writeXlsx(OutputStream out, Iterable<InterchangeRow> rows) {
        writeXlsx(out, rows, Extra.NONE, workbook -> { });
    }

    /** The people sheet with the {@code extra} columns, then the sheets {@code more} adds (the personnel file's), in one workbook. */
    public static void writeXlsx(OutputStream out, Iterable<InterchangeRow> rows, Extra extra, java.util.function.Consumer<Workbook> more) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet(Messages.text("imports.template.sheet"));
            for (int c = 0; c < COLUMNS.length; c++) {
                sheet.value(0, c, CellText.safe(COLUMNS[c].header()));
                sheet.style(0, c).bold().fillColor("DDEBF7").set();
                sheet.width(c, c == 1 ? 26 : c == 8 ? 34 : 16);
            }
            for (int e = 0; e < extra.headers().size(); e++) {
                sheet.value(0, COLUMNS.length + e, CellText.safe(extra.headers().get(e)));
                sheet.style(0, COLUMNS.length + e).bold().fillColor("E2EFDA").set();
                sheet.width(COLUMNS.length + e, 20);
            }
            sheet.freezePane(0, 1);
            SimpleSheet.printable(sheet, 0, 0);
            int r = 1;
            for (InterchangeRow row : rows) {
                for (int c = 0; c < COLUMNS.length; c++) {
                    Object value = value(COLUMNS[c], row);
                    if (value instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    } else if (value != null) {
                        sheet.value(r, c, CellText.safe(value.toString()));
                    }
                }
                List<Object> extraValues = extra.values().apply(row.code());
                for (int e = 0; e < extraValues.size(); e++) {
                    SimpleSheet.cell(sheet, r, COLUMNS.length + e, extraValues.get(e));
                }
                r++;
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }
            sheet.finish();
            more.accept(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeCsv(Writer out, Iterable<InterchangeRow> rows) {
        writeCsv(out, rows, Extra.NONE);
    }

    public static void writeCsv(Writer out, Iterable<InterchangeRow> rows, Extra extra) {
        try {
            out.write('\uFEFF');
            List<String> headers = new ArrayList<>(List.of(COLUMNS).stream().map(InterchangeColumn::header).toList());
            headers.addAll(extra.headers());
            out.write(TabularFile.csvLine(headers));
            for (InterchangeRow row : rows) {
                List<String> cells = new ArrayList<>(headers.size());
                for (InterchangeColumn column : COLUMNS) {
                    Object value = value(column, row);
                    cells.add(value instanceof LocalDate date ? Dates.format(date) : value == null ? "" : value.toString());
                }
                for (Object value : extra.values().apply(row.code())) {
                    cells.add(value instanceof LocalDate date ? Dates.format(date) : value == null ? "" : value.toString());
                }
                out.write(TabularFile.csvLine(cells));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(InterchangeColumn column, InterchangeRow row) {
        if (column.dimension().isPresent()) {
            Dimension dimension = column.dimension().get();
            ScaleLevel level = row.levels() == null ? null : row.levels().get(dimension);
            return level == null ? null : level.label();
        }
        return switch (column) {
            case MA_CAN_BO -> row.code();
            case HO_TEN -> row.fullName();
            case NGAY_SINH -> row.birthDate();
            case GIOI_TINH -> row.gender() == null ? null : row.gender().label();
            case DAN_TOC -> row.ethnicity();
            case SO_CCCD -> row.citizenId();
            case MA_DON_VI -> row.unitCode();
            case LOAI -> row.category() == null ? null : row.category().name();
            case CHUC_DANH -> PositionTitle.nameOf(row.titleCode());
            case CHUC_DANH_KIEM_NHIEM -> row.concurrentTitleCodes().isEmpty() ? null : row.concurrentTitleCodes().stream()
                    .map(PositionTitle::nameOf).collect(Collectors.joining("; "));
            case NGAY_BAT_DAU -> row.startedOn();
            case DANG_VIEN -> row.partyMember() == null ? null : row.partyMember() ? Messages.text("imports.yes") : Messages.text("imports.no");
            case CHUYEN_NGANH -> row.fieldOfStudy();
            default -> null;
        };
    }
}
