package vn.chuan.shared;

import java.util.Optional;

/**
 * How a post is held: the principal post (chính) — one at a time, it decides where a person is
 * counted and who sees them —, a concurrent post (kiêm nhiệm) held beside it, or a secondment
 * (biệt phái) to another unit while keeping the principal post.
 */
public enum PostKind {
    CHINH(Messages.text("shared.postKind.principal")),
    KIEM_NHIEM(Messages.text("shared.postKind.concurrent")),
    BIET_PHAI(Messages.text("shared.postKind.seconded"));

    private final String label;

    PostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPrincipal() {
        return this == CHINH;
    }

    public static Optional<PostKind> parse(String text) {
        String key = VietnameseText.key(text);
        for (PostKind kind : values()) {
            if (key.equals(VietnameseText.key(kind.name())) || key.equals(VietnameseText.key(kind.label))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
