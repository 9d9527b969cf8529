package vn.chuan.units;

/** Published after a unit's description changed (name, type, difficult-area flag). */
public record UnitChanged(UnitId unitId) {
}
