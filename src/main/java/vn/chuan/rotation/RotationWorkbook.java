package vn.chuan.rotation;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;

/** The list of moves as an xlsx sheet (dates as dates). */
final class RotationWorkbook {

    private static final List<String> HEADERS = List.of(Messages.text("rotation.field.code"), Messages.text("rotation.field.fullName"),
            Messages.text("rotation.field.kind"), Messages.text("rotation.field.direction"), Messages.text("rotation.field.fromUnit"),
            Messages.text("rotation.field.fromTitle"),
            Messages.text("rotation.field.toUnit"), Messages.text("rotation.field.toTitle"), Messages.text("rotation.field.from"),
                    Messages.text("rotation.field.to"), Messages.text("rotation.field.decision"));

    private RotationWorkbook() {
    }

    static void write(List<Rotation> rotations, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rotation r : rotations) {
            rows.add(Arrays.asList(r.personCode(), r.personName(), r.kind().label(), r.direction().label(), r.fromUnitName(),
                    r.fromTitleName(), r.toUnitName(), r.toTitleName(), r.startedOn(), r.endedOn(), r.decision()));
        }
        SimpleSheet.write(Messages.text("rotation.kind.rotation"), HEADERS, rows, out);
    }
}
