package vn.chuan.shared;

import java.util.Optional;

/** Category of a post: cán bộ, công chức, viên chức, người hoạt động không chuyên trách. */
public enum StaffCategory {
    CB(Messages.text("shared.can-bo")),
    CC(Messages.text("shared.cong-chuc")),
    VC(Messages.text("shared.vien-chuc")),
    KCT(Messages.text("shared.khong-chuyen-trach"));

    private final String label;

    StaffCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<StaffCategory> parse(String text) {
        String key = VietnameseText.key(text);
        for (StaffCategory c : values()) {
            if (key.equals(VietnameseText.key(c.name())) || key.equals(VietnameseText.key(c.label))) {
                return Optional.of(c);
            }
        }
        if (key.equals("nguoi hoat dong khong chuyen trach")) {
            return Optional.of(KCT);
        }
        return Optional.empty();
    }
}
