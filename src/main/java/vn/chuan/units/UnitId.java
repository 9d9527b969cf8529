package vn.chuan.units;

public record UnitId(long value) implements java.io.Serializable {
}
