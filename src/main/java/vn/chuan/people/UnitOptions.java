package vn.chuan.people;

import java.time.LocalDate;
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
        return units.subtreeOf(scope.unitId(), date);
    }
}
