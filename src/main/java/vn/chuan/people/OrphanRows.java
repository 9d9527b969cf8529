package vn.chuan.people;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;

/**
 * Levels, posts or verdicts whose person is not recorded. The database no longer refuses them (the import's bulk
 * tables carry no foreign key to {@code person}: migration V41), so this page looks for what the registry should
 * never write. Only a user who sees the whole database is shown them: such a row belongs to no unit.
 */
@Component
class OrphanRows implements UnitFindings {

    private final JdbcClient jdbc;

    OrphanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return Messages.text("people.quality.orphans.title");
    }

    @Override
    public List<Finding> findings(UserScope scope) {
        if (!scope.isWholeDatabase()) {
            return List.of();
        }
        long levels = orphans("qualification");
        long posts = orphans("assignment");
        long verdicts = orphans("person_standing");
        if (levels + posts + verdicts == 0) {
            return List.of();
        }
        return List.of(new Finding(Messages.text("people.quality.orphans.where"),
                Messages.text("people.quality.orphans.detail", Shares.count(levels), Shares.count(posts), Shares.count(verdicts))));
    }

    private long orphans(String table) {
        return jdbc.sql("select count(*) from " + table + " t where not exists (select 1 from person p where p.id = t.person_id)")
                .query(Long.class).single();
    }
}
