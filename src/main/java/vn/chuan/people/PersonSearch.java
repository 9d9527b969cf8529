package vn.chuan.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitId;

/**
 * The people list's criteria: who held a post on {@code asOf} in the unit subtree, of a category
 * and title, with levels, whose name or code contains {@code text} (case and diacritics ignored).
 */
public record PersonSearch(String text, UnitId unitId, StaffCategory category, String titleCode,
        List<LevelFilter> levels, LocalDate asOf, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public PersonSearch {
        Objects.requireNonNull(asOf, "asOf");
        levels = levels == null ? List.of() : List.copyOf(levels);
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_PAGE_SIZE);
    }

    public static PersonSearch all(LocalDate asOf) {
        return new PersonSearch(null, null, null, null, List.of(), asOf, 0, 25);
    }

    public PersonSearch withPage(int newPage) {
        return new PersonSearch(text, unitId, category, titleCode, levels, asOf, newPage, size);
    }

    public PersonSearch withText(String newText) {
        return new PersonSearch(newText, unitId, category, titleCode, levels, asOf, page, size);
    }
}
