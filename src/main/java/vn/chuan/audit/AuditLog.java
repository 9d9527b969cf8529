package vn.chuan.audit;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.chuan.shared.MultiRowInsert;

/**
 * Who changed what, when, with old and new values. Written in the same transaction as the
 * change it describes, so a change and its audit entry stand or fall together.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Clock clock;
    private final CommitSequence commits;

    AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock,
            CommitSequence commits) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.commits = commits;
    }

    /**
     * The sequence number of the last committed change: every change is audited, so a figure computed when it was N is
     * still right while it is N (on any instance: the number is in the database).
     */
    public long lastCommit() {
        // Read once per web request (a page asks for several kept figures, an API read for its key and the titles); a
        // commit made by the request itself forgets it (CommitSequence).
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(LAST_COMMIT, RequestAttributes.SCOPE_REQUEST) instanceof Long seen) {
            return seen;
        }
        long last = jdbc.sql("select last_seq from audit_commit_counter where id = 1").query(Long.class).single();
        if (request != null) {
            request.setAttribute(LAST_COMMIT, last, RequestAttributes.SCOPE_REQUEST);
        }
        return last;
    }

    /** The request attribute that holds the last commit as the running web request read it. */
    static final String LAST_COMMIT = AuditLog.class.getName() + ".lastCommit";

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, person_id, subject_type, subject_id, action, summary, tx_id, change_kind)
                values (:at, :actor, :person, :type, :subject, :action, :summary, :tx, :kind)
                """)
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock)))
                .param("tx", commits.currentTransaction())
                .param("kind", event.personChange() == null ? null : event.personChange().name())
                .param("actor", currentActor())
                .param("person", event.personId())
                .param("type", event.subjectType())
                .param("subject", event.subjectId())
                .param("action", event.action())
                .param("summary", truncate(event.summary()))
                .update(keys, "id");
        long entryId = keys.getKey().longValue();
        for (AuditEvent.Change change : event.changes()) {
            jdbc.sql("insert into audit_change (entry_id, field, old_value, new_value) values (:e, :f, :o, :n)")
                    .param("e", entryId)
                    .param("f", change.field())
                    .param("o", truncate(change.oldValue()))
                    .param("n", truncate(change.newValue()))
                    .update();
        }
    }

    /** Records many events at once; events without field changes go in one JDBC batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEvent> events) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.now(clock));
        String actor = currentActor();
        long tx = commits.currentTransaction();
        List<AuditEvent> plain = new ArrayList<>();
        for (AuditEvent event : events) {
            if (event.changes().isEmpty()) {
                plain.add(event);
            } else {
                record(event);
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        // Many rows a statement: an import writes one entry per person.
        MultiRowInsert.insert(batch.getJdbcTemplate(), """
                insert into audit_entry (occurred_at, actor, person_id, subject_type, subject_id, action, summary, tx_id, change_kind)
                """, "(?, ?, ?, ?, ?, ?, ?, ?, ?)", plain, (parameters, event) -> parameters.setTimestamp(at).setString(actor)
                .setLongOrNull(event.personId()).setString(event.subjectType()).setLongOrNull(event.subjectId())
                .setString(event.action()).setString(truncate(event.summary())).setLong(tx)
                .setString(event.personChange() == null ? null : event.personChange().name()));
    }

    /** The history of one person's record, newest first. */
    public List<AuditRecord> historyOfPerson(long personId) {
        Map<Long, AuditRecord> entries = new LinkedHashMap<>();
        jdbc.sql("""
                select e.id, e.occurred_at, e.actor, e.subject_type, e.subject_id, e.action, e.summary,
                       c.field, c.old_value, c.new_value
                from audit_entry e left join audit_change c on c.entry_id = e.id
                where e.person_id = :person
                order by e.occurred_at desc, e.id desc
                """)
                .param("person", personId)
                .query(rs -> {
                    long id = rs.getLong("id");
                    AuditRecord entry = entries.computeIfAbsent(id, key -> {
                        try {
                            return new AuditRecord(key, rs.getTimestamp("occurred_at").toLocalDateTime(),
                                    rs.getString("actor"), rs.getString("subject_type"), rs.getLong("subject_id"),
                                    rs.getString("action"), rs.getString("summary"), new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String field = rs.getString("field");
                    if (field != null) {
                        entry.changes().add(new AuditEvent.Change(field, rs.getString("old_value"), rs.getString("new_value")));
                    }
                });
        return List.copyOf(entries.values());
    }


    /** The signed-in user's name, or "system" for work no user asked for. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 400 ? value : value.substring(0, 397) + "...";
    }
}
