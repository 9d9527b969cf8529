package vn.chuan.due;

import java.time.LocalDate;

/** One thing falling due: what, when, for whom, where, and why (the detail and the rule's source). */
public record DueItem(DueKind kind, LocalDate date, long personId, String personCode, String personName, long unitId, String unitName,
        String detail) {

    /** The same item naming its person and the unit of their principal post. */
    DueItem named(String code, String name, long unit, String unitLabel) {
        return new DueItem(kind, date, personId, code, name, unit, unitLabel, detail);
    }

    /** What identifies the item across computations: what, for whom, when (a reminder is sent once per key and officer). */
    public String key() {
        return kind.name() + ":" + personId + ":" + date;
    }

    public String source() {
        return kind.source();
    }
}
