package vn.chuan.training;

import java.util.Optional;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;

/**
 * A training programme of the catalogue: its kind, what it confers when completed (a level on a
 * dimension, or nothing beyond the place itself), its duration and provider.
 */
public record Programme(long id, String code, String name, TrainingKind kind, Dimension confersDimension, ScaleLevel confersLevel,
        Integer durationDays, String provider) {

    public Optional<ScaleLevel> confers() {
        return Optional.ofNullable(confersLevel);
    }

    /** "Lý luận chính trị: Trung cấp", or "—". */
    public String confersText() {
        return confersLevel == null ? "—" : confersDimension.label() + ": " + confersLevel.label();
    }

    /** What a new programme is made of, as the form gives it (the dimension by key, the level by code). */
    public record Definition(String code, String name, String kindCode, String dimensionKey, String levelCode, Integer durationDays,
            String provider) {

        /** A definition whose level conferred is written as the form's selector writes it: "llct>=TRUNG_CAP", or blank for none. */
        public static Definition conferring(String code, String name, String kindCode, String confers, Integer durationDays,
                String provider) {
            int at = confers == null ? -1 : confers.indexOf(">=");
            return new Definition(code, name, kindCode, at < 0 ? null : confers.substring(0, at), at < 0 ? null : confers.substring(at + 2),
                    durationDays, provider);
        }
    }
}
