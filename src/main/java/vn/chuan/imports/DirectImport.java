package vn.chuan.imports;

import java.util.List;

/**
 * What a batch import did in one reading of the file: the file's own errors and warnings, each row
 * error, how many rows were read and what was planned for the valid ones, and the result.
 */
public record DirectImport(List<String> fileErrors, List<String> warnings, List<RowError> errors, int rowsRead,
        int toCreate, int toUpdate, int unchanged, List<RowPlan> leavers, ImportResult result) {

    /** How many a complete list ended the posts of (planned, when the import was refused). */
    public int leaving() {
        return leavers.size();
    }

    public long invalidRows() {
        return errors.stream().map(RowError::row).distinct().count();
    }

    public boolean readable() {
        return fileErrors.isEmpty();
    }
}
