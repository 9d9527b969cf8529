package vn.chuan.rotation;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.chuan.shared.SimpleSheet;

/** The list of moves as an xlsx sheet (dates as dates). */
final class RotationWorkbook {

    private static final List<String> HEADERS = List.of("Mã cán bộ", "Họ và tên", "Hình thức", "Hướng", "Từ đơn vị", "Chức vụ cũ",
            "Đến đơn vị", "Chức vụ mới", "Từ ngày", "Đến ngày", "Quyết định");

    private RotationWorkbook() {
    }

    static void write(List<Rotation> rotations, OutputStream out) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rotation r : rotations) {
            rows.add(Arrays.asList(r.personCode(), r.personName(), r.kind().label(), r.direction().label(), r.fromUnitName(),
                    r.fromTitleName(), r.toUnitName(), r.toTitleName(), r.startedOn(), r.endedOn(), r.decision()));
        }
        SimpleSheet.write("Luân chuyển", HEADERS, rows, out);
    }
}
