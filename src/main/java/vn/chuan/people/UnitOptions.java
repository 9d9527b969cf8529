package vn.chuan.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.chuan.security.UserScope;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** The units a user may pick on a date: their scope's subtree, parents before children. */
@Component
class UnitOptions {

    private final Units units;

    UnitOptions(Units units) {
        this.units = units;
    }

    List<Unit> validOn(UserScope scope, LocalDate date) {
        List<Unit> result = new ArrayList<>();
        if (scope.isWholeDatabase()) {
            for (Unit root : units.roots()) {
                if (root.isValidOn(date)) {
                    result.addAll(units.subtree(root, date));
                }
            }
            return result;
        }
        Unit root = units.get(scope.unitId());
        return units.subtree(root, date);
    }
}
