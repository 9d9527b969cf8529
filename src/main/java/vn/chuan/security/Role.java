package vn.chuan.security;

import vn.chuan.shared.Messages;

/** What a user may do; where, is their scope unit's subtree. */
public enum Role {
    ADMIN(Messages.text("security.quan-tri-he-thong"), true),
    PROVINCE(Messages.text("security.can-bo-so-noi-vu"), true),
    DISTRICT(Messages.text("security.can-bo-phong-noi-vu-cap"), true),
    COMMUNE(Messages.text("security.cong-chuc-phu-trach-noi-vu"), true),
    VIEWER(Messages.text("security.chi-xem"), false);

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
