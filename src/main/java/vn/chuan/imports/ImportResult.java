package vn.chuan.imports;

/**
 * What an import wrote ({@code left}: posts a complete list ended). {@code written} is false when
 * it was refused and nothing changed.
 */
public record ImportResult(boolean written, int created, int updated, int unchanged, int left, int skippedInvalid,
        String message) {
}
