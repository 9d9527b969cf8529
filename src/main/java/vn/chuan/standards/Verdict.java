package vn.chuan.standards;

import vn.chuan.shared.Messages;

public enum Verdict {
    DAT(Messages.text("standards.verdict.meets")),
    CHUA_DAT(Messages.text("standards.verdict.below")),
    KHONG_AP_DUNG(Messages.text("standards.verdict.noStandard"));

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
