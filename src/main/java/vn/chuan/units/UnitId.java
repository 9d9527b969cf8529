package vn.chuan.units;

import java.io.Serializable;

public record UnitId(long value) implements Serializable {
}
