package vn.chuan.due;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.chuan.evaluation.DisciplineForm;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PostKind;

/**
 * The few columns each rule of {@link DueRules} reads. The people holding a principal post in the subtree are read once
 * (person and unit ids); every other query reads one table narrowed by the dates that can fall in the period and is
 * matched with them in memory. Joining each table to the posts, units and persons in SQL cost a nested loop over the
 * whole province per query (2.5 s for a province of 100,000 on PostgreSQL, most of it in the joins and their JIT).
 * Each rule's query takes {@code only}: null for everyone, else the few people (at most a thousand) whose records changed
 * since a result was computed, so that the result is brought up to date for them alone.
 */
@Repository
class DueRepository {

    /** Where the people are: the subtree asked for, the user's scope, the day their posts are held. */
    record Where(String prefix, String scope, LocalDate today) {
    }

    record Born(long personId, LocalDate birthDate, Gender gender) {
    }

    /** The salary step held now (the latest recorded). */
    record LatestStep(long personId, long id, String rankCode, int step, int overCeilingPercent, LocalDate effectiveOn) {
    }

    /** A post held today that began by appointment or election. */
    record TermPost(long personId, String titleCode, LocalDate startedOn, AssignmentReason reason) {
    }

    /** The first post, taken by recruitment, and the professional level (rank) held when it began. */
    record Recruited(long personId, LocalDate startedOn, int professionalRank) {
    }

    /** A post held today whose recorded end falls in the period. */
    record PostEnd(long personId, String titleCode, PostKind kind, LocalDate endedOn, String decision) {
    }

    /** A discipline with the months it runs (null: the law's). */
    record DisciplineTerm(long personId, DisciplineForm form, String decision, LocalDate decidedOn, Integer months) {
    }

    /** An award as an early raise names it: its form and decision. */
    record Award(long personId, LocalDate decidedOn, String text) {
    }

    private final JdbcClient jdbc;

    DueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Person id → unit id of the principal post held today under the prefix and within the scope (the first, if two). */
    Map<Long, Long> holders(Where where, Collection<Long> only) {
        Map<Long, Long> held = new HashMap<>();
        sql("""
                        select a.person_id, a.unit_id from assignment a join unit u on u.id = a.unit_id
                        where a.kind = 'CHINH' and a.started_on <= :today and (a.ended_on is null or a.ended_on >= :today)
                          and u.path like :prefix and u.path like :scope
                        """, "a.person_id", only).param("prefix", where.prefix()).param("scope", where.scope()).param("today", where.today())
                .query(rs -> {
                    held.putIfAbsent(rs.getLong(1), rs.getLong(2));
                });
        return held;
    }

    /** Code and name of these people. */
    Map<Long, String[]> names(List<Long> personIds) {
        Map<Long, String[]> names = new HashMap<>();
        for (int start = 0; start < personIds.size(); start += 1000) {
            jdbc.sql("select id, code, full_name from person where id in (:ids)")
                    .param("ids", personIds.subList(start, Math.min(personIds.size(), start + 1000)))
                    .query(rs -> {
                        names.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                    });
        }
        return names;
    }

    /** Born between the bounds (exclusive, inclusive) of each gender: those whose last day of service can fall in the period. */
    List<Born> bornBetween(LocalDate menAfter, LocalDate menUpTo, LocalDate womenAfter, LocalDate womenUpTo, Collection<Long> only) {
        return sql("""
                        select id, birth_date, gender from person
                        where ((gender = 'NAM' and birth_date > :menAfter and birth_date <= :menUpTo)
                           or ((gender is null or gender <> 'NAM') and birth_date > :womenAfter and birth_date <= :womenUpTo))
                        """, "id", only).param("menAfter", menAfter).param("menUpTo", menUpTo).param("womenAfter", womenAfter)
                .param("womenUpTo", womenUpTo)
                .query((rs, n) -> new Born(rs.getLong("id"), rs.getObject("birth_date", LocalDate.class), gender(rs.getString("gender"))))
                .list();
    }

    /**
     * The latest salary step of each person whose latest began on or after {@code since}: any later step of theirs began
     * later still, so the latest of these rows is the person's latest. (Narrowing the rows further, to the windows each
     * interval allows, with a correlated check for a later step, measured no faster on PostgreSQL: the anti-join then
     * reads the whole table anyway.)
     */
    Map<Long, LatestStep> latestStepsSince(LocalDate since, Collection<Long> only) {
        Map<Long, LatestStep> latest = new HashMap<>();
        sql("select person_id, id, rank_code, step, over_ceiling_percent, effective_on from salary_step where effective_on >= :since",
                "person_id", only).param("since", since).query(DueRepository::step).list()
                .forEach(s -> latest.merge(s.personId(), s, DueRepository::later));
        return latest;
    }

    /** The latest salary step of these people (few: those a discipline or a bad year may have put off, those retiring). */
    Map<Long, LatestStep> latestStepsOf(List<Long> personIds) {
        Map<Long, LatestStep> latest = new HashMap<>();
        for (int start = 0; start < personIds.size(); start += 1000) {
            jdbc.sql("select person_id, id, rank_code, step, over_ceiling_percent, effective_on from salary_step where person_id in (:ids)")
                    .param("ids", personIds.subList(start, Math.min(personIds.size(), start + 1000)))
                    .query(DueRepository::step).list().forEach(s -> latest.merge(s.personId(), s, DueRepository::later));
        }
        return latest;
    }

