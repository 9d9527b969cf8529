package vn.chuan.standards;

public enum Verdict {
    DAT("Đạt chuẩn"),
    CHUA_DAT("Chưa đạt chuẩn"),
    KHONG_AP_DUNG("Không có tiêu chuẩn cho chức danh");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
