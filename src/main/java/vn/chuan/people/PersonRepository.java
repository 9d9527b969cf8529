package vn.chuan.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.IdSet;
import vn.chuan.shared.MultiRowInsert;
import vn.chuan.shared.PlannerStatistics;
import vn.chuan.shared.PlanSettings;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.VietnameseOrder;
import vn.chuan.shared.VietnameseText;
import vn.chuan.units.UnitId;

@Repository
class PersonRepository {

    /**
     * The principal posts current on :d, one per person (the latest id when a data error gives two):
     * a person is listed and counted once, where the principal post is. Every list query starts
     * here, joined to the unit so that scope is a path prefix.
     */
    private static final String CURRENT_ASSIGNMENT = """
            from assignment a
            join person p on p.id = a.person_id
            join unit u on u.id = a.unit_id
            where a.kind = 'CHINH' and a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d)
              and not exists (select 1 from assignment b where b.person_id = a.person_id and b.id > a.id and b.kind = 'CHINH'
                              and b.started_on <= :d and (b.ended_on is null or b.ended_on >= :d))
              and u.path like :scope
            """;

    /**
     * The order in which a person's posts (alias {@code post}) decide their home unit on :d — where
     * they are seen and found: the principal post held then, else any post held then, else the
     * latest principal post, else the latest post.
     */
    static String homeOrder(String post) {
        return """
                case when %1$s.started_on <= :d and (%1$s.ended_on is null or %1$s.ended_on >= :d) then 0 else 2 end
                     + case when %1$s.kind = 'CHINH' then 0 else 1 end, %1$s.started_on desc, %1$s.id desc""".formatted(post);
    }

    /** What a person's record reads from their row ({@link #mapPerson}). */
    private static final String PERSON_COLUMNS = "id, code, full_name, birth_date, gender, ethnicity, citizen_id, party_member, "
            + "party_joined_on, version";
    private static final String PERSON_BY_ID = "select " + PERSON_COLUMNS + " from person where id = :id";

    /** Rows written in bulk before the planner statistics are first refreshed (PostgreSQL only). */
    private static final int ANALYZE_FIRST = 20_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private long writtenInBulk;
    private long writtenAtLastAnalyze;

    PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * A large import runs in one transaction; PostgreSQL's statistics would still describe the empty
     * tables and the planner would scan them whole for every lookup by code. ANALYZE inside the
     * transaction counts its own new rows, so the lookups keep using the indexes. Refreshed when the
     * rows written have doubled since the last time (20.000, 40.000, 80.000 …): statistics go wrong by a
     * factor, and each ANALYZE samples the same 30.000 rows whatever the size (five of them were 1,7 s of
     * an import of 100.000, fifty would have been a tenth of an import of a million).
     */
    synchronized void refreshStatisticsAfter(int rows) {
        writtenInBulk += rows;
        if (writtenInBulk - writtenAtLastAnalyze >= Math.max(ANALYZE_FIRST, writtenAtLastAnalyze)) {
            writtenAtLastAnalyze = writtenInBulk;
            PlannerStatistics.refresh(batch.getJdbcTemplate(), List.of("person", "assignment", "qualification", "person_standing"));
        }
    }

    // ---- search -------------------------------------------------------------------------------

    record Query(String where, Map<String, Object> params, PersonOrder order) {
    }

    /**
     * A part of the unit tree a list reads on its date: the units under {@code prefix}, and when the
     * part was split off another unit, only the people whose first post from {@code attributionFrom}
     * was under {@code attributionPrefix} (see {@code Units.Source}).
     */
    record Area(String prefix, LocalDate attributionFrom, String attributionPrefix) {
    }

