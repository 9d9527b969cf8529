package vn.chuan.training;

import vn.chuan.shared.Messages;

/** Where a place ("lượt") stands. */
public enum EnrolmentStatus {
    DANG_KY(Messages.text("training.da-dang-ky")),
    DANG_HOC(Messages.text("training.dang-hoc")),
    HOAN_THANH(Messages.text("training.hoan-thanh")),
    BO_HOC(Messages.text("training.bo-hoc"));

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
