package vn.chuan.units;

import java.time.LocalDate;

/**
 * An administrative unit in one era. {@code path} lists the ids from the province down
 * ("/1/7/42/"), so that a subtree is one prefix comparison in SQL.
 */
public record Unit(
        UnitId id,
        String code,
        String name,
        UnitLevel level,
        CommuneType communeType,
        UnitId parentId,
        String path,
        LocalDate validFrom,
        LocalDate validTo,
        UnitId successorId,
        boolean difficultArea) {

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }



    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
