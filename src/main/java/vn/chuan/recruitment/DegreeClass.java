package vn.chuan.recruitment;

import vn.chuan.shared.Messages;

/** The grade of a graduate's degree (xếp loại tốt nghiệp). */
public enum DegreeClass {
    XUAT_SAC(Messages.text("recruitment.honours.excellent")), GIOI(Messages.text("recruitment.honours.veryGood")),
            KHA(Messages.text("recruitment.honours.good")),
            TRUNG_BINH_KHA(Messages.text("recruitment.honours.fairlyGood")), TRUNG_BINH(Messages.text("recruitment.honours.average"));

    private final String label;

    DegreeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Loại giỏi trở lên", as the target says. */
    public boolean excellent() {
        return this == XUAT_SAC || this == GIOI;
    }
}
