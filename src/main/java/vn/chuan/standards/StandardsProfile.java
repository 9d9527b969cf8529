package vn.chuan.standards;

import java.time.LocalDate;

/**
 * What the assessment needs to know of a person on a date: the title held, age, area, the rank
 * reached on each dimension (indexed by {@code Dimension.ordinal()}) and the field of study.
 */
public record StandardsProfile(String titleCode, LocalDate birthDate, boolean difficultArea, int[] ranks,
        String fieldOfStudy) {
}
