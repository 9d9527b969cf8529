package vn.chuan.targets;

/** The traffic light of a target in a unit. */
public enum TargetStatus {
    REACHED("Đã đạt", "success"),
    ON_TRACK("Đúng tiến độ", "success"),
    AT_RISK("Có nguy cơ không đạt", "warning"),
    OFF_TRACK("Chậm tiến độ", "danger"),
    MISSED("Không đạt (đã quá hạn)", "danger"),
    NO_DATA("Chưa có số liệu", "secondary");

    private final String label;
    private final String colour;

    TargetStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap colour of its badge. */
    public String colour() {
        return colour;
    }
}
