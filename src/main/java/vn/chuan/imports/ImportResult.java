package vn.chuan.imports;

/**
 * What an import wrote ({@code left}: posts a complete list ended). {@code written} is false when
 * it was refused and nothing changed.
 */
public record ImportResult(boolean written, int created, int updated, int unchanged, int left, int skippedInvalid,
        String message) {

    /** The same result, its message followed by {@code note} (what the personnel file's sheets did). */
    public ImportResult withNote(String note) {
        return new ImportResult(written, created, updated, unchanged, left, skippedInvalid, message == null ? note : message + " " + note);
    }
}
