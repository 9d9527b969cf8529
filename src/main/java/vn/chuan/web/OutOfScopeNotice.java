package vn.chuan.web;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.function.SingletonSupplier;

import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * A unit asked for in an address ({@code donVi}) that the user's scope does not hold, or that does not exist, is not
 * replaced without a word: every page says what was asked and what it shows instead (the pages show the scope's own unit).
 */
final class OutOfScopeNotice {

    /** Absent from web slices, as the reminders are from the bell. */
    private final SingletonSupplier<Units> unitsProvider;

    OutOfScopeNotice(ObjectProvider<Units> units) {
        this.unitsProvider = SingletonSupplier.of(units::getIfAvailable);
    }

    /** What to say of the unit {@code asked} in the address ({@code donVi}); null when nothing is to be said. */
    String of(String asked) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Units units = unitsProvider.get();
        if (units == null || asked == null || !asked.strip().matches("\\d{1,18}") || auth == null
                || !(auth.getPrincipal() instanceof ChuanUser user)) {
            return null;
        }
        long id = Long.parseLong(asked.strip());
        if (id == 0) {
            return null; // the whole country: the reports' root, read within the scope
        }
        String shown = user.scope().unitId() == null ? Messages.text("web.scope.everything")
                : units.find(user.scope().unitId()).map(Unit::name).orElse("");
        Optional<Unit> unit = units.find(new UnitId(id));
        if (unit.isEmpty()) {
            return Messages.text("web.scope.unknownUnit", String.valueOf(id), shown);
        }
        return user.scope().covers(unit.get()) ? null : Messages.text("web.scope.outside", unit.get().name(), shown);
    }
}
