package vn.chuan.training;

import vn.chuan.shared.Messages;

/** Who pays for a class's places. */
public enum Funding {
    NGAN_SACH(Messages.text("training.ngan-sach-nha-nuoc")),
    TU_TUC(Messages.text("training.tu-tuc")),
    KHAC(Messages.text("training.nguon-khac"));

    private final String label;

    Funding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
