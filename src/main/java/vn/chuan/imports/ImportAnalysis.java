package vn.chuan.imports;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.chuan.dossier.PersonnelFiles;

/**
 * A file read and checked against the records, nothing written: per row what would be created,
 * changed or left alone, and every error. {@link PeopleImport#apply} writes it.
 */
public final class ImportAnalysis implements Serializable {

    /** Kept in the database while the job waits for confirmation (see {@code ImportJobs}); bump when a field changes. */
    @Serial
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final ListDate list;
    private final List<String> fileErrors;
    private final List<String> warnings;
    private final List<RowError> errors;
    private final List<RowPlan> plans;
    private final int rowsRead;
    /** Where the file is read again to write: not kept with the check; the job's stored file is given back on loading. */
    private transient ImportSource source;
    private final Map<RowPlan.Action, Long> counts = new EnumMap<>(RowPlan.Action.class);
    private final int planned;
    private final Set<Integer> invalidRows;
    private final int errorCount;
    /** What the personnel file's sheets of the same workbook would change (null: not read, the file being unreadable). */
    private PersonnelFiles.SheetImport fileSheets;

    /**
     * Rows and errors kept for the preview; the rest are counted only, so that a large file's
     * check does not stay whole in memory while it waits for confirmation (the writing reads the
     * file again and needs only the numbers of the invalid rows).
     */
    static final int KEPT_PLANS = 20_000;
    static final int KEPT_ERRORS = 10_000;

    ImportAnalysis(String fileName, ListDate list, List<String> fileErrors, List<String> warnings, List<RowError> errors,
            List<RowPlan> plans, int rowsRead, ImportSource source) {
        this.fileName = fileName;
        this.list = list;
        this.fileErrors = List.copyOf(fileErrors);
        this.warnings = List.copyOf(warnings);
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), KEPT_ERRORS)));
        this.errorCount = errors.size();
        this.invalidRows = new HashSet<>();
        errors.forEach(e -> invalidRows.add(e.row()));
        plans.forEach(p -> counts.merge(p.action(), 1L, Long::sum));
        this.planned = plans.size();
        this.plans = List.copyOf(plans.subList(0, Math.min(plans.size(), KEPT_PLANS)));
        this.rowsRead = rowsRead;
        this.source = source;
    }

    public String fileName() {
        return fileName;
    }

    /** The date the file describes, and whether it is complete. */
    public ListDate list() {
        return list;
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

    /** The first {@value #KEPT_PLANS} rows' plans, in file order (see {@link #planned()} for all). */
    public List<RowPlan> plans() {
        return plans;
    }

    /** How many rows can be written (valid rows), including those not kept for the preview. */
    public int planned() {
        return planned;
    }

    /** True when the preview shows only the first rows of a larger file. */
    public boolean trimmed() {
        return planned > plans.size() || errorCount > errors.size();
    }

    public int errorCount() {
        return errorCount;
    }

    /** The rows with at least one error (kept whole: the writing leaves them out). */
    Set<Integer> invalidRowNumbers() {
        return invalidRows;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public long count(RowPlan.Action action) {
        return counts.getOrDefault(action, 0L);
    }

    /** For templates: the count of an action by name. */
    public long countOf(String action) {
        return count(RowPlan.Action.valueOf(action));
    }

    /** Rows with at least one error (a row may have several). */
    public long invalidRows() {
        return invalidRows.size();
    }

    public boolean readable() {
        return fileErrors.isEmpty();
    }

    public boolean clean() {
        return fileErrors.isEmpty() && errorCount == 0;
    }

    ImportSource source() {
        return source;
    }

    void source(ImportSource file) {
        this.source = file;
    }

    public PersonnelFiles.SheetImport fileSheets() {
        return fileSheets;
    }

    void fileSheets(PersonnelFiles.SheetImport preview) {
        this.fileSheets = preview;
    }
}
