package vn.chuan.imports;

import java.util.List;

/**
 * A file read and checked against the records, nothing written: per row what would be created,
 * changed or left alone, and every error. {@link PeopleImport#apply} writes it.
 */
public final class ImportAnalysis {

    private final String fileName;
    private final List<String> fileErrors;
    private final List<String> warnings;
    private final List<RowError> errors;
    private final List<RowPlan> plans;
    private final int rowsRead;
    private final ImportSource source;

    ImportAnalysis(String fileName, List<String> fileErrors, List<String> warnings, List<RowError> errors,
            List<RowPlan> plans, int rowsRead, ImportSource source) {
        this.fileName = fileName;
        this.fileErrors = List.copyOf(fileErrors);
        this.warnings = List.copyOf(warnings);
        this.errors = List.copyOf(errors);
        this.plans = List.copyOf(plans);
        this.rowsRead = rowsRead;
        this.source = source;
    }

    public String fileName() {
        return fileName;
    }

    /** Problems with the file as a whole (not a spreadsheet, a missing column, no rows): nothing can be imported. */
    public List<String> fileErrors() {
        return fileErrors;
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<RowError> errors() {
        return errors;
    }

    public List<RowPlan> plans() {
        return plans;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public long count(RowPlan.Action action) {
        return plans.stream().filter(p -> p.action() == action).count();
    }

    /** For templates: the count of an action by name. */
    public long countOf(String action) {
        return count(RowPlan.Action.valueOf(action));
    }

    /** Rows with at least one error (a row may have several). */
    public long invalidRows() {
        return errors.stream().mapToInt(RowError::row).distinct().count();
    }

    public boolean readable() {
        return fileErrors.isEmpty();
    }

    public boolean clean() {
        return fileErrors.isEmpty() && errors.isEmpty();
    }

    ImportSource source() {
        return source;
    }
}
