package vn.chuan.shared;

/** The level of government a title belongs to (two-tier local government since 1/7/2025, Luật 72/2025/QH15). */
public enum GovernmentLevel {
    XA(Messages.text("shared.government.commune")),
    HUYEN(Messages.text("shared.government.district")),
    TINH(Messages.text("shared.government.province")),
    MOI_CAP(Messages.text("shared.government.any"));

    private final String label;

    GovernmentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
