package vn.chuan.rotation;

import vn.chuan.shared.Messages;
import vn.chuan.units.UnitLevel;

/** Which way a move goes between levels, as Cần Thơ counts them. */
public enum Direction {
    UP(Messages.text("rotation.direction.up")),
    DOWN(Messages.text("rotation.direction.down")),
    BETWEEN_COMMUNES(Messages.text("rotation.direction.across")),
    OTHER(Messages.text("rotation.direction.other"));

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