    /** Every discipline (a small table): what puts a raise off, and when the bar it sets ends. */
    List<DisciplineTerm> disciplines(Collection<Long> only) {
        return sql("select person_id, form, decision_number, decided_on, duration_months from discipline where person_id is not null",
                "person_id", only).query((rs, n) -> new DisciplineTerm(rs.getLong("person_id"), DisciplineForm.valueOf(rs.getString("form")),
                        rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class), rs.getObject("duration_months", Integer.class)))
                .list();
    }

    /** The years graded "not completed" (KHT), each as its 31 December, by person. */
    Map<Long, List<LocalDate>> yearsNotCompleted(Collection<Long> only) {
        return sql("select person_id, eval_year from evaluation_grade where grade = 'KHT'", "person_id", only)
                .query((rs, n) -> Map.entry(rs.getLong("person_id"), LocalDate.of(rs.getInt("eval_year"), 12, 31))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Awards decided on or after {@code since}, with the form and the decision, by person. */
    Map<Long, List<Award>> awardsSince(LocalDate since, Collection<Long> only) {
        return sql("select person_id, decided_on, form || ' (' || decision_number || ')' as text from award where decided_on >= :since",
                "person_id", only).param("since", since)
                .query((rs, n) -> new Award(rs.getLong("person_id"), rs.getObject("decided_on", LocalDate.class), rs.getString("text")))
                .list().stream().collect(Collectors.groupingBy(Award::personId));
    }

    /** Posts held today that began by appointment or election between the bounds. */
    List<TermPost> termPosts(LocalDate today, LocalDate startedFrom, LocalDate startedTo, Collection<Long> only) {
        return sql("""
                        select person_id, title_code, started_on, start_reason from assignment
                        where start_reason in ('BO_NHIEM', 'BAU_CU') and started_on between :startedFrom and :startedTo
                          and started_on <= :today and (ended_on is null or ended_on >= :today)
                        """, "person_id", only).param("startedFrom", startedFrom).param("startedTo", startedTo).param("today", today)
                .query((rs, n) -> new TermPost(rs.getLong("person_id"), rs.getString("title_code"), rs.getObject("started_on", LocalDate.class),
                        AssignmentReason.valueOf(rs.getString("start_reason"))))
                .list();
    }

    /** People whose first post began by recruitment between the bounds, with the professional level held then. */
    List<Recruited> recruitedBetween(LocalDate startedFrom, LocalDate startedTo, Collection<Long> only) {
        return sql("""
                        select f.person_id, f.started_on,
                               (select max(q.level_rank) from qualification q where q.person_id = f.person_id and q.dimension = 'PROFESSIONAL'
                                   and (q.acquired_on is null or q.acquired_on <= f.started_on)) as professional
                        from assignment f
                        where f.start_reason = 'TUYEN_DUNG' and f.started_on between :startedFrom and :startedTo
                          and not exists (select 1 from assignment e where e.person_id = f.person_id and e.started_on < f.started_on)
                        """, "f.person_id", only).param("startedFrom", startedFrom).param("startedTo", startedTo)
                .query((rs, n) -> new Recruited(rs.getLong("person_id"), rs.getObject("started_on", LocalDate.class), rs.getInt("professional")))
                .list();
    }

    /** Posts held today (begun, not ended) whose end date lies between the bounds. */
    List<PostEnd> postsEnding(LocalDate today, LocalDate from, LocalDate to, Collection<Long> only) {
        return sql("""
                        select person_id, title_code, kind, ended_on, decision from assignment
                        where ended_on between :from and :to and ended_on >= :today and started_on <= :today
                        """, "person_id", only).param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> new PostEnd(rs.getLong("person_id"), rs.getString("title_code"), PostKind.valueOf(rs.getString("kind")),
                        rs.getObject("ended_on", LocalDate.class), rs.getString("decision")))
                .list();
    }

    /** Those whose verdict today is "below standard". */
    List<Long> belowStandard(Collection<Long> only) {
        return sql("select person_id from person_standing where verdict = 'CHUA_DAT'", "person_id", only).query(Long.class).list();
    }

    /** The statement (whose last clause is its {@code where}) for everyone, or for {@code only} these people. */
    private JdbcClient.StatementSpec sql(String sql, String personColumn, Collection<Long> only) {
        return only == null ? jdbc.sql(sql) : jdbc.sql(sql.stripTrailing() + " and " + personColumn + " in (:only)").param("only", only);
    }

    private static LatestStep step(ResultSet rs, int row) throws SQLException {
        return new LatestStep(rs.getLong("person_id"), rs.getLong("id"), rs.getString("rank_code"), rs.getInt("step"),
                rs.getInt("over_ceiling_percent"), rs.getObject("effective_on", LocalDate.class));
    }

    /** The later of two steps: by the day it took effect, then by the order they were recorded. */
    private static LatestStep later(LatestStep a, LatestStep b) {
        int byDay = a.effectiveOn().compareTo(b.effectiveOn());
        return byDay > 0 || byDay == 0 && a.id() > b.id() ? a : b;
    }

    private static Gender gender(String code) {
        return code == null ? null : Gender.valueOf(code);
    }
}
