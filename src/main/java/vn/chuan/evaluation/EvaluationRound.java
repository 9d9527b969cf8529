package vn.chuan.evaluation;

import java.time.LocalDate;

/** A year's evaluation of the people under a unit; locked once approved. */
public record EvaluationRound(long id, int year, long unitId, String unitName, String unitPath, LocalDate lockedOn) {

    public boolean locked() {
        return lockedOn != null;
    }

    /** The date whose posts say who is graded where: the year's last day, or today during the year. */
    public LocalDate postsOn(LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }
}
