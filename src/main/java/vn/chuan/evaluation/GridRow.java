package vn.chuan.evaluation;

/** One person of a unit's grid: who, the title, and the grade given (null: not yet). */
public record GridRow(long personId, String code, String name, String titleName, Long gradeId, Grade grade, String comment, int version) {
}
