package vn.chuan.training;

import vn.chuan.shared.Messages;

/** Where a place ("lượt") stands. */
public enum EnrolmentStatus {
    DANG_KY(Messages.text("training.status.registered")),
    DANG_HOC(Messages.text("training.status.attending")),
    HOAN_THANH(Messages.text("training.status.completed")),
    BO_HOC(Messages.text("training.status.dropped"));

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
