package vn.chuan.targets;

import vn.chuan.shared.Messages;

/** The traffic light of a target in a unit. */
public enum TargetStatus {
    REACHED(Messages.text("targets.status.met"), "success"),
    ON_TRACK(Messages.text("targets.status.onTrack"), "success"),
    AT_RISK(Messages.text("targets.status.atRisk"), "warning"),
    OFF_TRACK(Messages.text("targets.status.behind"), "danger"),
    MISSED(Messages.text("targets.status.missed"), "danger"),
    NO_DATA(Messages.text("targets.status.noData"), "secondary");

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
