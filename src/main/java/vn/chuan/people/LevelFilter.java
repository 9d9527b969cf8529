package vn.chuan.people;

import java.util.Optional;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;

/**
 * A filter on one dimension: exactly a level, that level "trở lên" (or above), or that level or
 * below ("dưới trung cấp" is "sơ cấp or below"). Written in URLs as the level code, with a trailing
 * "+" for "or above" ({@code DAI_HOC+}) and "-" for "or below" ({@code SO_CAP-}).
 */
public record LevelFilter(Dimension dimension, ScaleLevel level, Mode mode) {

    public enum Mode {
        EXACTLY("", " = :"), OR_ABOVE("+", " >= :"), OR_BELOW("-", " <= :");

        private final String suffix;
        final String comparison;

        Mode(String suffix, String comparison) {
            this.suffix = suffix;
            this.comparison = comparison;
        }
    }

    public static Optional<LevelFilter> parse(Dimension dimension, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Mode mode = text.endsWith("+") ? Mode.OR_ABOVE : text.endsWith("-") ? Mode.OR_BELOW : Mode.EXACTLY;
        String code = mode == Mode.EXACTLY ? text : text.substring(0, text.length() - 1);
        return dimension.levels().stream().filter(l -> l.code().equals(code)).findFirst()
                .map(level -> new LevelFilter(dimension, level, mode));
    }

    public String asParameter() {
        return level.code() + mode.suffix;
    }
}
