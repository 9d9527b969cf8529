package vn.chuan.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditLog;
import vn.chuan.security.Role;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;

/**
 * Every view of a person's religion, health and family (NĐ 13/2023 Art. 2 cl. 4), who and when, for
 * administrators to read; which roles see them at all is {@link vn.chuan.security.SensitiveAccess}.
 */
@Service
public class SensitiveData {

    /** Why a person's sensitive sections were read: looked at, printed, exported, read by a program. */
    public enum Purpose {
        XEM, IN, XUAT, API
    }

    /** One recorded view. */
    public record View(long personId, String personCode, String personName, String actor, LocalDateTime at, Purpose purpose) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Clock clock;

    SensitiveData(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Records that the current user read these persons' sensitive sections, in a transaction of its
     * own: a read-only reading (the national file) records its views too.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordViews(List<Long> personIds, Purpose purpose) {
        Timestamp at = Timestamp.valueOf(LocalDateTime.now(clock));
        String actor = AuditLog.currentActor();
        // One batch: an export of a province records thousands of views.
        batch.getJdbcTemplate().batchUpdate("insert into sensitive_view (person_id, actor, viewed_at, purpose) values (?, ?, ?, ?)",
                personIds.stream().map(id -> new Object[] {id, actor, at, purpose.name()}).toList());
    }

    /** The views, latest first, a page at a time; for administrators. */
    @Transactional(readOnly = true)
    public PageOf<View> views(UserScope scope, int page, int size) {
        if (scope.role() != Role.ADMIN) {
            throw new InvalidDossierException(null, Messages.text("dossier.sensitive.adminOnly"));
        }
        long total = jdbc.sql("select count(*) from sensitive_view").query(Long.class).single();
        List<View> views = jdbc.sql("""
                        select v.person_id, p.code, p.full_name, v.actor, v.viewed_at, v.purpose
                        from sensitive_view v join person p on p.id = v.person_id
                        order by v.viewed_at desc, v.id desc
                        offset :from rows fetch next :size rows only
                        """)
                .param("from", (long) page * size).param("size", size)
                .query((rs, n) -> new View(rs.getLong("person_id"), rs.getString("code"), rs.getString("full_name"), rs.getString("actor"),
                        rs.getTimestamp("viewed_at").toLocalDateTime(), Purpose.valueOf(rs.getString("purpose"))))
                .list();
        return new PageOf<>(views, page, size, total);
    }
}
