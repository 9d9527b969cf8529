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



    /** How many units lie above this one, counting it ("/1/7/" is 2): a plain loop, as pickers ask it for thousands of units. */
    public int depth() {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 1;
    }
}
