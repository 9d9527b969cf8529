package vn.chuan.units;

import vn.chuan.shared.Messages;

public enum UnitLevel {
    PROVINCE(Messages.text("units.tinh-thanh-pho")),
    DISTRICT(Messages.text("units.huyen-quan")),
    COMMUNE(Messages.text("units.xa-phuong"));

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
