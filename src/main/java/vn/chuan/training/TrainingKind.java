package vn.chuan.training;

/** A kind of training (data: the eight kinds of the seeds' reports), in report order. */
public record TrainingKind(String code, String name, int order) {
}
