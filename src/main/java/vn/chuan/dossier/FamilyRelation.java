package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** The relations the 2C lists: the person's own side, then the spouse's (Mẫu 2C-BNV/2008, item on family). */
public enum FamilyRelation {
    BO(false), ME(false), VO_CHONG(false), CON(false), ANH_CHI_EM(false), BO_VO_CHONG(true), ME_VO_CHONG(true), ANH_CHI_EM_VO_CHONG(true);

    private final boolean spouseSide;

    FamilyRelation(boolean spouseSide) {
        this.spouseSide = spouseSide;
    }

    public boolean spouseSide() {
        return spouseSide;
    }

    public String label() {
        return Messages.text("dossier.relation." + name());
    }
}
