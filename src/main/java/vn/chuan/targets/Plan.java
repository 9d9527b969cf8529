package vn.chuan.targets;

import java.time.LocalDate;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** The document that sets targets: "Kế hoạch 774/KH-UBND", its title, date and issuer. */
public record Plan(long id, String number, String name, LocalDate issuedOn, String issuer) {

    /** "Kế hoạch 774/KH-UBND ngày 12/05/2016". */
    public String title() {
        return number + (issuedOn == null ? "" : Messages.text("targets.lacking.onDate", Dates.format(issuedOn)));
    }
}
