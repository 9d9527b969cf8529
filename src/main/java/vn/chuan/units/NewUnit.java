package vn.chuan.units;

import java.time.LocalDate;
import java.util.Objects;

import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** A command to register a unit; it checks itself. */
public record NewUnit(String code, String name, UnitLevel level, CommuneType communeType, UnitId parentId,
        LocalDate validFrom, boolean difficultArea) {

    public NewUnit {
        if (VietnameseText.isBlank(code) || !code.strip().matches("[0-9A-Za-z]{1,16}")) {
            throw new IllegalArgumentException(Messages.text("units.badCode", code));
        }
        if (VietnameseText.isBlank(name)) {
            throw new IllegalArgumentException(Messages.text("units.nameRequired", code));
        }
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(validFrom, "validFrom");
        if (level != UnitLevel.PROVINCE && parentId == null) {
            throw new IllegalArgumentException(Messages.text("units.parentRequired", name));
        }
        code = code.strip();
        name = name.strip();
    }
}
