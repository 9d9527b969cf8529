package vn.chuan.targets;

import vn.chuan.shared.Messages;

/** The traffic light of a target in a unit. */
public enum TargetStatus {
    REACHED(Messages.text("targets.da-dat"), "success"),
    ON_TRACK(Messages.text("targets.dung-tien-do"), "success"),
    AT_RISK(Messages.text("targets.co-nguy-co-khong-dat"), "warning"),
    OFF_TRACK(Messages.text("targets.cham-tien-do"), "danger"),
    MISSED(Messages.text("targets.khong-dat-da-qua-han"), "danger"),
    NO_DATA(Messages.text("targets.chua-co-so-lieu"), "secondary");

    private final String label;
    private final String colour;

    TargetStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap colour of its badge. */
    public String colour() {
        return colour;
    }
}
