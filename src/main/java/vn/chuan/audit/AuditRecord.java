package vn.chuan.audit;

import java.time.LocalDateTime;
import java.util.List;

/** An audit entry as read back for a record's history. */
public record AuditRecord(long id, LocalDateTime occurredAt, String actor, String subjectType, long subjectId,
        String action, String summary, List<AuditEvent.Change> changes) {
}
