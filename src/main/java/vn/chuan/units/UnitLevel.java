package vn.chuan.units;

import vn.chuan.shared.Messages;

public enum UnitLevel {
    PROVINCE(Messages.text("units.list.province")),
    DISTRICT(Messages.text("units.list.district")),
    COMMUNE(Messages.text("units.list.communeShort"));

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
