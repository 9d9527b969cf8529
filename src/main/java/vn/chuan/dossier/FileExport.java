package vn.chuan.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;

/**
 * The personnel file as an export carries it: the 2C's own fields as optional columns after the
 * people sheet's (CSV too), the histories as extra sheets of the workbook. Religion, health and the
 * family only when asked by a role that sees them ({@code sensitive}).
 */
public final class FileExport {

    private final List<PersonnelFile> files;
    private final boolean sensitive;
    private final List<ProfileField> columns;
    private final Map<String, PersonnelFile> byCode = new HashMap<>();

    FileExport(List<PersonnelFile> files, boolean sensitive) {
        this.files = files;
        this.sensitive = sensitive;
        this.columns = Arrays.stream(ProfileField.values()).filter(f -> sensitive || !f.sensitive()).toList();
        files.forEach(f -> byCode.put(f.person().code(), f));
    }

    /** The headers of the 2C's columns, in order. */
    public List<String> headers() {
        return columns.stream().map(ProfileField::label).toList();
    }

    /** One person's values of those columns (dates as dates; empty when the person has no file). */
    public List<Object> values(String personCode) {
        PersonnelFile file = byCode.get(personCode);
        List<Object> values = new ArrayList<>(columns.size());
        for (ProfileField field : columns) {
            values.add(file == null ? null : field.value(file.profile()));
        }
        return values;
    }

    /** Adds the histories' sheets (family only when sensitive data was asked for). */
    public void writeSheets(Workbook workbook) {
        FileSheets.write(workbook, files, sensitive);
    }
}
