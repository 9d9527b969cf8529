package vn.chuan.training;

import vn.chuan.shared.Messages;

/** Who pays for a class's places. */
public enum Funding {
    NGAN_SACH(Messages.text("training.funding.state")),
    TU_TUC(Messages.text("training.funding.self")),
    KHAC(Messages.text("training.funding.other"));

    private final String label;

    Funding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