    Query searchQuery(PersonSearch search, List<Area> scopeAreas, List<Area> unitAreas) {
        StringBuilder where = new StringBuilder(CURRENT_ASSIGNMENT.replace("and u.path like :scope", ""));
        Map<String, Object> params = new HashMap<>();
        params.put("d", search.asOf());
        where.append(" and ").append(areas("s", scopeAreas, params));
        if (unitAreas != null) {
            where.append(" and ").append(areas("n", unitAreas, params));
        }
        if (search.category() != null) {
            where.append(" and a.category = :category");
            params.put("category", search.category().name());
        }
        if (search.titleCode() != null) {
            // A title is held as the principal post or beside it (kiêm nhiệm, biệt phái).
            where.append(" and exists (select 1 from assignment t where t.person_id = a.person_id and t.title_code = :title"
                    + " and t.started_on <= :d and (t.ended_on is null or t.ended_on >= :d))");
            params.put("title", search.titleCode());
        }
        String text = VietnameseText.fold(search.text());
        if (!text.isEmpty()) {
            where.append(" and (p.folded_name like :text or lower(p.code) like :text)");
            params.put("text", "%" + text.replace("%", "").replace("_", "") + "%");
        }
        PersonSearch.Who who = search.who();
        if (!who.categories().isEmpty()) {
            where.append(" and a.category in (:categories)");
            params.put("categories", who.categories().stream().map(Enum::name).toList());
        }
        if (who.gender() != null) {
            where.append(" and p.gender = :gender");
            params.put("gender", who.gender().name());
        }
        if (who.minority() != null) {
            where.append(who.minority() ? " and p.ethnicity <> 'Kinh'" : " and p.ethnicity = 'Kinh'");
        }
        if (who.communeLevel() != null) {
            where.append(who.communeLevel() ? " and u.unit_level = 'COMMUNE'" : " and u.unit_level <> 'COMMUNE'");
        }
        if (who.ethnicity() != null) {
            where.append(" and p.ethnicity = :ethnicity");
            params.put("ethnicity", who.ethnicity());
        }
        if (who.partyMember() != null) {
            where.append(" and p.party_member = :party");
            params.put("party", who.partyMember());
        }
        if (who.minAge() != null) {
            // At least N years old on :d: born on or before :d minus N years.
            where.append(" and p.birth_date <= :bornBy");
            params.put("bornBy", search.asOf().minusYears(who.minAge()));
        }
        if (who.maxAge() != null) {
            where.append(" and p.birth_date > :bornAfter");
            params.put("bornAfter", search.asOf().minusYears(who.maxAge() + 1L));
        }
        if (search.verdict() != null) {
            where.append(" and exists (select 1 from person_standing s where s.person_id = p.id and s.verdict = :verdict)");
            params.put("verdict", search.verdict());
        }
        if (search.gapCode() != null) {
            // Any of the criteria asked ("MIN_AGE,MAX_AGE": the age, either way).
            String[] codes = search.gapCode().split(",");
            List<String> any = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                any.add("g.gap_codes like :gap" + i);
                params.put("gap" + i, "%|" + codes[i] + "|%");
            }
            where.append(" and exists (select 1 from person_standing g where g.person_id = p.id and (").append(String.join(" or ", any))
                    .append("))");
        }
        int i = 0;
        for (LevelFilter filter : search.levels()) {
            String dim = "dim" + i;
            String rank = "rank" + i;
            where.append(" and coalesce((select max(q.level_rank) from qualification q where q.person_id = p.id")
                    .append(" and q.dimension = :").append(dim)
                    .append(" and (q.acquired_on is null or q.acquired_on <= :d)), 0)")
                    .append(filter.mode().comparison).append(rank);
            params.put(dim, filter.dimension().name());
            params.put(rank, filter.level().rank());
            i++;
        }
        return new Query(where.toString(), params, search.order());
    }

    /** The post's unit in any of these areas ("1 = 0" for none: a unit that had no past on that date). */
    private static String areas(String name, List<Area> areas, Map<String, Object> params) {
        if (areas.isEmpty()) {
            return "1 = 0";
        }
        List<String> any = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            String key = name + i;
            params.put(key, area.prefix());
            String condition = "u.path like :" + key;
            if (area.attributionFrom() != null) {
                params.put(key + "f", area.attributionFrom());
                params.put(key + "a", area.attributionPrefix());
                condition += """
                         and exists (select 1 from assignment x join unit ux on ux.id = x.unit_id where x.person_id = a.person_id
                                     and x.kind = 'CHINH' and ux.path like :%1$sa
                                     and x.started_on = (select min(y.started_on) from assignment y
                                                         where y.person_id = a.person_id and y.kind = 'CHINH' and y.started_on >= :%1$sf))
                        """.formatted(key);
            }
            any.add("(" + condition + ")");
        }
        return "(" + String.join(" or ", any) + ")";
    }

    List<PersonSummary> search(Query query, int offset, int limit) {
        return jdbc.sql("""
                select p.id, p.code, p.full_name, p.birth_date, p.gender, p.ethnicity, p.party_member,
                       u.code as unit_code, u.name as unit_name, a.category, a.title_code
                """ + query.where() + " order by " + query.order().sql() + " offset :offset rows fetch next :limit rows only")
                .params(query.params())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new PersonSummary(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getDate("birth_date").toLocalDate(), Gender.valueOf(rs.getString("gender")),
                        rs.getString("ethnicity"), rs.getBoolean("party_member"), rs.getString("unit_code"),
                        rs.getString("unit_name"), StaffCategory.valueOf(rs.getString("category")),
                        rs.getString("title_code")))
                .list();
    }

    /**
     * Every person the query selects, with post, concurrent posts and highest levels on its date: the persons, then their
     * posts and levels by their ids, a thousand a query (H2 evaluates {@code in (select …)} once per row: an export of a
     * province took minutes).
     */
    List<PersonSnapshot> snapshots(Query query, LocalDate date) {
        record Row(long id, String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity, String citizenId,
                boolean partyMember, String unitCode, String unitPath, StaffCategory category, String titleCode, LocalDate startedOn) {
        }
        List<Row> rows = jdbc.sql("""
                select p.id, p.code, p.full_name, p.birth_date, p.gender, p.ethnicity, p.citizen_id, p.party_member,
                       u.code as unit_code, u.path as unit_path, a.category, a.title_code, a.started_on
                """ + query.where() + " order by " + query.order().sql())
                .params(query.params())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getDate("birth_date").toLocalDate(), Gender.valueOf(rs.getString("gender")), rs.getString("ethnicity"),
                        rs.getString("citizen_id"), rs.getBoolean("party_member"), rs.getString("unit_code"), rs.getString("unit_path"),
                        StaffCategory.valueOf(rs.getString("category")), rs.getString("title_code"), rs.getDate("started_on").toLocalDate()))
                .list();
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<String>> concurrent = new HashMap<>();
        Map<Long, Map<Dimension, ScaleLevel>> levels = new HashMap<>();
        Map<Long, String> fields = new HashMap<>();
        Map<Long, Integer> fieldRank = new HashMap<>();
        for (int start = 0; start < ids.size(); start += 1000) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + 1000));
            concurrent.putAll(concurrentTitles(chunk, date));
            jdbc.sql("select q.person_id, q.dimension, q.level_code, q.level_rank, q.field_of_study from qualification q "
                            + "where (q.acquired_on is null or q.acquired_on <= :d) and q.person_id in (:ids)")
                    .param("d", date).param("ids", chunk)
                    .query(rs -> {
                        long person = rs.getLong("person_id");
                        Dimension dimension = Dimension.valueOf(rs.getString("dimension"));
                        var level = dimension.level(rs.getString("level_code"));
                        levels.computeIfAbsent(person, k -> new EnumMap<>(Dimension.class))
                                .merge(dimension, level, (a, b) -> a.rank() >= b.rank() ? a : b);
                        if (dimension == Dimension.PROFESSIONAL && level.rank() >= fieldRank.getOrDefault(person, -1)) {
                            fieldRank.put(person, level.rank());
                            fields.put(person, rs.getString("field_of_study"));
                        }
                    });
        }
        return rows.stream().map(r -> new PersonSnapshot(r.id(), r.code(), r.fullName(), r.birthDate(), r.gender(), r.ethnicity(),
                r.citizenId(), r.partyMember(), r.unitCode(), r.category(), r.titleCode(), r.startedOn(),
                levels.getOrDefault(r.id(), Map.of()), fields.get(r.id()), r.unitPath(), concurrent.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** Of these persons, the titles of the posts held beside the principal one on {@code date}, in the order taken. */
    Map<Long, List<String>> concurrentTitles(Collection<Long> personIds, LocalDate date) {
        Map<Long, List<String>> titles = new HashMap<>();
        if (personIds.isEmpty()) {
            return titles;
        }
        jdbc.sql("""
                select c.person_id, c.title_code from assignment c
                where c.kind <> 'CHINH' and c.started_on <= :d and (c.ended_on is null or c.ended_on >= :d) and c.person_id in (:ids)
                order by c.started_on, c.id
                """).param("ids", List.copyOf(personIds)).param("d", date)
                .query(rs -> {
                    titles.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(rs.getString("title_code"));
                });
        return titles;
    }

    long count(Query query) {
        return jdbc.sql("select count(*) " + query.where()).params(query.params()).query(Long.class).single();
    }

    List<StandingCount> standingCounts(Query query) {
        String verdict = "(select s.verdict from person_standing s where s.person_id = p.id)";
        List<StandingCount> counts = new ArrayList<>(jdbc.sql("select a.category, a.title_code, " + verdict + " as verdict, count(*) as n "
                        + query.where() + " group by a.category, a.title_code, 3")
                .params(query.params())
                .query((rs, n) -> new StandingCount(StaffCategory.valueOf(rs.getString("category")), rs.getString("title_code"),
                        rs.getString("verdict"), rs.getLong("n"), true))
                .list());
        // The concurrent and seconded posts the same persons hold that day, wherever the post is.
        counts.addAll(jdbc.sql("select c.category, c.title_code, c.verdict, count(*) as n from (select k.category, k.title_code, "
                        + verdict + " as verdict from assignment k join person p on p.id = k.person_id"
                        + " where k.kind <> 'CHINH' and k.started_on <= :d and (k.ended_on is null or k.ended_on >= :d)"
                        + " and k.person_id in (select p.id " + query.where() + ")) c group by c.category, c.title_code, c.verdict")
                .params(query.params())
                .query((rs, n) -> new StandingCount(StaffCategory.valueOf(rs.getString("category")), rs.getString("title_code"),
                        rs.getString("verdict"), rs.getLong("n"), false))
                .list());
        return counts;
    }

    /** Ids of the persons the query selects, in the list's order (by name). */
    List<Long> orderedIds(Query query) {
        return jdbc.sql("select p.id " + query.where() + " order by " + query.order().sql()).params(query.params()).query(Long.class).list();
    }

    /** The summaries of these persons among those the query selects, in the list's order (a page: a few hundred at most). */
    List<PersonSummary> searchAmong(Query query, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>(query.params());
        params.put("among", ids);
        return search(new Query(query.where() + " and p.id in (:among)", params, query.order()), 0, ids.size());
    }

    /** Ids of the persons the query selects (all pages). */
    List<Long> ids(Query query) {
        return jdbc.sql("select p.id " + query.where() + " order by p.id").params(query.params()).query(Long.class).list();
    }

    /** People holding a post on :d per unit, for the unit tree. */
    Map<Long, Long> headcountByUnit(String scopePrefix, LocalDate date) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select a.unit_id, count(*) as n " + CURRENT_ASSIGNMENT + " group by a.unit_id")
                .param("d", date)
                .param("scope", scopePrefix)
                .query(rs -> {
                    counts.put(rs.getLong("unit_id"), rs.getLong("n"));
                });
        return counts;
    }

    PeopleOverview overview(String scopePrefix, LocalDate date) {
        Map<StaffCategory, Long> byCategory = new EnumMap<>(StaffCategory.class);
        long[] totals = new long[4];
        jdbc.sql("""
                select a.category, count(*) as n,
                       sum(case when p.gender = 'NU' then 1 else 0 end) as women,
                       sum(case when p.ethnicity <> 'Kinh' then 1 else 0 end) as minority,
                       sum(case when p.party_member then 1 else 0 end) as party
                """ + CURRENT_ASSIGNMENT + " group by a.category")
                .param("d", date)
                .param("scope", scopePrefix)
                .query(rs -> {
                    long n = rs.getLong("n");
                    byCategory.put(StaffCategory.valueOf(rs.getString("category")), n);
                    totals[0] += n;
                    totals[1] += rs.getLong("women");
                    totals[2] += rs.getLong("minority");
                    totals[3] += rs.getLong("party");
                });
        return new PeopleOverview(totals[0], byCategory, totals[1], totals[2], totals[3]);
    }

    // ---- one person -----------------------------------------------------------------------------

    /**
     * The record, if the person's home unit (the post held on {@code today}, else the latest one)
     * lies under {@code scopePath}: the posts are read first, so a person out of scope costs one query.
     */
    Optional<PersonRecord> loadIfHomeUnder(long id, String scopePath, LocalDate today) {
        return postsIfHomeUnder(id, scopePath, today).flatMap(posts -> jdbc.sql(PERSON_BY_ID).param("id", id)
                .query(PersonRepository::mapPerson).optional().map(p -> record(p, posts, qualifications(id))));
    }

    /**
     * The same record with the person's latest verdict, read with their row (one statement fewer than reading it
     * apart): what a program reading one person wants, hundreds of times a second.
     */
    Optional<PersonRegistry.Reading> readIfHomeUnder(long id, String scopePath, LocalDate today) {
        return postsIfHomeUnder(id, scopePath, today).flatMap(posts -> jdbc.sql("""
                select %s, s.verdict, s.gap_codes, s.gaps, s.assessed_on, s.standard_set_label
                from person p left join person_standing s on s.person_id = p.id
                where p.id = :id
                """.formatted(PERSON_COLUMNS)).param("id", id)
                .query((rs, n) -> new RowWithVerdict(mapPerson(rs, n), rs.getString("verdict") == null ? Optional.empty()
                        : Optional.of(mapStanding(rs))))
                .optional()
                .map(row -> new PersonRegistry.Reading(record(row.person(), posts, qualifications(id)), row.verdict())));
    }

    private record RowWithVerdict(PersonRow person, Optional<PersonStanding> verdict) {
    }

    /**
     * The person's posts, latest first, if their home unit (the post held on {@code today}, else the latest one) lies
     * under {@code scopePath}: read first, so a person out of scope costs one query.
     */
    private Optional<List<Assignment>> postsIfHomeUnder(long id, String scopePath, LocalDate today) {
        Map<Long, String> paths = new HashMap<>();
        List<Assignment> posts = jdbc.sql("""
                select a.id, a.unit_id, u.code as unit_code, u.name as unit_name, u.path as unit_path, a.category, a.title_code,
                       a.started_on, a.ended_on, a.start_reason, a.end_reason, a.version, a.kind, a.decision
                from assignment a join unit u on u.id = a.unit_id
                where a.person_id = :p order by a.started_on desc, a.id desc
                """).param("p", id).query((rs, n) -> {
                    paths.put(rs.getLong("id"), rs.getString("unit_path"));
                    return mapAssignment(rs);
                }).list();
        String home = posts.stream().filter(a -> a.isPrincipal() && a.isCurrentOn(today)).findFirst()
                .or(() -> posts.stream().filter(a -> a.isCurrentOn(today)).findFirst())
                .or(() -> posts.stream().filter(Assignment::isPrincipal).findFirst())
                .or(() -> posts.stream().findFirst())
                .map(a -> paths.get(a.id())).orElse("/");
        return home.startsWith(scopePath) ? Optional.of(posts) : Optional.empty();
    }

    private static PersonRecord record(PersonRow p, List<Assignment> posts, List<Qualification> levels) {
        return new PersonRecord(new PersonId(p.id), p.code, p.fullName, p.birthDate, p.gender, p.ethnicity, p.citizenId, p.partyMember,
                p.partyJoinedOn, p.version, posts, levels);
    }

    Optional<PersonRecord> load(long id) {
        Optional<PersonRow> row = jdbc.sql(PERSON_BY_ID).param("id", id).query(PersonRepository::mapPerson).optional();
        return row.map(p -> record(p, assignments(id), qualifications(id)));
    }

    /** Ids of the persons with these codes; one query per call (callers pass a few hundred codes). */
    Map<String, Long> findIdsByCodes(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (codes.isEmpty()) {
            return ids;
        }
        jdbc.sql("select id, code from person where code in (:codes)").param("codes", List.copyOf(codes))
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    /** Whole records of several persons in three queries. */
    List<PersonRecord> loadAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdSet set = IdSet.of(ids);
        Map<Long, List<Assignment>> assignments = new HashMap<>();
        // Rows of a covering range are kept only for the ids asked (IdSet.covering).
        set.bindCovering(jdbc.sql("""
                select a.person_id, a.id, a.unit_id, u.code as unit_code, u.name as unit_name, a.category, a.title_code,
                       a.started_on, a.ended_on, a.start_reason, a.end_reason, a.version, a.kind, a.decision
                from assignment a join unit u on u.id = a.unit_id
                where %s order by a.started_on desc, a.id desc
                """.formatted(set.covering("a.person_id")))).query(rs -> {
            if (set.contains(rs.getLong("person_id"))) {
                assignments.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(mapAssignment(rs));
            }
        });
        Map<Long, List<Qualification>> qualifications = new HashMap<>();
        set.bindCovering(jdbc.sql("""
                select person_id, id, dimension, level_code, field_of_study, institution, acquired_on, evidence, version
                from qualification where %s order by dimension, level_rank desc, id
                """.formatted(set.covering("person_id")))).query(rs -> {
            if (set.contains(rs.getLong("person_id"))) {
                qualifications.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(mapQualification(rs));
            }
        });
        return set.bindCovering(jdbc.sql("select " + PERSON_COLUMNS + " from person where " + set.covering("id")))
                .query(PersonRepository::mapPerson).list().stream()
                .filter(p -> set.contains(p.id))
                .map(p -> record(p, assignments.getOrDefault(p.id, List.of()), qualifications.getOrDefault(p.id, List.of())))
                .toList();
    }

    /**
     * Inserts new persons with their posts and qualifications; returns their ids in order. An import
     * writes some 800,000 rows this way: many rows a statement, parameters set by position and type
     * (named ones cost about as much as the inserts themselves).
     */
    List<Long> insertAll(List<PersonHistory> histories, LocalDateTime now) {
        Timestamp at = Timestamp.valueOf(now);
        List<Long> ids = MultiRowInsert.insertReturning("id", batch.getJdbcTemplate(), """
                insert into person (code, full_name, folded_name, given_key, name_key, birth_date, gender, ethnicity, citizen_id,
                                    party_member, party_joined_on, version, created_at, updated_at)
                """, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", histories, (parameters, history) -> {
            PersonDetails d = history.details();
            parameters.setString(d.code()).setString(d.fullName()).setString(VietnameseText.fold(d.fullName()))
                    .setString(VietnameseOrder.givenNameKey(d.fullName())).setString(VietnameseOrder.fullNameKey(d.fullName()))
                    .setDate(d.birthDate()).setString(d.gender().name()).setString(d.ethnicity()).setString(d.citizenId())
                    .setBoolean(d.partyMember()).setDate(d.partyJoinedOn()).setTimestamp(at).setTimestamp(at);
        });

        List<OfPerson<PersonHistory.Post>> posts = new ArrayList<>();
        List<OfPerson<QualificationDetails>> levels = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            long id = ids.get(i);
            histories.get(i).posts().forEach(post -> posts.add(new OfPerson<>(id, post)));
            histories.get(i).qualifications().forEach(q -> levels.add(new OfPerson<>(id, q)));
        }
        MultiRowInsert.insert(batch.getJdbcTemplate(), """
                insert into assignment (person_id, unit_id, category, title_code, started_on, start_reason, ended_on, end_reason, kind,
                                        decision, version)
                """, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", posts, (parameters, row) -> {
            PersonHistory.Post post = row.item();
            NewAssignment a = post.assignment();
            parameters.setLong(row.personId()).setLong(a.unitId().value()).setString(a.category().name()).setString(a.titleCode())
                    .setDate(a.startedOn()).setString(a.reason().name()).setDate(post.endedOn())
                    .setString(post.endReason() == null ? null : post.endReason().name()).setString(a.kind().name())
                    .setString(a.decision());
        });
        MultiRowInsert.insert(batch.getJdbcTemplate(), """
                insert into qualification (person_id, dimension, level_code, level_rank, field_of_study, institution,
                                           acquired_on, evidence, version)
                """, "(?, ?, ?, ?, ?, ?, ?, ?, 0)", levels, (parameters, row) -> {
            QualificationDetails q = row.item();
            parameters.setLong(row.personId()).setString(q.dimension().name()).setString(q.level().code()).setInt(q.level().rank())
                    .setString(q.fieldOfStudy()).setString(q.institution()).setDate(q.acquiredOn()).setString(q.evidence());
        });

        refreshStatisticsAfter(histories.size());
        return ids;
    }

    /** A post or qualification of a person just inserted. */
    private record OfPerson<T>(long personId, T item) {
    }

    List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from person where id > :after order by id fetch first :limit rows only")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    Set<Long> idsWithDatesBetween(LocalDate after, LocalDate upTo) {
        Set<Long> ids = new HashSet<>(jdbc.sql("""
                select person_id from assignment where (started_on > :after and started_on <= :upTo)
                                                    or (ended_on >= :after and ended_on < :upTo)
                union select person_id from qualification where acquired_on > :after and acquired_on <= :upTo
                """).param("after", after).param("upTo", upTo).query(Long.class).list());
        if (!after.plusYears(1).isAfter(upTo)) {
            ids.addAll(jdbc.sql("select id from person").query(Long.class).list());
            return ids;
        }
        // Birthdays as month * 100 + day; a window over New Year is two ranges.
        int from = after.plusDays(1).getMonthValue() * 100 + after.plusDays(1).getDayOfMonth();
        int to = upTo.getMonthValue() * 100 + upTo.getDayOfMonth();
        String birthday = "extract(month from birth_date) * 100 + extract(day from birth_date)";
        ids.addAll(jdbc.sql("select id from person where " + (from <= to
                        ? birthday + " between :from and :to" : "(" + birthday + " >= :from or " + birthday + " <= :to)"))
                .param("from", from).param("to", to).query(Long.class).list());
        return ids;
    }

    void saveStandings(Map<Long, PersonStanding> standings) {
        if (standings.isEmpty()) {
            return;
        }
        IdSet ids = IdSet.of(standings.keySet());
        ids.bind(jdbc.sql("delete from person_standing where " + ids.condition("person_id"))).update();
        MultiRowInsert.insert(batch.getJdbcTemplate(), """
                insert into person_standing (person_id, standard_set_id, standard_set_label, verdict, gap_codes, gaps, assessed_on)
                """, "(?, null, ?, ?, ?, ?, ?)", List.copyOf(standings.entrySet()), (parameters, e) -> {
            PersonStanding standing = e.getValue();
            parameters.setLong(e.getKey()).setString(standing.standardSet()).setString(standing.verdict())
                    .setString(standing.gapCodes().isEmpty() ? null : "|" + String.join("|", standing.gapCodes()) + "|")
                    .setString(truncate(String.join("\n", standing.gaps()), 2000)).setDate(standing.assessedOn());
        });
    }

    /** For the rest of a transaction that reads a page of a list and its count ({@link PlanSettings#serial}). */
    void planAsAPage() {
        PlanSettings.serial(batch.getJdbcTemplate());
    }

    /** For the rest of a read-only transaction that reads by key only ({@link PlanSettings#reusedForKeys}). */
    void planByKey() {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            PlanSettings.reusedForKeys(batch.getJdbcTemplate());
        }
    }

    Optional<PersonStanding> standing(long personId) {
        return jdbc.sql("select verdict, gap_codes, gaps, assessed_on, standard_set_label from person_standing where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> mapStanding(rs)).optional();
    }

    private static PersonStanding mapStanding(ResultSet rs) throws SQLException {
        String codes = rs.getString("gap_codes");
        String gaps = rs.getString("gaps");
        return new PersonStanding(rs.getString("verdict"), null, rs.getString("standard_set_label"),
                gaps == null || gaps.isEmpty() ? List.of() : List.of(gaps.split("\n")),
                codes == null ? List.of() : Arrays.stream(codes.split("\\|")).filter(c -> !c.isEmpty()).toList(),
                rs.getDate("assessed_on").toLocalDate());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    Optional<Long> findIdByCode(String code) {
        return jdbc.sql("select id from person where code = :code").param("code", code).query(Long.class).optional();
    }

    /** Of these persons, those whose home unit (as in {@link #homeUnitPath}) lies under the prefix: one query. */
    Set<Long> withHomeUnitUnder(Collection<Long> personIds, String prefix, LocalDate today) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select a.person_id from assignment a join unit u on u.id = a.unit_id
                where a.person_id in (:ids) and u.path like :prefix
                  and a.id = (select x.id from assignment x where x.person_id = a.person_id order by %s fetch first 1 rows only)
                """.formatted(homeOrder("x"))).param("ids", List.copyOf(personIds)).param("prefix", prefix).param("d", today)
                .query(Long.class).list());
    }

    boolean exists(long personId) {
        return jdbc.sql("select count(*) from person where id = :p").param("p", personId).query(Long.class).single() > 0;
    }

    /** Of these persons, those who hold or held any post in a unit whose path starts with the prefix. */
    Set<Long> withPostUnder(Collection<Long> personIds, String prefix) {
        Set<Long> found = new HashSet<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(personIds));
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(jdbc.sql("""
                    select distinct a.person_id from assignment a join unit u on u.id = a.unit_id
                    where a.person_id in (:ids) and u.path like :prefix
                    """).param("ids", all.subList(from, Math.min(all.size(), from + 1000))).param("prefix", prefix)
                    .query(Long.class).list());
        }
        return found;
    }

    /** The path of the unit of the principal post held today, else of any post held today, else of the latest post (principal first). */
    Optional<String> homeUnitPath(long personId, LocalDate today) {
        return jdbc.sql("""
                select u.path from assignment a join unit u on u.id = a.unit_id
                where a.person_id = :p order by %s
                """.formatted(homeOrder("a"))).param("p", personId).param("d", today).query(String.class).list().stream().findFirst();
    }

    private List<Assignment> assignments(long personId) {
        return jdbc.sql("""
                select a.id, a.unit_id, u.code as unit_code, u.name as unit_name, a.category, a.title_code,
                       a.started_on, a.ended_on, a.start_reason, a.end_reason, a.version, a.kind, a.decision
                from assignment a join unit u on u.id = a.unit_id
                where a.person_id = :p order by a.started_on desc, a.id desc
                """).param("p", personId).query((rs, n) -> mapAssignment(rs)).list();
    }

    private List<Qualification> qualifications(long personId) {
        return jdbc.sql("""
                select id, dimension, level_code, field_of_study, institution, acquired_on, evidence, version
                from qualification where person_id = :p order by dimension, level_rank desc, id
                """).param("p", personId).query((rs, n) -> mapQualification(rs)).list();
    }

    // ---- writes ---------------------------------------------------------------------------------

    long insertPerson(PersonDetails d, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (code, full_name, folded_name, given_key, name_key, birth_date, gender, ethnicity, citizen_id,
                                    party_member, party_joined_on, version, created_at, updated_at)
                values (:code, :name, :folded, :givenKey, :nameKey, :birth, :gender, :ethnicity, :cid, :party, :partyOn, 0, :now, :now)
                """)
                .param("code", d.code()).param("name", d.fullName()).param("folded", VietnameseText.fold(d.fullName()))
                .param("givenKey", VietnameseOrder.givenNameKey(d.fullName())).param("nameKey", VietnameseOrder.fullNameKey(d.fullName()))
                .param("birth", d.birthDate()).param("gender", d.gender().name()).param("ethnicity", d.ethnicity())
                .param("cid", d.citizenId()).param("party", d.partyMember()).param("partyOn", d.partyJoinedOn())
                .param("now", Timestamp.valueOf(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Returns false when {@code version} is no longer the stored one. */
    boolean updatePerson(long id, int version, PersonDetails d, LocalDateTime now) {
        return jdbc.sql("""
                update person set code = :code, full_name = :name, folded_name = :folded, given_key = :givenKey, name_key = :nameKey,
                       birth_date = :birth,
                       gender = :gender, ethnicity = :ethnicity, citizen_id = :cid, party_member = :party,
                       party_joined_on = :partyOn, version = version + 1, updated_at = :now
                where id = :id and version = :version
                """)
                .param("code", d.code()).param("name", d.fullName()).param("folded", VietnameseText.fold(d.fullName()))
                .param("givenKey", VietnameseOrder.givenNameKey(d.fullName())).param("nameKey", VietnameseOrder.fullNameKey(d.fullName()))
                .param("birth", d.birthDate()).param("gender", d.gender().name()).param("ethnicity", d.ethnicity())
                .param("cid", d.citizenId()).param("party", d.partyMember()).param("partyOn", d.partyJoinedOn())
                .param("now", Timestamp.valueOf(now)).param("id", id).param("version", version)
                .update() == 1;
    }

    long insertAssignment(long personId, NewAssignment a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assignment (person_id, unit_id, category, title_code, started_on, start_reason, kind, decision, version)
                values (:p, :unit, :category, :title, :from, :reason, :kind, :decision, 0)
                """)
                .param("p", personId).param("unit", a.unitId().value()).param("category", a.category().name())
                .param("title", a.titleCode()).param("from", a.startedOn()).param("reason", a.reason().name())
                .param("kind", a.kind().name()).param("decision", a.decision())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean endAssignment(long assignmentId, int version, LocalDate endedOn, AssignmentReason reason) {
        return jdbc.sql("""
                update assignment set ended_on = :to, end_reason = :reason, version = version + 1
                where id = :id and version = :version
                """)
                .param("to", endedOn).param("reason", reason.name()).param("id", assignmentId).param("version", version)
                .update() == 1;
    }

    /** Moves a post's start to an earlier date (an older list shows it held before). */
    boolean moveAssignmentStart(long assignmentId, int version, LocalDate startedOn) {
        return jdbc.sql("update assignment set started_on = :from, version = version + 1 where id = :id and version = :version")
                .param("from", startedOn).param("id", assignmentId).param("version", version).update() == 1;
    }

    /** A post that started and ended in the past, written whole. */
    long insertPastAssignment(long personId, NewAssignment a, LocalDate endedOn, AssignmentReason endReason) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into assignment (person_id, unit_id, category, title_code, started_on, start_reason, ended_on, end_reason,
                                        kind, decision, version)
                values (:p, :unit, :category, :title, :from, :reason, :to, :endReason, :kind, :decision, 0)
                """)
                .param("p", personId).param("unit", a.unitId().value()).param("category", a.category().name())
                .param("title", a.titleCode()).param("from", a.startedOn()).param("reason", a.reason().name())
                .param("to", endedOn).param("endReason", endReason.name()).param("kind", a.kind().name()).param("decision", a.decision())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The latest yearly list each of these persons appeared on; persons never on a dated list are absent. */
    Map<String, LocalDate> listedOn(Collection<String> codes) {
        Map<String, LocalDate> listed = new HashMap<>();
        if (codes.isEmpty()) {
            return listed;
        }
        jdbc.sql("select code, listed_on from person where code in (:codes) and listed_on is not null")
                .param("codes", List.copyOf(codes))
                .query(rs -> {
                    listed.put(rs.getString("code"), rs.getDate("listed_on").toLocalDate());
                });
        return listed;
    }

    /** Records that these persons appeared on the list of {@code on}, where it is the latest they appeared on. */
    void markListed(Collection<String> codes, LocalDate on) {
        if (!codes.isEmpty()) {
            jdbc.sql("update person set listed_on = :on where code in (:codes) and (listed_on is null or listed_on < :on)")
                    .param("on", on).param("codes", List.copyOf(codes)).update();
        }
    }

    long insertYearlyList(LocalDate asOf, String fileName, boolean complete, int rows, String by, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into yearly_list (as_of, file_name, complete, row_count, imported_by, imported_at)
                values (:asOf, :file, :complete, :rows, :by, :at)
                """).param("asOf", asOf).param("file", truncate(fileName, 255)).param("complete", complete).param("rows", rows)
                .param("by", truncate(by, 100)).param("at", Timestamp.valueOf(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<LocalDate> earliestYearlyList() {
        return jdbc.sql("select min(as_of) from yearly_list").query(LocalDate.class).optional();
    }

    /** Code → id of the persons holding a post on {@code on} in one of these units (exactly these, not below). */
    Map<String, Long> holdingPostIn(Collection<Long> unitIds, LocalDate on) {
        Map<String, Long> holders = new HashMap<>();
        List<Long> all = List.copyOf(unitIds);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql("""
                    select p.code, p.id from assignment a join person p on p.id = a.person_id
                    where a.unit_id in (:units) and a.kind = 'CHINH' and a.started_on <= :on and (a.ended_on is null or a.ended_on >= :on)
                    """).param("units", all.subList(from, Math.min(all.size(), from + 500))).param("on", on)
                    .query(rs -> {
                        holders.put(rs.getString("code"), rs.getLong("id"));
                    });
        }
        return holders;
    }

    long insertQualification(long personId, QualificationDetails q) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into qualification (person_id, dimension, level_code, level_rank, field_of_study, institution,
                                           acquired_on, evidence, version)
                values (:p, :dim, :code, :rank, :field, :inst, :on, :evidence, 0)
                """)
                .param("p", personId).param("dim", q.dimension().name()).param("code", q.level().code())
                .param("rank", q.level().rank()).param("field", q.fieldOfStudy()).param("inst", q.institution())
                .param("on", q.acquiredOn()).param("evidence", q.evidence())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateQualification(long id, int version, QualificationDetails q) {
        return jdbc.sql("""
                update qualification set dimension = :dim, level_code = :code, level_rank = :rank, field_of_study = :field,
                       institution = :inst, acquired_on = :on, evidence = :evidence, version = version + 1
                where id = :id and version = :version
                """)
                .param("dim", q.dimension().name()).param("code", q.level().code()).param("rank", q.level().rank())
                .param("field", q.fieldOfStudy()).param("inst", q.institution()).param("on", q.acquiredOn())
                .param("evidence", q.evidence()).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean deleteQualification(long id, int version) {
        return jdbc.sql("delete from qualification where id = :id and version = :version")
                .param("id", id).param("version", version).update() == 1;
    }

    long countPeople() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    // ---- mapping --------------------------------------------------------------------------------

    private record PersonRow(long id, String code, String fullName, LocalDate birthDate, Gender gender,
            String ethnicity, String citizenId, boolean partyMember, LocalDate partyJoinedOn, int version) {
    }

    private static PersonRow mapPerson(ResultSet rs, int row) throws SQLException {
        return new PersonRow(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                rs.getDate("birth_date").toLocalDate(), Gender.valueOf(rs.getString("gender")), rs.getString("ethnicity"),
                rs.getString("citizen_id"), rs.getBoolean("party_member"), localDate(rs, "party_joined_on"),
                rs.getInt("version"));
    }

    private static Assignment mapAssignment(ResultSet rs) throws SQLException {
        return new Assignment(rs.getLong("id"), new UnitId(rs.getLong("unit_id")), rs.getString("unit_code"),
                rs.getString("unit_name"), StaffCategory.valueOf(rs.getString("category")), rs.getString("title_code"),
                rs.getDate("started_on").toLocalDate(), localDate(rs, "ended_on"),
                AssignmentReason.valueOf(rs.getString("start_reason")), reason(rs.getString("end_reason")), rs.getInt("version"),
                PostKind.valueOf(rs.getString("kind")), rs.getString("decision"));
    }

    private static Qualification mapQualification(ResultSet rs) throws SQLException {
        Dimension dimension = Dimension.valueOf(rs.getString("dimension"));
        return new Qualification(rs.getLong("id"), dimension, dimension.level(rs.getString("level_code")),
                rs.getString("field_of_study"), rs.getString("institution"), localDate(rs, "acquired_on"),
                rs.getString("evidence"), rs.getInt("version"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static AssignmentReason reason(String value) {
        return value == null ? null : AssignmentReason.valueOf(value);
    }

}
