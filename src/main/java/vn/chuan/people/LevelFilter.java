package vn.chuan.people;

import java.util.Optional;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;

/**
 * A filter on one dimension: exactly a level, or that level "trở lên" (or above). Written in
 * URLs as the level code, with a trailing "+" for "or above": {@code DAI_HOC+}.
 */
public record LevelFilter(Dimension dimension, ScaleLevel level, boolean orAbove) {

    public static Optional<LevelFilter> parse(Dimension dimension, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        boolean orAbove = text.endsWith("+");
        String code = orAbove ? text.substring(0, text.length() - 1) : text;
        return dimension.levels().stream().filter(l -> l.code().equals(code)).findFirst()
                .map(level -> new LevelFilter(dimension, level, orAbove));
    }

    public String asParameter() {
        return level.code() + (orAbove ? "+" : "");
    }
}
