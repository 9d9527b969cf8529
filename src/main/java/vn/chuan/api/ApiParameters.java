package vn.chuan.api;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Reading the parameters every resource shares: a date, a unit code in the caller's scope. */
@Component
class ApiParameters {

    private final Units units;
    private final Clock clock;

    ApiParameters(Units units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** yyyy-MM-dd (or dd/MM/yyyy); today when absent. */
    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return today();
        }
        return Dates.parse(text).orElseThrow(() -> new ApiInputException(field,
                Messages.text("api.date.unreadable", text)));
    }

    LocalDate optionalDate(String field, String text) {
        return text == null || text.isBlank() ? null : date(field, text);
    }

    /** The unit of this code on that date, if the caller's scope covers it; 404 otherwise. */
    Unit unit(UserScope scope, String code, LocalDate date) {
        return units.findByCode(code.strip(), date).filter(scope::covers)
                .orElseThrow(() -> new ApiNotFoundException(Messages.text("api.unit.notInScope", code.strip(), Dates.format(date))));
    }

    /** The unit asked for, or the scope's own unit (the province for the whole database). */
    Unit unitOrScope(UserScope scope, String code, LocalDate date) {
        if (code != null && !code.isBlank()) {
            return unit(scope, code, date);
        }
        return units.scopeRoot(scope.unitId(), date).orElseThrow(() -> new ApiNotFoundException(Messages.text("api.unit.none")));
    }

    static int size(Integer size) {
        return size == null ? 25 : Math.max(1, Math.min(200, size));
    }
}
