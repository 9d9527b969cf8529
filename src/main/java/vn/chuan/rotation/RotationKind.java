package vn.chuan.rotation;

import java.util.Optional;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** Luân chuyển and điều động move a person's post; biệt phái lends the person and keeps the post. */
public enum RotationKind {
    LUAN_CHUYEN(Messages.text("rotation.kind.rotation"), AssignmentReason.LUAN_CHUYEN),
    DIEU_DONG(Messages.text("rotation.kind.transfer"), AssignmentReason.DIEU_DONG),
    BIET_PHAI(Messages.text("rotation.kind.secondment"), null);

    private final String label;
    private final AssignmentReason newPostReason;

    RotationKind(String label, AssignmentReason newPostReason) {
        this.label = label;
        this.newPostReason = newPostReason;
    }

    public String label() {
        return label;
    }

    /** The reason of the post the move starts; none for a secondment. */
    Optional<AssignmentReason> newPostReason() {
        return Optional.ofNullable(newPostReason);
    }

    public static Optional<RotationKind> parse(String text) {
        String key = VietnameseText.key(text);
        for (RotationKind kind : values()) {
            if (key.equals(VietnameseText.key(kind.name())) || key.equals(VietnameseText.key(kind.label))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
