package vn.chuan.evaluation;

import java.util.Optional;

import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** Forms of discipline of cadres and civil servants (Luật CBCC; NĐ 112/2020), lightest first. */
public enum DisciplineForm {
    KHIEN_TRACH(Messages.text("evaluation.khien-trach")),
    CANH_CAO(Messages.text("evaluation.canh-cao")),
    HA_BAC_LUONG(Messages.text("evaluation.ha-bac-luong")),
    GIANG_CHUC(Messages.text("evaluation.giang-chuc")),
    CACH_CHUC(Messages.text("evaluation.cach-chuc")),
    BAI_NHIEM(Messages.text("evaluation.bai-nhiem")),
    BUOC_THOI_VIEC(Messages.text("evaluation.buoc-thoi-viec"));

    private final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DisciplineForm> parse(String text) {
        String key = VietnameseText.key(text == null ? "" : text);
        for (DisciplineForm form : values()) {
            if (key.equals(VietnameseText.key(form.name())) || key.equals(VietnameseText.key(form.label))) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
