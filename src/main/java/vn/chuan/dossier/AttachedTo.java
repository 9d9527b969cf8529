package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** The part of the record a document belongs to: the file as a whole, or one post, level, salary step, discipline or award. */
public enum AttachedTo {
    HO_SO, CHUC_VU, TRINH_DO, LUONG, KY_LUAT, KHEN_THUONG;

    public String label() {
        return Messages.text("dossier.attachedTo." + name());
    }
}
