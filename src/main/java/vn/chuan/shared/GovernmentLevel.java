package vn.chuan.shared;

/** The level of government a title belongs to (two-tier local government since 1/7/2025, Luật 72/2025/QH15). */
public enum GovernmentLevel {
    XA(Messages.text("shared.cap-xa")),
    HUYEN(Messages.text("shared.cap-huyen-truoc-1-7-2025")),
    TINH(Messages.text("shared.cap-tinh")),
    MOI_CAP(Messages.text("shared.moi-cap"));

    private final String label;

    GovernmentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
