package vn.chuan.shared;

import java.util.Optional;

/** Why an assignment started or ended. */
public enum AssignmentReason {
    TUYEN_DUNG(Messages.text("shared.tuyen-dung")),
    BAU_CU(Messages.text("shared.bau-cu")),
    BO_NHIEM(Messages.text("shared.bo-nhiem")),
    DIEU_DONG(Messages.text("shared.dieu-dong")),
    LUAN_CHUYEN(Messages.text("shared.luan-chuyen")),
    SAP_XEP(Messages.text("shared.sap-xep-don-vi-hanh-chinh")),
    NGHI_HUU(Messages.text("shared.nghi-huu")),
    THOI_VIEC(Messages.text("shared.thoi-viec")),
    /** Absent from a complete yearly list of their unit: they left, for a reason the list does not say. */
    ROI_DANH_SACH(Messages.text("shared.khong-con-trong-danh-sach"));

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
