package vn.chuan.rotation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The list of moves as an xlsx sheet (dates as dates). */
final class RotationWorkbook {

    private static final String[] HEADERS = {"Mã cán bộ", "Họ và tên", "Hình thức", "Hướng", "Từ đơn vị", "Chức vụ cũ", "Đến đơn vị",
        "Chức vụ mới", "Từ ngày", "Đến ngày", "Quyết định"};

    private RotationWorkbook() {
    }

    static void write(List<Rotation> rotations, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet sheet = workbook.newWorksheet("Luân chuyển");
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.value(0, c, HEADERS[c]);
            }
            sheet.range(0, 0, 0, HEADERS.length - 1).style().bold().fillColor("DDEBF7").set();
            int r = 1;
            for (Rotation rotation : rotations) {
                sheet.value(r, 0, rotation.personCode());
                sheet.value(r, 1, rotation.personName());
                sheet.value(r, 2, rotation.kind().label());
                sheet.value(r, 3, rotation.direction().label());
                sheet.value(r, 4, rotation.fromUnitName());
                sheet.value(r, 5, rotation.fromTitleName());
                sheet.value(r, 6, rotation.toUnitName());
                sheet.value(r, 7, rotation.toTitleName());
                sheet.value(r, 8, rotation.startedOn());
                sheet.style(r, 8).format("dd/mm/yyyy").set();
                if (rotation.endedOn() != null) {
                    sheet.value(r, 9, rotation.endedOn());
                    sheet.style(r, 9).format("dd/mm/yyyy").set();
                }
                sheet.value(r, 10, rotation.decision());
                r++;
            }
            sheet.width(1, 24);
            sheet.width(4, 24);
            sheet.width(6, 24);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
