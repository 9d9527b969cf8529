package vn.chuan.standards;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.chuan.people.PeopleChanged;
import vn.chuan.units.UnitChanged;

/** Re-assesses persons the moment their records change, in the same transaction as the change. */
@Component
class ReassessOnChange {

    private final Standards standards;

    ReassessOnChange(Standards standards) {
        this.standards = standards;
    }

    @EventListener
    void on(PeopleChanged event) {
        standards.reassess(event.personIds(), event.written());
    }

    /** A unit marked as (no longer) in a difficult area changes the levels required of its people. */
    @EventListener
    void on(UnitChanged event) {
        standards.reassessUnit(event.unitId());
    }
}
