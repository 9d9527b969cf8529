package vn.chuan.shared;

/** One level of an ordered scale; {@code rank} orders the levels of one dimension, 0 the lowest. */
public record ScaleLevel(String dimension, String code, String label, int rank) {


    public boolean atLeast(ScaleLevel other) {
        return dimension.equals(other.dimension) && rank >= other.rank;
    }
}
