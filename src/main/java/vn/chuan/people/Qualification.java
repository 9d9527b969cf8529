package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;

/** A level reached on one dimension; {@code acquiredOn} null means "date unknown", counted as always held. */
public record Qualification(long id, Dimension dimension, ScaleLevel level, String fieldOfStudy, String institution,
        LocalDate acquiredOn, String evidence, int version) {

    public boolean heldOn(LocalDate date) {
        return acquiredOn == null || !acquiredOn.isAfter(date);
    }
}
