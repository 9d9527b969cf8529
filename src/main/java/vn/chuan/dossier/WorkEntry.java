package vn.chuan.dossier;

import java.time.LocalDate;

/** A period of work before or outside the posts Chuẩn records (the 2C's summary of work): from, to (null: still), post, place. */
public record WorkEntry(long id, LocalDate fromOn, LocalDate toOn, String post, String place) {
}
