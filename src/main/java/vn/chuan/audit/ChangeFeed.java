package vn.chuan.audit;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to people's records, in commit order, for programs that keep in step with Chuẩn.
 * Entries are ordered by (commit sequence, entry id); see {@link CommitSequence} for why a reader
 * that follows the cursor misses nothing and sees nothing twice.
 */
@Service
public class ChangeFeed {

    private final JdbcClient jdbc;

    ChangeFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A position in the feed: after the entry {@code entryId} of commit {@code commit}. */
    public record Cursor(long commit, long entryId) {

        public static final Cursor START = new Cursor(0, 0);

        /** "12.3456", as {@link #toString()} writes it; empty when it is not one. */
        public static Optional<Cursor> parse(String text) {
            if (text == null || !text.matches("\\d{1,19}\\.\\d{1,19}")) {
                return Optional.empty();
            }
            String[] parts = text.split("\\.");
            try {
                return Optional.of(new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return commit + "." + entryId;
        }
    }

    public record Entry(Cursor cursor, long personId, AuditEvent.PersonChange kind, LocalDateTime occurredAt,
            LocalDateTime committedAt, String actor, String action, String summary, List<AuditEvent.Change> changes) {
    }

    /** Entries after {@code after}, at most {@code limit}, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> after(Cursor after, int limit) {
        List<Entry> entries = new ArrayList<>();
        Map<Long, List<AuditEvent.Change>> changes = new HashMap<>();
        jdbc.sql("""
                select c.seq, c.committed_at, e.id, e.person_id, e.change_kind, e.occurred_at, e.actor, e.action, e.summary
                from audit_commit c join audit_entry e on e.tx_id = c.tx_id
                where e.person_id is not null and e.subject_type <> :sensitive and (c.seq > :seq or (c.seq = :seq and e.id > :id))
                order by c.seq, e.id
                limit :limit
                """)
                .param("seq", after.commit()).param("id", after.entryId()).param("limit", limit).param("sensitive", AuditEvent.SENSITIVE_SUBJECT)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<AuditEvent.Change> fields = new ArrayList<>();
                    changes.put(id, fields);
                    String kind = rs.getString("change_kind");
                    return new Entry(new Cursor(rs.getLong("seq"), id), rs.getLong("person_id"),
                            kind == null ? AuditEvent.PersonChange.CHANGED : AuditEvent.PersonChange.valueOf(kind),
                            rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getTimestamp("committed_at").toLocalDateTime(),
                            rs.getString("actor"), rs.getString("action"), rs.getString("summary"), fields);
                })
                .list()
                .forEach(entries::add);
        if (!changes.isEmpty()) {
            jdbc.sql("select entry_id, field, old_value, new_value from audit_change where entry_id in (:ids) order by entry_id")
                    .param("ids", changes.keySet())
                    .query(rs -> {
                        changes.get(rs.getLong("entry_id")).add(
                                new AuditEvent.Change(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
                    });
        }
        return entries.stream().map(e -> new Entry(e.cursor(), e.personId(), e.kind(), e.occurredAt(), e.committedAt(),
                e.actor(), e.action(), e.summary(), List.copyOf(e.changes()))).toList();
    }

    /** The cursor just before the first commit at or after {@code since}. */
    @Transactional(readOnly = true)
    public Cursor since(LocalDateTime since) {
        Long first = jdbc.sql("select min(seq) from audit_commit where committed_at >= :since")
                .param("since", Timestamp.valueOf(since)).query(Long.class).optional().orElse(null);
        if (first == null) {
            return latest();
        }
        return new Cursor(first - 1, Long.MAX_VALUE);
    }

    /** The people whose record changed at or after {@code since} (for an export of what changed). */
    @Transactional(readOnly = true)
    public Set<Long> peopleChangedSince(LocalDateTime since) {
        return new HashSet<>(jdbc.sql("select distinct person_id from audit_entry where person_id is not null and occurred_at >= :since")
                .param("since", Timestamp.valueOf(since)).query(Long.class).list());
    }

    /**
     * The people whose records the commits after {@code after} up to {@code upTo} changed, for a reader keeping a figure
     * computed from them up to date by recomputing theirs alone. Empty when those commits also changed something that is
     * no one person's record (a unit, a standard set: any subject type but those {@code aside}), or more than
     * {@code limit} people: the reader then computes everything again.
     */
    @Transactional(readOnly = true)
    public Optional<Set<Long>> peopleChangedBetween(long after, long upTo, Set<String> aside, int limit) {
        long others = jdbc.sql("""
                select count(*) from audit_commit c join audit_entry e on e.tx_id = c.tx_id
                where c.seq > :after and c.seq <= :upTo and e.person_id is null and e.subject_type not in (:aside)
                """).param("after", after).param("upTo", upTo).param("aside", aside.isEmpty() ? Set.of("") : aside)
                .query(Long.class).single();
        if (others > 0) {
            return Optional.empty();
        }
        Set<Long> people = new HashSet<>(jdbc.sql("""
                select distinct e.person_id from audit_commit c join audit_entry e on e.tx_id = c.tx_id
                where c.seq > :after and c.seq <= :upTo and e.person_id is not null
                limit :limit
                """).param("after", after).param("upTo", upTo).param("limit", limit + 1).query(Long.class).list());
        return people.size() > limit ? Optional.empty() : Optional.of(people);
    }

    /** The end of the feed now: reading after it returns only what commits later. */
    @Transactional(readOnly = true)
    public Cursor latest() {
        long last = jdbc.sql("select last_seq from audit_commit_counter where id = 1").query(Long.class).single();
        return new Cursor(last, Long.MAX_VALUE);
    }
}
