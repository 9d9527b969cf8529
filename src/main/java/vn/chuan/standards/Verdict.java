package vn.chuan.standards;

import vn.chuan.shared.Messages;

public enum Verdict {
    DAT(Messages.text("standards.dat-chuan")),
    CHUA_DAT(Messages.text("standards.chua-dat-chuan")),
    KHONG_AP_DUNG(Messages.text("standards.khong-co-tieu-chuan-cho-chuc"));

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
