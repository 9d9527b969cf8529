package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** How a course was followed (hình thức đào tạo), as the 2C's training table writes it. */
public enum TrainingMode {
    CHINH_QUY, TAI_CHUC, VUA_LAM_VUA_HOC, TU_XA, CHUYEN_TU, LIEN_THONG, BOI_DUONG;

    public String label() {
        return Messages.text("dossier.trainingMode." + name());
    }
}
