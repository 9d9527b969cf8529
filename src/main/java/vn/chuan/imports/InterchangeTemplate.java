package vn.chuan.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.chuan.shared.CellText;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;

/** The empty template: the header row, and a second sheet explaining each column and its allowed values. */
final class InterchangeTemplate {

    private InterchangeTemplate() {
    }

    static void write(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Chuan", "1.0");
            Worksheet data = workbook.newWorksheet("Danh sách");
            InterchangeColumn[] columns = InterchangeColumn.values();
            for (int c = 0; c < columns.length; c++) {
                data.value(0, c, CellText.safe(columns[c].header()));
                data.style(0, c).bold().fillColor(columns[c].required() ? "F8CBAD" : "DDEBF7").set();
                data.width(c, 18);
            }
            data.freezePane(0, 1);
            Worksheet help = workbook.newWorksheet("Hướng dẫn");
            String[] header = {"Cột", "Tên khác (không dấu)", "Bắt buộc", "Nội dung và giá trị hợp lệ"};
            for (int c = 0; c < header.length; c++) {
                help.value(0, c, CellText.safe(header[c]));
                help.style(0, c).bold().set();
            }
            help.width(0, 24);
            help.width(1, 16);
            help.width(2, 10);
            help.width(3, 120);
            int r = 1;
            for (InterchangeColumn column : columns) {
                help.value(r, 0, CellText.safe(column.header()));
                help.value(r, 1, CellText.safe(column.key()));
                help.value(r, 2, CellText.safe(column.required() ? "Có" : "Không"));
                help.value(r, 3, CellText.safe(explain(column)));
                help.style(r, 3).wrapText(true).set();
                r++;
            }
            help.value(r + 1, 0, "Dòng đầu tiên là tiêu đề; thứ tự cột tùy ý. Mức trình độ và chức danh nhận mã hoặc tên tiếng Việt, "
                    + "có dấu hoặc không dấu, chữ hoa hay thường. Ô trống ở cột không bắt buộc nghĩa là không thay đổi.");
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String explain(InterchangeColumn column) {
        if (column.dimension().isPresent()) {
            Dimension d = column.dimension().get();
            return d.label() + ": " + d.levels().stream().map(ScaleLevel::label).collect(Collectors.joining(", "))
                    + " (hoặc mã: " + d.levels().stream().map(ScaleLevel::code).collect(Collectors.joining(", ")) + ")";
        }
        return switch (column) {
            case MA_CAN_BO -> "Mã duy nhất của mỗi người; nhập lại cùng mã là cập nhật người đó.";
            case HO_TEN -> "Họ và tên đầy đủ, có dấu.";
            case NGAY_SINH, NGAY_BAT_DAU -> "Ngày dạng ngày/tháng/năm (15/03/1985), hoặc ô ngày của Excel."
                    + (column == InterchangeColumn.NGAY_BAT_DAU ? " Ngày bắt đầu giữ chức vụ hiện tại; để trống là hôm nay." : "");
            case GIOI_TINH -> "Nam hoặc Nữ.";
            case DAN_TOC -> "Một trong 54 dân tộc: " + String.join(", ", Ethnicity.ALL) + ".";
            case SO_CCCD -> "Số căn cước công dân, đúng 12 chữ số (nên định dạng ô là Văn bản để giữ số 0 đầu).";
            case MA_DON_VI -> "Mã đơn vị hành chính theo danh mục (mã xã, phường, đặc khu).";
            case LOAI -> List.of(StaffCategory.values()).stream().map(c -> c.name() + " (" + c.label() + ")")
                    .collect(Collectors.joining(", ")) + ".";
            case CHUC_DANH -> "Tên hoặc mã chức danh; nhận các chữ viết tắt UBND, HĐND, MTTQ, BCHQS: "
                    + PositionTitle.all().stream().map(t -> t.name() + " [" + t.code() + "]").collect(Collectors.joining("; ")) + ".";
            case DANG_VIEN -> "Có hoặc Không.";
            case CHUYEN_NGANH -> "Chuyên ngành của trình độ chuyên môn cao nhất.";
            default -> "";
        };
    }
}
