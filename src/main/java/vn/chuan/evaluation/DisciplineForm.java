package vn.chuan.evaluation;

import java.util.Optional;

import vn.chuan.shared.VietnameseText;

/** Forms of discipline of cadres and civil servants (Luật CBCC; NĐ 112/2020), lightest first. */
public enum DisciplineForm {
    KHIEN_TRACH("Khiển trách"),
    CANH_CAO("Cảnh cáo"),
    HA_BAC_LUONG("Hạ bậc lương"),
    GIANG_CHUC("Giáng chức"),
    CACH_CHUC("Cách chức"),
    BAI_NHIEM("Bãi nhiệm"),
    BUOC_THOI_VIEC("Buộc thôi việc");

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
