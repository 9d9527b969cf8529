package vn.chuan.succession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.chuan.shared.PositionTitle;

/** Pools and their members in their tables. */
@Repository
class PoolRepository {

    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<Succession.Membership>> membershipsOf(Collection<Long> personIds) {
        Map<Long, List<Succession.Membership>> found = new HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select m.person_id, p.title_code, p.term_from, p.term_to, u.name as unit_name, m.added_on, m.added_reason,
                       m.removed_on, m.removed_reason
                from pool_member m join succession_pool p on p.id = m.pool_id join unit u on u.id = p.unit_id
                where m.person_id in (:ids) order by m.added_on, m.id
                """)
                .param("ids", personIds)
                .query(rs -> {
                    String title = rs.getString("title_code");
                    found.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(new Succession.Membership(title,
                            PositionTitle.nameOf(title),
                            rs.getString("unit_name"), rs.getInt("term_from"), rs.getInt("term_to"),
                            rs.getObject("added_on", LocalDate.class), rs.getString("added_reason"),
                            rs.getObject("removed_on", LocalDate.class), rs.getString("removed_reason")));
                });
        return found;
    }

    /** The pools of units whose path starts with the prefix, with their members. */
    List<SuccessionPool> pools(String pathPrefix) {
        return pools("u.path like :prefix", Map.of("prefix", pathPrefix + "%"));
    }

    Optional<SuccessionPool> pool(long id) {
        return pools("p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<SuccessionPool> pools(String where, Map<String, ?> params) {
        List<SuccessionPool> pools = new ArrayList<>();
        jdbc.sql("select p.*, u.name as unit_name from succession_pool p join unit u on u.id = p.unit_id where " + where
                + " order by u.path, p.title_code, p.term_from").params(params).query(rs -> {
            pools.add(new SuccessionPool(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("title_code"),
                    rs.getInt("term_from"), rs.getInt("term_to"), List.of()));
        });
        if (pools.isEmpty()) {
            return pools;
        }
        Map<Long, List<SuccessionPool.Member>> members = new HashMap<>();
        jdbc.sql("""
                select m.*, pe.code, pe.full_name from pool_member m join person pe on pe.id = m.person_id
                where m.pool_id in (:ids) order by m.removed_on nulls first, pe.given_key
                """).param("ids", pools.stream().map(SuccessionPool::id).toList()).query(rs -> {
            members.computeIfAbsent(rs.getLong("pool_id"), k -> new ArrayList<>()).add(new SuccessionPool.Member(rs.getLong("id"),
                    rs.getLong("person_id"), rs.getString("code"), rs.getString("full_name"), rs.getObject("added_on", LocalDate.class),
                    rs.getString("added_reason"), rs.getObject("removed_on", LocalDate.class), rs.getString("removed_reason")));
        });
        return pools.stream().map(p -> new SuccessionPool(p.id(), p.unitId(), p.unitName(), p.titleCode(), p.termFrom(), p.termTo(),
                members.getOrDefault(p.id(), List.of()))).toList();
    }

    boolean exists(long unitId, String titleCode, int termFrom) {
        return jdbc.sql("select count(*) from succession_pool where unit_id = :u and title_code = :t and term_from = :f")
                .param("u", unitId).param("t", titleCode).param("f", termFrom).query(Long.class).single() > 0;
    }

    long insertPool(long unitId, String titleCode, int termFrom, int termTo) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into succession_pool (unit_id, title_code, term_from, term_to) values (:u, :t, :f, :to)")
                .param("u", unitId).param("t", titleCode).param("f", termFrom).param("to", termTo).update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertMember(long poolId, long personId, LocalDate on, String reason) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into pool_member (pool_id, person_id, added_on, added_reason) values (:p, :person, :on, :reason)")
                .param("p", poolId).param("person", personId).param("on", on).param("reason", reason).update(keys, "id");
        return keys.getKey().longValue();
    }

    void removeMember(long memberId, LocalDate on, String reason) {
        jdbc.sql("update pool_member set removed_on = :on, removed_reason = :reason where id = :id and removed_on is null")
                .param("on", on).param("reason", reason).param("id", memberId).update();
    }

    /** Every active member of the pools of units under the prefix: person id → pool ids. */
    Map<Long, List<Long>> activeMembers(String pathPrefix) {
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.sql("""
                select m.person_id, m.pool_id from pool_member m join succession_pool p on p.id = m.pool_id join unit u on u.id = p.unit_id
                where m.removed_on is null and u.path like :prefix
                """).param("prefix", pathPrefix + "%")
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(rs.getLong("pool_id"));
                });
        return members;
    }
}
