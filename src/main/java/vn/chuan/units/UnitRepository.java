package vn.chuan.units;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chuan.shared.PerTransaction;
import vn.chuan.shared.PlannerStatistics;

@Repository
class UnitRepository {

    private static final String COLUMNS = """
            id, code, name, unit_level, commune_type, parent_id, path, valid_from, valid_to, successor_id, difficult_area
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UnitRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.template = template;
        this.jdbc = jdbc;
    }

    Unit insert(NewUnit unit, String parentPath) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into unit (code, name, unit_level, commune_type, parent_id, path, valid_from, difficult_area)
                values (:code, :name, :level, :type, :parent, '/', :from, :difficult)
                """)
                .param("code", unit.code())
                .param("name", unit.name())
                .param("level", unit.level().name())
                .param("type", unit.communeType() == null ? null : unit.communeType().name())
                .param("parent", unit.parentId() == null ? null : unit.parentId().value())
                .param("from", unit.validFrom())
                .param("difficult", unit.difficultArea())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        forgetRead();
        String path = (parentPath == null ? "/" : parentPath) + id + "/";
        jdbc.sql("update unit set path = :path where id = :id").param("path", path).param("id", id).update();
        return get(new UnitId(id)).orElseThrow();
    }

    List<Unit> findAll(List<Long> ids) {
        Map<Long, Unit> read = readInTransaction();
        List<Long> missing = ids.stream().filter(id -> !read.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            jdbc.sql("select " + COLUMNS + " from unit where id in (:ids)").param("ids", missing).query(UnitRepository::map).list()
                    .forEach(unit -> read.put(unit.id().value(), unit));
        }
        return ids.stream().map(read::get).filter(Objects::nonNull).toList();
    }

    Optional<Unit> get(UnitId id) {
        Map<Long, Unit> read = readInTransaction();
        Unit known = read.get(id.value());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Unit> unit = jdbc.sql("select " + COLUMNS + " from unit where id = :id")
                .param("id", id.value())
                .query(UnitRepository::map)
                .optional();
        unit.ifPresent(u -> read.put(id.value(), u));
        return unit;
    }

    /**
     * The units read by id in the running transaction, read once: an import reads the posts' units
     * for every chunk of 500 people (to check the scope, to assess, to count), each commune again
     * and again. Forgotten at any write of a unit and when the transaction ends; outside a
     * transaction nothing is kept.
     */
    private Map<Long, Unit> readInTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        return PerTransaction.value(this, HashMap::new);
    }

    /** At a write: whatever this transaction read is forgotten (nothing is bound if it read nothing). */
    private void forgetRead() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Map<?, ?> read) {
            read.clear();
        }
    }

    /** The unit of that code on that date; while a reorganisation is being recorded, the newer of two (the successor). */
    Optional<Unit> findByCode(String code, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + """
                 from unit where code = :code and valid_from <= :d and (valid_to is null or valid_to >= :d)
                 order by valid_from desc fetch first 1 rows only
                """)
                .param("code", code)
                .param("d", date)
                .query(UnitRepository::map)
                .optional();
    }


    List<Unit> subtree(String path, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + """
                 from unit where path like :prefix and valid_from <= :d and (valid_to is null or valid_to >= :d)
                 order by path
                """)
                .param("prefix", path + "%")
                .param("d", date)
                .query(UnitRepository::map)
                .list();
    }


    List<Unit> predecessors(UnitId id) {
        return jdbc.sql("select " + COLUMNS + " from unit where successor_id = :id order by code")
                .param("id", id.value())
                .query(UnitRepository::map)
                .list();
    }

    List<Unit> predecessorsOf(List<Long> successorIds) {
        return jdbc.sql("select " + COLUMNS + " from unit where successor_id in (:ids) order by code")
                .param("ids", successorIds)
                .query(UnitRepository::map)
                .list();
    }

    /** The lineage links into these successors: predecessor, whole or part, effective date. */
    List<Units.Link> linksInto(List<Long> successorIds) {
        return jdbc.sql("select successor_id, predecessor_id, whole, effective_on from unit_lineage where successor_id in (:ids)")
                .param("ids", successorIds)
                .query((rs, n) -> new Units.Link(new UnitId(rs.getLong("successor_id")), new UnitId(rs.getLong("predecessor_id")),
                        rs.getBoolean("whole"), rs.getObject("effective_on", LocalDate.class)))
                .list();
    }

    void link(UnitId successor, UnitId predecessor, boolean whole, LocalDate effectiveOn) {
        jdbc.sql("insert into unit_lineage (successor_id, predecessor_id, whole, effective_on) values (:s, :p, :w, :on)")
                .param("s", successor.value()).param("p", predecessor.value()).param("w", whole).param("on", effectiveOn).update();
    }

    List<Unit> roots() {
        return jdbc.sql("select " + COLUMNS + " from unit where parent_id is null order by valid_from, code")
                .query(UnitRepository::map)
                .list();
    }

    void close(UnitId id, LocalDate lastDay, UnitId successor) {
        forgetRead();
        if (successor != null) {
            jdbc.sql("""
                    insert into unit_lineage (successor_id, predecessor_id, whole, effective_on)
                    select :succ, :id, true, :from where not exists (select 1 from unit_lineage where successor_id = :succ and predecessor_id = :id)
                    """).param("succ", successor.value()).param("id", id.value()).param("from", lastDay.plusDays(1)).update();
        }
        jdbc.sql("update unit set valid_to = :to, successor_id = :succ where id = :id")
                .param("to", lastDay)
                .param("succ", successor == null ? null : successor.value())
                .param("id", id.value())
                .update();
    }

    void rename(UnitId id, String name, CommuneType type, boolean difficultArea) {
        forgetRead();
        jdbc.sql("update unit set name = :name, commune_type = :type, difficult_area = :difficult where id = :id")
                .param("name", name)
                .param("type", type == null ? null : type.name())
                .param("difficult", difficultArea)
                .param("id", id.value())
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        boolean noParent = rs.wasNull();
        long successor = rs.getLong("successor_id");
        boolean noSuccessor = rs.wasNull();
        String type = rs.getString("commune_type");
        Date to = rs.getDate("valid_to");
        return new Unit(
                new UnitId(rs.getLong("id")),
                rs.getString("code"),
                rs.getString("name"),
                UnitLevel.valueOf(rs.getString("unit_level")),
                type == null ? null : CommuneType.valueOf(type),
                noParent ? null : new UnitId(parent),
                rs.getString("path"),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                noSuccessor ? null : new UnitId(successor),
                rs.getBoolean("difficult_area"));
    }

    /** After a list of thousands of units: every list is scoped by a unit's path (see {@link PlannerStatistics}). */
    void refreshStatistics() {
        PlannerStatistics.refresh(template, List.of("unit"));
    }
}
