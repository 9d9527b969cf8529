package vn.chuan.rotation;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.chuan.shared.Messages;
import vn.chuan.shared.SimpleSheet;

/** The list of moves as an xlsx sheet (dates as dates). */
final class RotationWorkbook {

    private static final List<String> HEADERS = List.of(Messages.text("rotation.ma-can-bo"), Messages.text("rotation.ho-va-ten"),
            Messages.text("rotation.hinh-thuc"), Messages.text("rotation.huong"), Messages.text("rotation.tu-don-vi"),
            Messages.text("rotation.chuc-vu-cu"),
            Messages.text("rotation.den-don-vi"), Messages.text("rotation.chuc-vu-moi"), Messages.text("rotation.tu-ngay"),
                    Messages.text("rotation.den-ngay"), Messages.text("rotation.quyet-dinh"));

    private RotationWorkbook() {
    }

    static void write(List<Rotation> rotations, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rotation r : rotations) {
            rows.add(Arrays.asList(r.personCode(), r.personName(), r.kind().label(), r.direction().label(), r.fromUnitName(),
                    r.fromTitleName(), r.toUnitName(), r.toTitleName(), r.startedOn(), r.endedOn(), r.decision()));
        }
        SimpleSheet.write(Messages.text("rotation.luan-chuyen"), HEADERS, rows, out);
    }
}
