package vn.chuan.evaluation;

import java.util.Optional;

import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** Forms of discipline of cadres and civil servants (Luật CBCC; NĐ 112/2020), lightest first. */
public enum DisciplineForm {
    KHIEN_TRACH(Messages.text("evaluation.discipline.reprimand")),
    CANH_CAO(Messages.text("evaluation.discipline.warning")),
    HA_BAC_LUONG(Messages.text("evaluation.discipline.salaryDemotion")),
    GIANG_CHUC(Messages.text("evaluation.discipline.demotion")),
    CACH_CHUC(Messages.text("evaluation.discipline.removal")),
    BAI_NHIEM(Messages.text("evaluation.discipline.dismissalFromOffice")),
    BUOC_THOI_VIEC(Messages.text("evaluation.discipline.dismissal"));

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
