package vn.chuan.security;

import vn.chuan.shared.Messages;

/** What a user may do; where, is their scope unit's subtree. */
public enum Role {
    ADMIN(Messages.text("security.role.admin"), true),
    PROVINCE(Messages.text("security.role.province"), true),
    DISTRICT(Messages.text("security.role.district"), true),
    COMMUNE(Messages.text("security.role.commune"), true),
    VIEWER(Messages.text("security.role.viewer"), false);

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
