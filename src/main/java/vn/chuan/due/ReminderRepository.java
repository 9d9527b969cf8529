package vn.chuan.due;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.chuan.due.Reminders.Digest;
import vn.chuan.due.Reminders.MailStatus;
import vn.chuan.due.Reminders.SentItem;
import vn.chuan.shared.MultiRowInsert;

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
    private final NamedParameterJdbcTemplate batch;

    ReminderRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    boolean hasDigest(String username, String periodKey) {
        return jdbc.sql("select count(*) from reminder_digest where username = :u and period_key = :k").param("u", username)
                .param("k", periodKey).query(Integer.class).single() > 0;
    }

    /** Every item ever sent to this officer (the keys not to send again; the open ones to check for done). */
    List<SentItem> sentTo(String username) {
        return jdbc.sql(ITEM + " where i.username = :u").param("u", username).query(ReminderRepository::item).list();
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
        MultiRowInsert.insert(batch.getJdbcTemplate(), "insert into reminder_item (digest_id, username, item_key, kind, due_on, person_id, "
                + "unit_id, detail)", "(?, ?, ?, ?, ?, ?, ?, ?)", items, (parameters, i) -> parameters.setLong(digestId).setString(username)
                .setString(i.key()).setString(i.kind().name()).setDate(i.date()).setLong(i.personId()).setLong(i.unitId())
                .setString(i.detail().length() > 1000 ? i.detail().substring(0, 1000) : i.detail()));
    }

    void close(List<Long> itemIds, LocalDate on) {
        jdbc.sql("update reminder_item set closed_on = :on where id in (:ids)").param("on", on).param("ids", itemIds).update();
    }

    /** The items of these digests, in date order. */
    List<SentItem> itemsOf(List<Long> digestIds) {
        if (digestIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ITEM + " where i.digest_id in (:d) order by i.due_on, i.kind, p.given_key").param("d", digestIds)
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
