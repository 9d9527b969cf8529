package vn.chuan.shared;

import java.util.Optional;

public enum Gender {
    NAM("Nam"),
    NU(Messages.text("shared.gender.female"));

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Gender> parse(String text) {
        String key = VietnameseText.key(text);
        return switch (key) {
            case "nam", "m", "male" -> Optional.of(NAM);
            case "nu", "f", "female" -> Optional.of(NU);
            default -> Optional.empty();
        };
    }
}
