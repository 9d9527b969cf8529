package vn.chuan.shared;

import java.util.Optional;

/** Why an assignment started or ended. */
public enum AssignmentReason {
    TUYEN_DUNG("Tuyển dụng"),
    BAU_CU("Bầu cử"),
    BO_NHIEM("Bổ nhiệm"),
    DIEU_DONG("Điều động"),
    LUAN_CHUYEN("Luân chuyển"),
    SAP_XEP("Sắp xếp đơn vị hành chính"),
    NGHI_HUU("Nghỉ hưu"),
    THOI_VIEC("Thôi việc"),
    /** Absent from a complete yearly list of their unit: they left, for a reason the list does not say. */
    ROI_DANH_SACH("Không còn trong danh sách");

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
