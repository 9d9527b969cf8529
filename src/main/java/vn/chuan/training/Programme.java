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
    }
}
