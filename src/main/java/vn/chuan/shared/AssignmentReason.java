package vn.chuan.shared;

import java.util.Optional;

/** Why an assignment started or ended. */
public enum AssignmentReason {
    TUYEN_DUNG(Messages.text("shared.reason.recruited")),
    BAU_CU(Messages.text("shared.reason.elected")),
    BO_NHIEM(Messages.text("shared.reason.appointed")),
    DIEU_DONG(Messages.text("shared.reason.transferred")),
    LUAN_CHUYEN(Messages.text("shared.reason.rotated")),
    SAP_XEP(Messages.text("shared.reason.reorganised")),
    NGHI_HUU(Messages.text("shared.reason.retired")),
    THOI_VIEC(Messages.text("shared.reason.resigned")),
    /** Absent from a complete yearly list of their unit: they left, for a reason the list does not say. */
    ROI_DANH_SACH(Messages.text("shared.reason.leftTheList"));

    private final String label;

    AssignmentReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean endsService() {
        return this == NGHI_HUU || this == THOI_VIEC || this == ROI_DANH_SACH;
    }

    public static Optional<AssignmentReason> parse(String text) {
        String key = VietnameseText.key(text);
        for (AssignmentReason r : values()) {
            if (key.equals(VietnameseText.key(r.name())) || key.equals(VietnameseText.key(r.label))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
