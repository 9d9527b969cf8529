package vn.chuan.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.VietnameseText;

/**
 * The personnel file in the interchange workbook: one sheet of the 2C's fields and one per history
 * (family, work, training, salary), each row keyed by *Mã cán bộ*. Written after the people sheet of
 * an export; read back from the same workbook by an import, where a sheet present replaces, for each
 * person it lists, what the file held (the same content again changes nothing).
 */
final class FileSheets {

    /** The sheets, with their names (what the reader looks for) and columns. */
    enum Sheet {
        PROFILE("dossier.sheet.profile", true), FAMILY("dossier.sheet.family", true), WORK("dossier.sheet.work", false),
        TRAINING("dossier.sheet.training", false), SALARY("dossier.sheet.salary", false);

        private final String code;
        private final boolean sensitive;

        Sheet(String code, boolean sensitive) {
            this.code = code;
            this.sensitive = sensitive;
        }

        String title() {
            return Messages.text(code);
        }

        String help() {
            return Messages.text(code + "Help");
        }
    }

    static final String CODE = "dossier.column.personCode";

    private FileSheets() {
    }

    // ---- writing -------------------------------------------------------------------------------------

    static List<String> headers(Sheet sheet) {
        List<String> h = new ArrayList<>();
        h.add(Messages.text(CODE));
        switch (sheet) {
            case FAMILY -> h.addAll(List.of(Messages.text("dossier.family.relation"), Messages.text("dossier.family.fullName"),
                    Messages.text("dossier.family.birthYear"), Messages.text("dossier.family.homeTown"),
                    Messages.text("dossier.family.occupation"), Messages.text("dossier.family.workplace")));
            case WORK -> h.addAll(List.of(Messages.text("dossier.work.fromOn"), Messages.text("dossier.work.toOn"),
                    Messages.text("dossier.work.post"), Messages.text("dossier.work.place")));
            case TRAINING -> h.addAll(List.of(Messages.text("dossier.training.school"), Messages.text("dossier.training.field"),
                    Messages.text("dossier.work.fromOn"), Messages.text("dossier.work.toOn"), Messages.text("dossier.training.mode"),
                    Messages.text("dossier.training.diploma")));
            case SALARY -> h.addAll(List.of(Messages.text("dossier.salary.rankCode"), Messages.text("dossier.salary.step"),
                    Messages.text("dossier.salary.coefficient"), Messages.text("dossier.salary.overCeiling"),
                    Messages.text("dossier.salary.positionAllowance"), Messages.text("dossier.salary.effectiveOn"),
                    Messages.text("dossier.salary.decision")));
        }
        return h;
    }

