package vn.chuan.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.Qualification;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.IdSet;
import vn.chuan.shared.MultiRowInsert;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.VietnameseText;
import vn.chuan.standards.DatedVerdict;
import vn.chuan.standards.Standards;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.UnitLevel;

/**
 * What reports on past dates count from ({@code report_history}): every post of every person with
 * its holder's attributes and, per dimension, the date each rank was first held. Counting as of a
 * date is then one scan and one GROUP BY, without aggregating the qualifications person by person
 * (which alone took ten seconds for three million persons).
 */
@Component
class ReportHistory {

    /** A qualification whose date is unknown counts for every date. */
    static final LocalDate UNKNOWN = LocalDate.of(1900, 1, 1);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Standards standards;
    private final ReportYearEnds yearEnds;

    ReportHistory(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Standards standards, ReportYearEnds yearEnds) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.standards = standards;
        this.yearEnds = yearEnds;
    }

    private static String column(Dimension dimension, int rank) {
        return dimension.key() + "_" + rank;
    }

    /** The rank columns: per dimension and rank from 1, the day it was first reached. */
    static final List<String> REACHED;
    /** Where each dimension's rank is among {@link #REACHED}: [dimension ordinal][rank], rank 1 and up. */
    private static final int[][] REACHED_AT = new int[Dimension.values().length][];
    private static final String INTO;
    private static final String ROW;

    static {
        List<String> reached = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            REACHED_AT[dimension.ordinal()] = new int[dimension.levels().size()];
            for (int rank = 1; rank < dimension.levels().size(); rank++) {
                REACHED_AT[dimension.ordinal()][rank] = reached.size();
                reached.add(column(dimension, rank));
            }
        }
        REACHED = List.copyOf(reached);
        List<String> columns = new ArrayList<>(List.of("person_id", "started_on", "ended_on", "unit_id", "unit_path", "unit_level",
                "category", "title_code", "gender", "party_member", "minority", "ethnicity", "birth_date", "field_of_study", "principal",
                "has_concurrent"));
        columns.addAll(REACHED);
        INTO = "insert into report_history (" + String.join(", ", columns) + ")";
        ROW = "(" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    /** A row to insert: a post and its holder. */
    private record Row(PersonRecord person, Assignment post, Unit unit, LocalDate[] reached, boolean hasConcurrent) {
    }

    /**
     * Replaces the rows of these persons with their posts as recorded now, and their verdicts of the past with those the
     * sets judge from them ({@code created}: they have none yet).
     */
    void replace(Collection<Long> personIds, List<PersonRecord> records, Map<UnitId, Unit> units, boolean created) {
        if (!created) {
            IdSet ids = IdSet.of(personIds);
            yearEnds.subtractStored(ids);
            ids.bind(jdbc.sql("delete from report_history where " + ids.condition("person_id"))).update();
            ids.bind(jdbc.sql("delete from report_verdict where " + ids.condition("person_id"))).update();
        }
        List<ReportYearEnds.Stretch> stretches = replaceVerdicts(records, units);
        List<Row> rows = new ArrayList<>();
        for (PersonRecord person : records) {
            LocalDate[] reached = reached(person.qualifications());
            boolean concurrent = person.assignments().stream().anyMatch(a -> !a.isPrincipal());
            for (Assignment post : person.assignments()) {
                Unit unit = units.get(post.unitId());
                // Every post, flagged: dated headcounts count a person once, by the principal post; the dated
                // standards judge the concurrent ones too.
                if (unit != null) {
                    rows.add(new Row(person, post, unit, reached, concurrent));
                }
            }
        }
        MultiRowInsert.insert(batch.getJdbcTemplate(), INTO, ROW, rows, (parameters, row) -> {
            parameters.setLong(row.person().id().value()).setDate(row.post().startedOn()).setDate(row.post().endedOn())
                    .setLong(row.unit().id().value()).setString(row.unit().path()).setString(row.unit().level().name())
                    .setString(row.post().category().name()).setString(row.post().titleCode())
                    .setString(row.person().gender().name()).setBoolean(row.person().partyMember())
                    .setBoolean(Ethnicity.isMinority(row.person().ethnicity()))
                    .setString(row.person().ethnicity() == null ? "" : row.person().ethnicity()).setDate(row.person().birthDate())
                    .setString(fieldOfStudy(row.person())).setBoolean(row.post().isPrincipal()).setBoolean(row.hasConcurrent());
            for (LocalDate on : row.reached()) {
                parameters.setDate(on);
            }
        });
        yearEnds.add(rows.stream().filter(row -> row.post().isPrincipal()).map(row -> new ReportYearEnds.HeldPost(row.unit().id().value(),
                row.unit().path(), row.unit().level().name(), row.post().category().name(), row.post().titleCode(),
                row.person().gender() == Gender.NU, row.person().partyMember(), Ethnicity.isMinority(row.person().ethnicity()),
                row.person().ethnicity() == null ? "" : row.person().ethnicity(), row.person().birthDate(), row.post().startedOn(),
                row.post().endedOn(), row.reached())).toList(), stretches);
    }

    /** A principal post's stretch of one verdict, with where the post was. */
    private record VerdictRow(long personId, DatedVerdict verdict, Unit unit) {
    }

    private List<ReportYearEnds.Stretch> replaceVerdicts(List<PersonRecord> records, Map<UnitId, Unit> units) {
        List<VerdictRow> rows = new ArrayList<>();
        Function<UnitId, Boolean> difficultArea = unitId -> units.containsKey(unitId) && units.get(unitId).difficultArea();
        for (PersonRecord person : records) {
            for (DatedVerdict verdict : standards.datedVerdicts(person, difficultArea)) {
                Unit unit = units.get(verdict.post().unitId());
                if (unit != null) {
                    rows.add(new VerdictRow(person.id().value(), verdict, unit));
                }
            }
        }
        MultiRowInsert.insert(batch.getJdbcTemplate(), """
                insert into report_verdict (person_id, valid_from, valid_to, unit_id, unit_path, unit_level, category, title_code,
                                            verdict, gap_codes)
                """, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, (parameters, row) -> {
            DatedVerdict v = row.verdict();
            parameters.setLong(row.personId()).setDate(v.from()).setDate(v.to()).setLong(row.unit().id().value())
                    .setString(row.unit().path()).setString(row.unit().level().name()).setString(v.post().category().name())
                    .setString(v.post().titleCode()).setString(v.verdict().name()).setString(String.join(",", v.gapCodes()));
        });
        return rows.stream().map(row -> new ReportYearEnds.Stretch(row.unit().id().value(), row.unit().path(), row.unit().level().name(),
                row.verdict().post().category().name(), row.verdict().verdict().name(), String.join(",", row.verdict().gapCodes()),
                row.verdict().from(), row.verdict().to())).toList();
    }

    /** The field of the highest professional qualification, folded (what a field-of-study criterion matches). */
    private static String fieldOfStudy(PersonRecord person) {
        return person.qualifications().stream().filter(q -> q.dimension() == Dimension.PROFESSIONAL)
                .max(Comparator.comparingInt((Qualification q) -> q.level().rank()).thenComparing(q -> q.fieldOfStudy() != null))
                .map(Qualification::fieldOfStudy).map(VietnameseText::fold).orElse(null);
    }

    /** Per dimension and rank, the first date the person held that rank or above (null: never). */
    /** The day each level of each dimension was first reached (the columns of {@link #REACHED}, in order; null: never). */
    private static LocalDate[] reached(List<Qualification> qualifications) {
        LocalDate[] reached = new LocalDate[REACHED.size()];
        for (Qualification q : qualifications) {
            LocalDate on = q.acquiredOn() == null ? UNKNOWN : q.acquiredOn();
            int[] at = REACHED_AT[q.dimension().ordinal()];
            for (int rank = 1; rank <= q.level().rank(); rank++) {
                if (reached[at[rank]] == null || on.isBefore(reached[at[rank]])) {
                    reached[at[rank]] = on;
                }
            }
        }
        return reached;
    }

    /**
     * The standards verdicts of the persons holding a principal post on {@code date} under the path prefix, as the set in
     * force that day judged what they held then ({@code report_verdict}), counted per unit and category as
     * facts: {@code V:<verdict>} and {@code THIEU:<criterion>}. One scan; the rows of one verdict and the same unmet
     * criteria are counted together, then spread over the criteria here.
     */
    List<FactGroup> verdicts(String pathPrefix, Attribution attribution, LocalDate date) {
        if (attribution == null && yearEnds.keeps(date)) {
            return yearEnds.verdicts(pathPrefix, date);
        }
        return scanVerdicts(pathPrefix, attribution, date);
    }

    /** {@link #verdicts} counted from the stretches, even on a kept year end. */
    List<FactGroup> scanVerdicts(String pathPrefix, Attribution attribution, LocalDate date) {
        Map<String, Object> params = new HashMap<>();
        params.put("d", date);
        params.put("prefix", pathPrefix);
        String sql = """
                select unit_id, unit_level, category, verdict, gap_codes, count(*) as posts from report_verdict
                where valid_from <= :d and (valid_to is null or valid_to >= :d) and unit_path like :prefix %s
                group by unit_id, unit_level, category, verdict, gap_codes
                """.formatted(attributed(attribution, "report_verdict", params));
        return factGroups(jdbc.sql(sql).params(params));
    }

    /** The rows of a query of {@code unit_id, unit_level, category, verdict, gap_codes, posts} as one group per unit and category. */
    static List<FactGroup> factGroups(JdbcClient.StatementSpec query) {
        Map<List<Object>, FactGroup> groups = new LinkedHashMap<>();
        query.query(rs -> {
            FactGroup group = groups.computeIfAbsent(Arrays.asList(rs.getLong("unit_id"), rs.getString("unit_level"),
                    rs.getString("category")), key -> new FactGroup((Long) key.get(0), UnitLevel.valueOf((String) key.get(1)),
                    StaffCategory.valueOf((String) key.get(2)), new HashMap<>()));
            countVerdict(group, rs.getString("verdict"), rs.getString("gap_codes"), rs.getLong("posts"));
        });
        return List.copyOf(groups.values());
    }

    /** Counts posts of one verdict with these unmet criteria (comma-separated) as facts of the group. */
    private static void countVerdict(FactGroup group, String verdict, String gapCodes, long posts) {
        group.add(Profile.VERDICT + verdict, posts);
        for (String code : gapCodes.split(",")) {
            if (!code.isEmpty()) {
                group.add(Profile.UNMET + code, posts);
            }
        }
    }

    /**
     * The people of a unit split in part who belong to one successor's past: those whose first post
     * after the split ({@code from}) was under {@code successorPrefix}.
     */
    record Attribution(LocalDate from, String successorPrefix) {
    }

    static String attributed(Attribution attribution, String table, Map<String, Object> params) {
        if (attribution == null) {
            return "";
        }
        params.put("attrFrom", attribution.from());
        params.put("attrPrefix", attribution.successorPrefix());
        return """
                and exists (select 1 from report_history f where f.person_id = %1$s.person_id and f.principal and f.unit_path like :attrPrefix
                            and f.started_on = (select min(g.started_on) from report_history g
                                                where g.person_id = %1$s.person_id and g.principal and g.started_on >= :attrFrom))
                """.formatted(table);
    }

    /** The posts of one unit and category with how many hold each fact. */
    record FactGroup(long unitId, UnitLevel unitLevel, StaffCategory category, Map<String, Long> counts) {

        void add(String fact, long count) {
            if (count > 0) {
                counts.merge(fact, count, Long::sum);
            }
        }
    }

    /** Empties the dated rows and the kept year ends, to be rebuilt as of {@code today}. */
    void clear(LocalDate today) {
        jdbc.sql("delete from report_history").update();
        jdbc.sql("delete from report_verdict").update();
        yearEnds.reset(today);
    }

    /** The year ends that turned since the day {@code since}, counted and kept. */
    void keepYearEndsPassed(LocalDate since, LocalDate today) {
        yearEnds.addPassed(since, today);
    }

    /**
     * The holders of posts in one unit, of one category, on the date; {@code labels}: how many of them hold each title or
     * belong to each ethnic group (as the facts {@link Profile#TITLE} and {@link Profile#ETHNICITY} name them), when asked.
     */
    record Group(long unitId, UnitLevel unitLevel, StaffCategory category, Map<String, Long> labels, long people, long women,
            long partyMembers, long minority, long[] ageBands, Map<Dimension, long[]> levels) {
    }

    /**
     * Who held a post on {@code date} under the path prefix, counted per unit and category (and
     * title), with the levels of these dimensions only. An age band starts at each of {@code bandStarts},
     * plus one below the first. Each row is asked one plain comparison per column: how many were at least
     * so old, or had reached at least this rank, by {@code date}; the bands and ranks are the differences
     * of neighbours (a rank's first date is never before the next rank's, {@link #reached}). Two-sided
     * conditions per band and rank made the scan of 3.000.000 posts 1,4 times as long. A kept year end
     * ({@link ReportYearEnds}) is read instead, unless the people of a split unit are attributed to a successor.
     */
    List<Group> count(String pathPrefix, Attribution attribution, LocalDate date, Set<Dimension> dimensions, boolean byTitle,
            boolean byEthnicity, List<Integer> bandStarts) {
        if (attribution == null && bandStarts.equals(ReportYearEnds.AGE_BAND_STARTS) && yearEnds.keeps(date)) {
            return yearEnds.count(pathPrefix, date, dimensions, byTitle, byEthnicity);
        }
        return scan(pathPrefix, attribution, date, dimensions, byTitle, byEthnicity, bandStarts);
    }

    /** {@link #count} from the posts, even on a kept year end: one scan and one GROUP BY. */
    List<Group> scan(String pathPrefix, Attribution attribution, LocalDate date, Set<Dimension> dimensions, boolean byTitle,
            boolean byEthnicity, List<Integer> bandStarts) {
        Map<String, Object> params = new HashMap<>();
        params.put("prefix", pathPrefix);
        String keys = "unit_id, unit_level, category" + (byTitle ? ", title_code" : "") + (byEthnicity ? ", ethnicity" : "");
        String sql = "select " + keys + ", " + cumulativeCounts(date, bandStarts, dimensions, params)
                + " from report_history where " + HELD + " and unit_path like :prefix "
                + attributed(attribution, "report_history", params) + " group by " + keys;
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            Map<String, Long> labels = new HashMap<>();
            if (byTitle) {
                labels.put(Profile.TITLE + rs.getString("title_code"), rs.getLong("people"));
            }
            if (byEthnicity && !rs.getString("ethnicity").isEmpty()) {
                labels.put(Profile.ETHNICITY + rs.getString("ethnicity"), rs.getLong("people"));
            }
            return group(rs, labels, bandStarts, dimensions);
        }).list();
    }

    /** The principal posts held on {@code :d}. */
    static final String HELD = "principal and started_on <= :d and (ended_on is null or ended_on >= :d)";

    /**
     * The select list of the cumulative counts {@link #group} reads, over the rows of {@code report_history} on
     * {@code date} (its parameters put in {@code params}): how many, with a birth date, women, party members, of a minority,
     * at least each band's age ({@code aged_<a>}: born on or before the date minus a years), and per rank column of these
     * dimensions how many had reached it by then.
     */
    static String cumulativeCounts(LocalDate date, List<Integer> bandStarts, Collection<Dimension> dimensions, Map<String, Object> params) {
        params.put("d", date);
        StringBuilder counts = new StringBuilder("""
                count(*) as people, count(birth_date) as born, count(*) filter (where gender = 'NU') as women,
                count(*) filter (where party_member) as party, count(*) filter (where minority) as minority""");
        for (int i = 0; i < bandStarts.size(); i++) {
            counts.append(", count(*) filter (where birth_date <= :b").append(i).append(") as aged_").append(bandStarts.get(i));
            params.put("b" + i, date.minusYears(bandStarts.get(i)));
        }
        for (Dimension dimension : dimensions) {
            for (int rank = 1; rank < dimension.levels().size(); rank++) {
                counts.append(", count(*) filter (where ").append(column(dimension, rank)).append(" <= :d) as ").append(column(dimension, rank));
            }
        }
        return counts.toString();
    }

    /**
     * A group from a row of cumulative counts ({@code people}, {@code born}, {@code women}, {@code party}, {@code minority};
     * {@code aged_<a>}: at least a years old; per rank column, how many had reached it): the age bands and the levels of
     * these dimensions are the differences of neighbours.
     */
    static Group group(ResultSet rs, Map<String, Long> labels, List<Integer> bandStarts, Set<Dimension> dimensions) throws SQLException {
        long people = rs.getLong("people");
        long[] bands = new long[bandStarts.size() + 1];
        long younger = rs.getLong("born");
        for (int i = 0; i < bandStarts.size(); i++) {
            long aged = rs.getLong("aged_" + bandStarts.get(i));
            bands[i] = younger - aged;
            younger = aged;
        }
        bands[bandStarts.size()] = younger;
        Map<Dimension, long[]> levels = new EnumMap<>(Dimension.class);
        for (Dimension dimension : dimensions) {
            long[] byRank = new long[dimension.levels().size()];
            long below = people;
            for (int rank = 1; rank < byRank.length; rank++) {
                long reached = rs.getLong(column(dimension, rank));
                byRank[rank - 1] = below - reached;
                below = reached;
            }
            byRank[byRank.length - 1] = below;
            levels.put(dimension, byRank);
        }
        return new Group(rs.getLong("unit_id"), UnitLevel.valueOf(rs.getString("unit_level")), StaffCategory.valueOf(rs.getString("category")),
                labels, people, rs.getLong("women"), rs.getLong("party"), rs.getLong("minority"), bands, levels);
    }
}
