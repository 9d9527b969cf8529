package vn.chuan.imports;

import java.util.List;

import vn.chuan.shared.Messages;

/**
 * What importing one row will do: create the person, change these fields (old → new), or nothing;
 * with notes on what the row states and is not written. A complete list's leavers are plans of
 * row 0 (they are not in the file).
 */
public record RowPlan(int row, String code, String fullName, Action action, List<FieldChange> changes, List<String> notes)
        implements java.io.Serializable {

    public enum Action {
        CREATE(Messages.text("imports.action.create")),
        UPDATE(Messages.text("imports.action.change")),
        UNCHANGED(Messages.text("imports.action.keep")),
        LEAVE(Messages.text("imports.action.leave"));

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record FieldChange(String field, String oldValue, String newValue) implements java.io.Serializable {
    }
}
