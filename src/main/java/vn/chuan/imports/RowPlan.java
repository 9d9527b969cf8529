package vn.chuan.imports;

import java.util.List;

/** What importing one row will do: create the person, change these fields (old → new), or nothing. */
public record RowPlan(int row, String code, String fullName, Action action, List<FieldChange> changes) {

    public enum Action {
        CREATE("Tạo mới"),
        UPDATE("Thay đổi"),
        UNCHANGED("Giữ nguyên");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
