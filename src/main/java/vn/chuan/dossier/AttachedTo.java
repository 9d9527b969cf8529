package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** The part of the record a document belongs to: the file as a whole, or one post, level, salary step, discipline or award. */
public enum AttachedTo {
    HO_SO("dossier.attachedTo.file"),
    CHUC_VU("dossier.attachedTo.post"),
    TRINH_DO("dossier.attachedTo.qualification"),
    LUONG("dossier.attachedTo.salary"),
    KY_LUAT("dossier.attachedTo.discipline"),
    KHEN_THUONG("dossier.attachedTo.award");

    private final String code;

    AttachedTo(String code) {
        this.code = code;
    }

    public String label() {
        return Messages.text(code);
    }
}
