package vn.chuan.units;

public enum UnitLevel {
    PROVINCE("Tỉnh/Thành phố"),
    DISTRICT("Huyện/Quận"),
    COMMUNE("Xã/Phường");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
