package vn.chuan.recruitment;

import vn.chuan.shared.Messages;

/** The grade of a graduate's degree (xếp loại tốt nghiệp). */
public enum DegreeClass {
    XUAT_SAC(Messages.text("recruitment.xuat-sac")), GIOI(Messages.text("recruitment.gioi")), KHA(Messages.text("recruitment.kha")),
            TRUNG_BINH_KHA(Messages.text("recruitment.trung-binh-kha")), TRUNG_BINH(Messages.text("recruitment.trung-binh"));

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
