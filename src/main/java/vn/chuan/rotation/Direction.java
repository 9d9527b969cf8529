package vn.chuan.rotation;

import vn.chuan.units.UnitLevel;

/** Which way a move goes between levels, as Cần Thơ counts them. */
public enum Direction {
    UP("Từ xã lên huyện, tỉnh"),
    DOWN("Từ huyện, tỉnh về xã"),
    BETWEEN_COMMUNES("Giữa các xã"),
    OTHER("Khác (cùng cấp huyện, tỉnh)");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Direction of(UnitLevel from, UnitLevel to) {
        boolean fromCommune = from == UnitLevel.COMMUNE;
        boolean toCommune = to == UnitLevel.COMMUNE;
        if (fromCommune && toCommune) {
            return BETWEEN_COMMUNES;
        }
        if (fromCommune) {
            return UP;
        }
        return toCommune ? DOWN : OTHER;
    }
}
