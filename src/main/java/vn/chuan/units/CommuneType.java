package vn.chuan.units;

import java.util.Optional;

import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

public enum CommuneType {
    XA(Messages.text("units.type.commune")),
    PHUONG(Messages.text("units.type.ward")),
    THI_TRAN(Messages.text("units.type.town")),
    DAC_KHU(Messages.text("units.type.specialZone"));

    private final String label;

    CommuneType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<CommuneType> parse(String text) {
        String key = VietnameseText.key(text);
        for (CommuneType t : values()) {
            if (key.equals(VietnameseText.key(t.label)) || key.equals(VietnameseText.key(t.name()))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
