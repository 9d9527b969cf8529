package vn.chuan.units;

import java.util.List;

/** What an import of the official unit list did; {@code errors} are for the user, in Vietnamese. */
public record UnitImportResult(int created, int updated, int unchanged, List<String> errors) {

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
