package vn.chuan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change to record: the subject (PERSON, ASSIGNMENT, QUALIFICATION, USER ...), the action
 * and the changed fields. Field names are the Vietnamese labels shown in the history.
 */
public record AuditEvent(Long personId, String subjectType, Long subjectId, String action, String summary,
        List<Change> changes, PersonChange personChange) {

    /**
     * The subject of entries about a person's sensitive data (religion, health, family; NĐ 13/2023):
     * left out of the changes feed, and of a history shown to a role without the right.
     */
    public static final String SENSITIVE_SUBJECT = "PROFILE_SENSITIVE";

    /** What an entry about a person means for the changes feed: created, changed, or left the service. */
    public enum PersonChange {
        CREATED, CHANGED, LEFT
    }

    public record Change(String field, String oldValue, String newValue) {
    }

    public static Builder of(String subjectType, Long subjectId, String action) {
        return new Builder(subjectType, subjectId, action);
    }

    public static final class Builder {
        private final String subjectType;
        private final Long subjectId;
        private final String action;
        private Long personId;
        private String summary;
        private PersonChange personChange = PersonChange.CHANGED;
        private final List<Change> changes = new ArrayList<>();

        private Builder(String subjectType, Long subjectId, String action) {
            this.subjectType = subjectType;
            this.subjectId = subjectId;
            this.action = action;
        }

        public Builder person(Long id) {
            this.personId = id;
            return this;
        }

        /** The person was created (registered, imported) or left the service (retired, resigned). */
        public Builder personChange(PersonChange change) {
            this.personChange = change;
            return this;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        /** Adds the field only if its value changed. */
        public Builder change(String field, Object oldValue, Object newValue) {
            String o = oldValue == null ? null : oldValue.toString();
            String n = newValue == null ? null : newValue.toString();
            if (!Objects.equals(blankToNull(o), blankToNull(n))) {
                changes.add(new Change(field, o, n));
            }
            return this;
        }

        public boolean hasChanges() {
            return !changes.isEmpty();
        }

        public AuditEvent build() {
            return new AuditEvent(personId, subjectType, subjectId, action, summary, List.copyOf(changes),
                    personId == null ? null : personChange);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
