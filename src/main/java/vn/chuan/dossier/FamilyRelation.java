package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** The relations the 2C lists: the person's own side, then the spouse's (Mẫu 2C-BNV/2008, item on family). */
public enum FamilyRelation {
    BO("dossier.relation.father", false),
    ME("dossier.relation.mother", false),
    VO_CHONG("dossier.relation.spouse", false),
    CON("dossier.relation.child", false),
    ANH_CHI_EM("dossier.relation.sibling", false),
    BO_VO_CHONG("dossier.relation.spouseFather", true),
    ME_VO_CHONG("dossier.relation.spouseMother", true),
    ANH_CHI_EM_VO_CHONG("dossier.relation.spouseSibling", true);

    private final String code;
    private final boolean spouseSide;

    FamilyRelation(String code, boolean spouseSide) {
        this.code = code;
        this.spouseSide = spouseSide;
    }

    public boolean spouseSide() {
        return spouseSide;
    }

    public String label() {
        return Messages.text(code);
    }
}
