package vn.chuan.shared;

import java.util.Optional;

/** Category of a post: cán bộ, công chức, viên chức, người hoạt động không chuyên trách. */
public enum StaffCategory {
    CB(Messages.text("shared.category.cadre")),
    CC(Messages.text("shared.category.civilServant")),
    VC(Messages.text("shared.category.publicEmployee")),
    KCT(Messages.text("shared.category.partTime"));

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
