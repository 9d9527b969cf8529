package vn.chuan.imports;

import java.time.LocalDate;
import java.util.Optional;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/**
 * The date a file describes: today (a plain import), or a past date ({@code import --as-of}: a
 * yearly list, the state of its units then). With {@code complete} the file lists everyone of its
 * units on that date, so a person holding a post there and missing from it has left: their post
 * ends the day before {@code leftOn} (the list's date when not given).
 */
public record ListDate(LocalDate asOf, boolean complete, LocalDate leftOn) implements java.io.Serializable {

    /** The state today, not claimed complete: what the import did before yearly lists. */
    public static final ListDate TODAY = new ListDate(null, false, null);

    public boolean dated() {
        return asOf != null;
    }

    /** The date the rows describe. */
    LocalDate on(LocalDate today) {
        return asOf == null ? today : asOf;
    }

    /** The first day those missing from a complete list no longer hold their post. */
    LocalDate leavingOn(LocalDate today) {
        return leftOn == null ? on(today) : leftOn;
    }

    /** Why these settings cannot be used, in the user's words; empty when they can. */
    Optional<String> refusal(LocalDate today) {
        if (asOf != null && asOf.isAfter(today)) {
            return Optional.of(Messages.text("imports.listDate.inFuture", Dates.format(asOf)));
        }
        if (leftOn != null && !complete) {
            return Optional.of(Messages.text("imports.listDate.leftOnNeedsComplete"));
        }
        if (leftOn != null && leftOn.isAfter(on(today))) {
            return Optional.of(Messages.text("imports.listDate.leftOnAfterList", Dates.format(leftOn), Dates.format(on(today))));
        }
        return Optional.empty();
    }
}
