package vn.chuan.due;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.chuan.due.Reminders.Digest;
import vn.chuan.due.Reminders.MailStatus;
import vn.chuan.due.Reminders.SentItem;

/** The digests made and the items they held, one per officer and period and one per officer and item. */
@Repository
class ReminderRepository {

    private static final String DIGEST = """
            select id, username, period_key, created_at, item_count, email, mail_status, attempts, last_error, sent_at, read_at
            from reminder_digest
            """;
    private static final String ITEM = """
            select i.id, i.digest_id, i.item_key, i.kind, i.due_on, i.person_id, p.code, p.full_name, i.unit_id, u.path, u.name as unit_name,
                   i.detail, i.closed_on
            from reminder_item i join person p on p.id = i.person_id join unit u on u.id = i.unit_id
            """;

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasDigest(String username, String periodKey) {
        return jdbc.sql("select count(*) from reminder_digest where username = :u and period_key = :k").param("u", username)
                .param("k", periodKey).query(Integer.class).single() > 0;
    }

    /** The keys of every item ever sent to this officer. */
    Set<String> sentKeys(String username) {
        return new HashSet<>(jdbc.sql("select item_key from reminder_item where username = :u").param("u", username).query(String.class).list());
    }

    /** Items sent to this officer and not found closed yet. */
    List<SentItem> open(String username) {
        return jdbc.sql(ITEM + " where i.username = :u and i.closed_on is null").param("u", username).query(ReminderRepository::item).list();
    }

    long insertDigest(String username, String periodKey, LocalDateTime at, int count, String email, MailStatus status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reminder_digest (username, period_key, created_at, item_count, email, mail_status, attempts)
                        values (:u, :k, :at, :n, :email, :status, 0)
                        """).param("u", username).param("k", periodKey).param("at", Timestamp.valueOf(at)).param("n", count)
                .param("email", email).param("status", status.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertItems(long digestId, String username, List<DueItem> items) {
        for (DueItem i : items) {
            jdbc.sql("""
                            insert into reminder_item (digest_id, username, item_key, kind, due_on, person_id, unit_id, detail)
                            values (:d, :u, :key, :kind, :on, :p, :unit, :detail)
                            """).param("d", digestId).param("u", username).param("key", i.key()).param("kind", i.kind().name())
                    .param("on", i.date()).param("p", i.personId()).param("unit", i.unitId())
                    .param("detail", i.detail().length() > 1000 ? i.detail().substring(0, 1000) : i.detail()).update();
        }
    }

    void close(long itemId, LocalDate on) {
        jdbc.sql("update reminder_item set closed_on = :on where id = :id").param("on", on).param("id", itemId).update();
    }

    List<SentItem> itemsOf(long digestId) {
        return jdbc.sql(ITEM + " where i.digest_id = :d order by i.due_on, i.kind, p.full_name").param("d", digestId)
                .query(ReminderRepository::item).list();
    }

    /** Digests whose mail is waiting or failed fewer than {@code maxAttempts} times. */
    List<Digest> toSend(int maxAttempts) {
        return jdbc.sql(DIGEST + " where mail_status = 'CHO_GUI' or (mail_status = 'LOI' and attempts < :max) order by id")
                .param("max", maxAttempts).query(ReminderRepository::digest).list();
    }

    void sent(long digestId, LocalDateTime at) {
        jdbc.sql("update reminder_digest set mail_status = 'DA_GUI', attempts = attempts + 1, sent_at = :at, last_error = null where id = :id")
                .param("at", Timestamp.valueOf(at)).param("id", digestId).update();
    }

    void failed(long digestId, String error) {
        jdbc.sql("update reminder_digest set mail_status = 'LOI', attempts = attempts + 1, last_error = :e where id = :id")
                .param("e", error.length() > 1000 ? error.substring(0, 1000) : error).param("id", digestId).update();
    }

    List<Digest> digestsOf(String username, int limit) {
        return jdbc.sql(DIGEST + " where username = :u order by created_at desc, id desc fetch first " + limit + " rows only")
                .param("u", username).query(ReminderRepository::digest).list();
    }

    List<Digest> latest(int limit) {
        return jdbc.sql(DIGEST + " order by created_at desc, id desc fetch first " + limit + " rows only").query(ReminderRepository::digest).list();
    }

    int unread(String username) {
        return jdbc.sql("select coalesce(sum(item_count), 0) from reminder_digest where username = :u and read_at is null").param("u", username)
                .query(Integer.class).single();
    }

    void markRead(String username, LocalDateTime at) {
        jdbc.sql("update reminder_digest set read_at = :at where username = :u and read_at is null").param("at", Timestamp.valueOf(at))
                .param("u", username).update();
    }

    private static Digest digest(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        Timestamp read = rs.getTimestamp("read_at");
        return new Digest(rs.getLong("id"), rs.getString("username"), rs.getString("period_key"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getInt("item_count"), rs.getString("email"), MailStatus.valueOf(rs.getString("mail_status")), rs.getInt("attempts"),
                rs.getString("last_error"), sent == null ? null : sent.toLocalDateTime(), read == null ? null : read.toLocalDateTime());
    }

    private static SentItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new SentItem(rs.getLong("id"), rs.getLong("digest_id"), rs.getString("item_key"), DueKind.valueOf(rs.getString("kind")),
                rs.getObject("due_on", LocalDate.class), rs.getLong("person_id"), rs.getString("code"), rs.getString("full_name"),
                rs.getLong("unit_id"), rs.getString("path"), rs.getString("unit_name"), rs.getString("detail"),
                rs.getObject("closed_on", LocalDate.class));
    }
}
