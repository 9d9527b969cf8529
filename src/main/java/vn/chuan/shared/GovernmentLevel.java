package vn.chuan.shared;

/** The level of government a title belongs to (two-tier local government since 1/7/2025, Luật 72/2025/QH15). */
public enum GovernmentLevel {
    XA("Cấp xã"),
    HUYEN("Cấp huyện (trước 1/7/2025)"),
    TINH("Cấp tỉnh"),
    MOI_CAP("Mọi cấp");

    private final String label;

    GovernmentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
