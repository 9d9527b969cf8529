package vn.chuan.due;

import java.time.LocalDate;

/** One thing falling due: what, when, for whom, where, and why (the detail and the rule's source). */
public record DueItem(DueKind kind, LocalDate date, long personId, String personCode, String personName, String unitName,
        String detail) {

    public String source() {
        return kind.source();
    }
}
