package vn.chuan.evaluation;

import java.util.Optional;

import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** The four grades of the annual evaluation (Luật 80/2025 Art. 26; NĐ 335/2025), best first. */
public enum Grade {
    HTXS(Messages.text("evaluation.grade.excellent")),
    HTT(Messages.text("evaluation.grade.good")),
    HT(Messages.text("evaluation.grade.completed")),
    KHT(Messages.text("evaluation.grade.notCompleted"));

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The letter typed in the grid to choose it (the labels all start alike): X, T, H, K. */
    public String key() {
        return switch (this) {
            case HTXS -> "X";
            case HTT -> "T";
            case HT -> "H";
            default -> "K";
        };
    }

    /** By code or label, any case, with or without diacritics ("htxs", "Hoàn thành tốt nhiệm vụ"). */
    public static Optional<Grade> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = VietnameseText.key(text);
        for (Grade grade : values()) {
            if (key.equals(VietnameseText.key(grade.name())) || key.equals(VietnameseText.key(grade.label))) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