    /** Adds the sheets to {@code workbook}; the sensitive parts (religion, health, family) only when {@code sensitive}. */
    static void write(Workbook workbook, List<PersonnelFile> files, boolean sensitive) {
        for (Sheet sheet : Sheet.values()) {
            // The 2C's own fields are columns of the people sheet (FileExport), not a sheet.
            if (sheet == Sheet.PROFILE || (sheet == Sheet.FAMILY && !sensitive)) {
                continue;
            }
            List<String> headers = headers(sheet);
            Worksheet ws = workbook.newWorksheet(sheet.title());
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().fillColor("DDEBF7").set();
                ws.width(c, c == 0 ? 16 : 22);
            }
            ws.freezePane(1, 1);
            int r = 1;
            for (PersonnelFile f : files) {
                for (List<Object> row : rows(sheet, f)) {
                    for (int c = 0; c < row.size(); c++) {
                        SimpleSheet.cell(ws, r, c, row.get(c));
                    }
                    r++;
                }
            }
        }
    }

    /** One person's rows of a history sheet (the 2C's own fields are columns of the people sheet, not rows here). */
    private static List<List<Object>> rows(Sheet sheet, PersonnelFile f) {
        String code = f.person().code();
        List<List<Object>> rows = new ArrayList<>();
        switch (sheet) {
            case PROFILE -> { }
            case FAMILY -> f.family().forEach(m -> rows.add(Arrays.asList(code, m.relation().label(), m.fullName(), m.birthYear(),
                    m.homeTown(), m.occupation(), m.workplace())));
            case WORK -> f.work().forEach(w -> rows.add(Arrays.asList(code, w.fromOn(), w.toOn(), w.post(), w.place())));
            case TRAINING -> f.training().forEach(t -> rows.add(Arrays.asList(code, t.school(), t.field(), t.fromOn(), t.toOn(),
                    t.mode().label(), t.diploma())));
            case SALARY -> f.salary().forEach(s -> rows.add(Arrays.asList(code, s.rankCode(), s.step(), s.coefficient(),
                    s.overCeilingPercent() == 0 ? null : s.overCeilingPercent(), s.positionAllowance().signum() == 0 ? null
                            : s.positionAllowance(), s.effectiveOn(), s.decision())));
        }
        return rows;
    }

    // ---- reading -------------------------------------------------------------------------------------

    /** What the sheets of a workbook say, per person code and sheet read; and each row that could not be read. */
    record Read(Map<Sheet, Map<String, List<Map<String, String>>>> rows, List<String> errors) {
    }

    /**
     * Reads the 2C's own columns of the people sheet (the first visible sheet, or the CSV) and the
     * histories' sheets present, each row as its cells by header (folded); rows without a code are errors.
     */
    static Read read(PersonnelFiles.Source source, String fileName) throws java.io.IOException {
        Map<Sheet, Map<String, List<Map<String, String>>>> found = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        String code = VietnameseText.fold(Messages.text(CODE));
        Map<String, List<Map<String, String>>> profiles = new LinkedHashMap<>();
        Map<Integer, String> profileColumns = new HashMap<>();
        int[] codeColumn = {-1};
        try (java.io.InputStream in = source.open()) {
            TabularFile.readWithHeader(in, fileName, cells -> cells.stream().anyMatch(c -> isCode(c, code)), new TabularFile.HeaderedRows() {
                @Override
                public boolean header(List<String> cells) {
                    for (int i = 0; i < cells.size(); i++) {
                        String text = cells.get(i) == null ? "" : cells.get(i);
                        if (isCode(text, code)) {
                            codeColumn[0] = i;
                        }
                        int column = i;
                        ProfileField.byHeader(text).ifPresent(f -> profileColumns.put(column, VietnameseText.fold(f.label())));
                    }
                    return codeColumn[0] >= 0 && !profileColumns.isEmpty();
                }

                @Override
                public void row(int rowNumber, List<String> cells) {
                    String person = codeColumn[0] < cells.size() && cells.get(codeColumn[0]) != null ? cells.get(codeColumn[0]).strip() : "";
                    if (person.isEmpty()) {
                        return;
                    }
                    Map<String, String> row = new HashMap<>();
                    profileColumns.forEach((i, label) -> row.put(label, i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : ""));
                    row.put(ROW, String.valueOf(rowNumber + 1));
                    profiles.computeIfAbsent(person, k -> new ArrayList<>()).add(row);
                }
            });
        }
        if (!profileColumns.isEmpty()) {
            found.put(Sheet.PROFILE, profiles);
        }
        Map<String, TabularFile.RowHandler> handlers = new LinkedHashMap<>();
        Map<Sheet, Map<String, List<Map<String, String>>>> sheets = new LinkedHashMap<>();
        for (Sheet sheet : Sheet.values()) {
            if (sheet == Sheet.PROFILE) {
                continue;
            }
            Map<String, List<Map<String, String>>> byCode = new LinkedHashMap<>();
            List<String> header = new ArrayList<>();
            handlers.put(sheet.title(), (rowNumber, cells) -> {
                if (header.isEmpty()) {
                    cells.forEach(c -> header.add(VietnameseText.fold(c.strip())));
                    if (!header.contains(code)) {
                        errors.add(Messages.text("dossier.sheet.noCodeColumn", sheet.title(), Messages.text(CODE)));
                    }
                    return;
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    return;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < cells.size() && i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i) == null ? "" : cells.get(i).strip());
                }
                row.put(ROW, String.valueOf(rowNumber + 1));
                String person = row.getOrDefault(code, "");
                if (person.isBlank()) {
                    errors.add(Messages.text("dossier.sheet.rowWithoutCode", sheet.title(), rowNumber + 1));
                    return;
                }
                byCode.computeIfAbsent(person, k -> new ArrayList<>()).add(row);
            });
            sheets.put(sheet, byCode);
        }
        java.util.Set<String> present;
        try (java.io.InputStream in = source.open()) {
            present = TabularFile.readSheets(in, handlers);
        }
        sheets.forEach((sheet, rows) -> {
            if (present.contains(sheet.title())) {
                found.put(sheet, rows);
            }
        });
        return new Read(found, errors);
    }

    private static boolean isCode(String header, String code) {
        String folded = VietnameseText.fold(header == null ? "" : header.strip());
        return folded.equals(code) || folded.equals("ma_can_bo");
    }

    static final String ROW = "#row";

    /** A cell of a row by its header's label (folded), or "". */
    static String cell(Map<String, String> row, String label) {
        return row.getOrDefault(VietnameseText.fold(label), "");
    }

    static Optional<LocalDate> date(Map<String, String> row, String label, Sheet sheet, List<String> errors) {
        String text = cell(row, label);
        if (text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = Dates.parse(text);
        if (d.isEmpty()) {
            errors.add(Messages.text("dossier.sheet.badCell", sheet.title(), row.get(ROW), label, text));
        }
        return d;
    }

    static Integer integer(Map<String, String> row, String label, Sheet sheet, List<String> errors) {
        String text = cell(row, label);
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.')).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(Messages.text("dossier.sheet.badCell", sheet.title(), row.get(ROW), label, text));
            return null;
        }
    }

    static BigDecimal decimal(Map<String, String> row, String label, Sheet sheet, List<String> errors) {
        String text = cell(row, label);
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(Messages.text("dossier.sheet.badCell", sheet.title(), row.get(ROW), label, text));
            return null;
        }
    }

    static <E extends Enum<E>> Optional<E> label(Map<String, String> row, String label, E[] values, Function<E, String> labelOf, Sheet sheet,
            List<String> errors) {
        String text = cell(row, label);
        Optional<E> found = Arrays.stream(values)
                .filter(v -> VietnameseText.fold(labelOf.apply(v)).equals(VietnameseText.fold(text)) || v.name().equalsIgnoreCase(text))
                .findFirst();
        if (found.isEmpty()) {
            errors.add(Messages.text("dossier.sheet.badCell", sheet.title(), row.get(ROW), label, text));
        }
        return found;
    }
}
