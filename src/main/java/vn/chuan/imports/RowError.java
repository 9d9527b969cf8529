package vn.chuan.imports;

import vn.chuan.shared.Messages;

/** One problem in a file: the row as numbered in Excel, the column's header, the value, and what is wrong. */
public record RowError(int row, String column, String value, String message) implements java.io.Serializable {

    /** A title not in the catalogue: an administrator may add it from the preview. */
    public boolean unknownTitle() {
        return InterchangeColumn.CHUC_DANH.header().equals(column) && message.startsWith(UNKNOWN_TITLE);
    }

    static final String UNKNOWN_TITLE = Messages.text("imports.cell.unknownTitle");

    /** "Dòng 5, cột Ngày sinh, giá trị '31/02/1980': ngày không hợp lệ". */
    public String describe() {
        StringBuilder sb = new StringBuilder(Messages.text("imports.error.row")).append(row);
        if (column != null && !column.isEmpty()) {
            sb.append(Messages.text("imports.error.column")).append(column);
        }
        if (value != null && !value.isEmpty()) {
            sb.append(Messages.text("imports.error.value")).append(value.length() > 60 ? value.substring(0, 57) + "..." : value).append('\'');
        }
        return sb.append(": ").append(message).toString();
    }
}
