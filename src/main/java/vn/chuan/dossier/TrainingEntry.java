package vn.chuan.dossier;

import java.time.LocalDate;

/** A course in the training history, with the qualification it gave where there is one (null: none recorded). */
public record TrainingEntry(long id, String school, String field, LocalDate fromOn, LocalDate toOn, TrainingMode mode, String diploma,
        Long qualificationId) {
}
