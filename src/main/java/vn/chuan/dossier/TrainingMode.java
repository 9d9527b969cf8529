package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** How a course was followed (hình thức đào tạo), as the 2C's training table writes it. */
public enum TrainingMode {
    CHINH_QUY("dossier.trainingMode.fullTime"),
    TAI_CHUC("dossier.trainingMode.inService"),
    VUA_LAM_VUA_HOC("dossier.trainingMode.workStudy"),
    TU_XA("dossier.trainingMode.distance"),
    CHUYEN_TU("dossier.trainingMode.specialised"),
    LIEN_THONG("dossier.trainingMode.bridging"),
    BOI_DUONG("dossier.trainingMode.refresher");

    private final String code;

    TrainingMode(String code) {
        this.code = code;
    }

    public String label() {
        return Messages.text(code);
    }
}
