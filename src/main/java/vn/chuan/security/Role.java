package vn.chuan.security;

/** What a user may do; where, is their scope unit's subtree. */
public enum Role {
    ADMIN("Quản trị hệ thống", true),
    PROVINCE("Cán bộ Sở Nội vụ", true),
    DISTRICT("Cán bộ Phòng Nội vụ cấp huyện", true),
    COMMUNE("Công chức phụ trách nội vụ cấp xã", true),
    VIEWER("Chỉ xem", false);

    private final String label;
    private final boolean canWrite;

    Role(String label, boolean canWrite) {
        this.label = label;
        this.canWrite = canWrite;
    }

    public String label() {
        return label;
    }

    public boolean canWrite() {
        return canWrite;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
