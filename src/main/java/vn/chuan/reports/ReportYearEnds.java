package vn.chuan.reports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.IdSet;
import vn.chuan.shared.MultiRowInsert;
import vn.chuan.shared.PerTransaction;

/**
 * The past year ends kept counted ({@code report_year_end*}): for the 31 December of each kept year, per post unit and
 * category, what a past date's form counts from {@code report_history} and {@code report_verdict} — the holders of
 * principal posts, their age bands and ranks, titles, ethnic groups and verdicts. A form as of a kept year end reads
 * these rows instead of grouping every post (3,7 s for the country at 3.000.000 posts). Kept like today's tallies: the
 * persons re-written in a transaction add the difference of their new and old rows, once, just before it commits.
 */
@Component
class ReportYearEnds {

    /** The age bands' lower bounds after the first, in whole years, as the columns {@code aged_<a>} keep them. */
    static final List<Integer> AGE_BAND_STARTS = List.of(30, 41, 51, 61);

    /** The counters of a row, in the order of {@link #COUNTERS}: then the ranks, in the order of {@link ReportHistory#REACHED}. */
    private static final int PEOPLE = 0;
    private static final int BORN = 1;
    private static final int WOMEN = 2;
    private static final int PARTY = 3;
    private static final int MINORITY = 4;
    private static final int AGED = 5;
    private static final int RANKS = AGED + AGE_BAND_STARTS.size();
    private static final List<String> COUNTERS;

    static {
        List<String> counters = new ArrayList<>(List.of("people", "born", "women", "party", "minority"));
        AGE_BAND_STARTS.forEach(a -> counters.add("aged_" + a));
        counters.addAll(ReportHistory.REACHED);
        COUNTERS = List.copyOf(counters);
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final int firstYear;

    /** {@code firstYear}: the first year end kept, by default the first the dashboard's trend shows (2015). */
    ReportYearEnds(JdbcClient jdbc, JdbcTemplate batch, @Value("${chuan.reports.year-ends-from:2015}") int firstYear) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.firstYear = firstYear;
    }

    /** A principal post as a year end counts it. {@code reached}: per rank column, the day it was first reached (null: never). */
    record HeldPost(long unitId, String unitPath, String unitLevel, String category, String titleCode, boolean woman,
            boolean partyMember, boolean minority, String ethnicity, LocalDate birthDate, LocalDate startedOn, LocalDate endedOn,
            LocalDate[] reached) {

        boolean heldOn(LocalDate day) {
            return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
        }
    }

    /** A stretch of a post under one verdict and the same unmet criteria ({@code gapCodes}, comma-separated). */
    record Stretch(long unitId, String unitPath, String unitLevel, String category, String verdict, String gapCodes, LocalDate from,
            LocalDate to) {

        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    // ---- which year ends are kept ------------------------------------------------------------------

    List<LocalDate> kept() {
        return jdbc.sql("select as_of from report_year_end_state order by as_of").query(LocalDate.class).list();
    }

    boolean keeps(LocalDate day) {
        return jdbc.sql("select count(*) from report_year_end_state where as_of = :day").param("day", day).query(Long.class).single() > 0;
    }

    /** Empties the kept year ends, and keeps from now on those from {@code firstYear} to the last before {@code today} (filled by the rebuild). */
    void reset(LocalDate today) {
        jdbc.sql("delete from report_year_end").update();
        jdbc.sql("delete from report_year_end_label").update();
        jdbc.sql("delete from report_year_end_verdict").update();
        jdbc.sql("delete from report_year_end_state").update();
        for (int year = firstYear; year < today.getYear(); year++) {
            jdbc.sql("insert into report_year_end_state (as_of) values (:day)").param("day", LocalDate.of(year, 12, 31)).update();
        }
    }

    /**
     * Counts and keeps the year ends that passed since {@code since} until before {@code today}: the 31 December of a year
     * that has turned. One grouping of the dated rows as they are, inside the transaction that then re-assesses the day.
     */
    void addPassed(LocalDate since, LocalDate today) {
        Set<LocalDate> kept = new HashSet<>(kept());
        for (int year = since.getYear(); year < today.getYear(); year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            if (!kept.contains(yearEnd)) {
                count(yearEnd);
            }
        }
    }

    /** Counts one year end from the dated rows and keeps it. */
    void count(LocalDate yearEnd) {
        // The scan's own counts, all dimensions: their columns come in the order of COUNTERS.
        Map<String, Object> params = new HashMap<>();
        String counts = ReportHistory.cumulativeCounts(yearEnd, AGE_BAND_STARTS, EnumSet.allOf(Dimension.class), params);
        jdbc.sql("insert into report_year_end (as_of, unit_path, unit_level, category, unit_id, " + String.join(", ", COUNTERS)
                + ") select :d, unit_path, unit_level, category, unit_id, " + counts + " from report_history where " + ReportHistory.HELD
                + " group by unit_path, unit_level, category, unit_id").params(params).update();
        String held = "from report_history where " + ReportHistory.HELD;
        jdbc.sql("""
                insert into report_year_end_label (as_of, unit_path, unit_level, category, kind, label, unit_id, people)
                select :d, unit_path, unit_level, category, 'T', title_code, unit_id, count(*) %s
                group by unit_path, unit_level, category, title_code, unit_id
                """.formatted(held)).param("d", yearEnd).update();
        jdbc.sql("""
                insert into report_year_end_label (as_of, unit_path, unit_level, category, kind, label, unit_id, people)
                select :d, unit_path, unit_level, category, 'E', ethnicity, unit_id, count(*) %s and ethnicity <> ''
                group by unit_path, unit_level, category, ethnicity, unit_id
                """.formatted(held)).param("d", yearEnd).update();
        jdbc.sql("""
                insert into report_year_end_verdict (as_of, unit_path, unit_level, category, verdict, gap_codes, unit_id, posts)
                select :d, unit_path, unit_level, category, verdict, gap_codes, unit_id, count(*) from report_verdict
                where valid_from <= :d and (valid_to is null or valid_to >= :d)
                group by unit_path, unit_level, category, verdict, gap_codes, unit_id
                """).param("d", yearEnd).update();
        jdbc.sql("insert into report_year_end_state (as_of) values (:d)").param("d", yearEnd).update();
    }

    // ---- keeping them --------------------------------------------------------------------------

    /**
     * The rows these persons have before they are re-written, taken away from the kept year ends ({@code report_history}
     * and {@code report_verdict} are read before their delete).
     */
    void subtractStored(IdSet persons) {
        Changes changes = changes();
        if (changes.yearEnds.length == 0) {
            return;
        }
        LocalDate first = changes.yearEnds[0];
        LocalDate last = changes.yearEnds[changes.yearEnds.length - 1];
        persons.bind(jdbc.sql("""
                select unit_id, unit_path, unit_level, category, title_code, gender, party_member, minority, ethnicity, birth_date,
                       started_on, ended_on, %s
                from report_history where principal and %s and started_on <= :last and (ended_on is null or ended_on >= :first)
                """.formatted(String.join(", ", ReportHistory.REACHED), persons.condition("person_id"))))
                .param("first", first).param("last", last)
                .query(rs -> {
                    LocalDate[] reached = new LocalDate[ReportHistory.REACHED.size()];
                    for (int i = 0; i < reached.length; i++) {
                        reached[i] = rs.getObject(ReportHistory.REACHED.get(i), LocalDate.class);
                    }
                    changes.add(new HeldPost(rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("unit_level"),
                            rs.getString("category"), rs.getString("title_code"), "NU".equals(rs.getString("gender")),
                            rs.getBoolean("party_member"), rs.getBoolean("minority"), rs.getString("ethnicity"),
                            rs.getObject("birth_date", LocalDate.class), rs.getObject("started_on", LocalDate.class),
                            rs.getObject("ended_on", LocalDate.class), reached), -1);
                });
        persons.bind(jdbc.sql("""
                select unit_id, unit_path, unit_level, category, verdict, gap_codes, valid_from, valid_to from report_verdict
                where %s and valid_from <= :last and (valid_to is null or valid_to >= :first)
                """.formatted(persons.condition("person_id"))))
                .param("first", first).param("last", last)
                .query(rs -> {
                    changes.add(new Stretch(rs.getLong("unit_id"), rs.getString("unit_path"), rs.getString("unit_level"),
                            rs.getString("category"), rs.getString("verdict"), rs.getString("gap_codes"),
                            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)), -1);
                });
        flushOutsideTransaction(changes);
    }

    /** The rows written for persons, added to the kept year ends. */
    void add(List<HeldPost> posts, List<Stretch> stretches) {
        Changes changes = changes();
        if (changes.yearEnds.length == 0) {
            return;
        }
        posts.forEach(post -> changes.add(post, 1));
        stretches.forEach(stretch -> changes.add(stretch, 1));
        flushOutsideTransaction(changes);
    }

    private Changes changes() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Changes(kept());
        }
        return PerTransaction.value(Changes.class, () -> new Changes(kept()), changes -> new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                ReportYearEnds.this.flush(changes);
            }
        });
    }

    private void flushOutsideTransaction(Changes changes) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            flush(changes);
        }
    }

    /** The two key columns after the place of a label row (kind, label) or a verdict row (verdict, gap codes). */
    private record Keyed(String first, String second) {
    }

    /** Where rows are kept: a post unit and category. */
    private record Place(String unitPath, String unitLevel, String category, long unitId) {
    }

    /** The differences of one transaction: per place, per kept year end, the counters; labels and verdicts per place and key. */
    private static final class Changes {

        final LocalDate[] yearEnds;
        /** Per year end and age band, the latest birth date of those at least that old. */
        final LocalDate[][] bornBy;
        final Map<Place, long[][]> counts = new HashMap<>();
        final Map<Place, Map<Keyed, long[]>> labels = new HashMap<>();
        final Map<Place, Map<Keyed, long[]>> verdicts = new HashMap<>();

        Changes(List<LocalDate> kept) {
            yearEnds = kept.toArray(LocalDate[]::new);
            bornBy = new LocalDate[yearEnds.length][AGE_BAND_STARTS.size()];
            for (int y = 0; y < yearEnds.length; y++) {
                for (int a = 0; a < AGE_BAND_STARTS.size(); a++) {
                    bornBy[y][a] = yearEnds[y].minusYears(AGE_BAND_STARTS.get(a));
                }
            }
        }

        void add(HeldPost post, long sign) {
            Place place = new Place(post.unitPath(), post.unitLevel(), post.category(), post.unitId());
            long[][] counters = null;
            long[] title = null;
            long[] ethnicity = null;
            for (int y = 0; y < yearEnds.length; y++) {
                LocalDate day = yearEnds[y];
                if (!post.heldOn(day)) {
                    continue;
                }
                if (counters == null) {
                    counters = counts.computeIfAbsent(place, p -> new long[yearEnds.length][COUNTERS.size()]);
                    Map<Keyed, long[]> byLabel = labels.computeIfAbsent(place, p -> new HashMap<>());
                    title = byLabel.computeIfAbsent(new Keyed("T", post.titleCode()), k -> new long[yearEnds.length]);
                    if (post.ethnicity() != null && !post.ethnicity().isEmpty()) {
                        ethnicity = byLabel.computeIfAbsent(new Keyed("E", post.ethnicity()), k -> new long[yearEnds.length]);
                    }
                }
                long[] row = counters[y];
                row[PEOPLE] += sign;
                title[y] += sign;
                if (ethnicity != null) {
                    ethnicity[y] += sign;
                }
                if (post.woman()) {
                    row[WOMEN] += sign;
                }
                if (post.partyMember()) {
                    row[PARTY] += sign;
                }
                if (post.minority()) {
                    row[MINORITY] += sign;
                }
                if (post.birthDate() != null) {
                    row[BORN] += sign;
                    for (int a = 0; a < AGE_BAND_STARTS.size(); a++) {
                        if (!post.birthDate().isAfter(bornBy[y][a])) {
                            row[AGED + a] += sign;
                        }
                    }
                }
                LocalDate[] reached = post.reached();
                for (int r = 0; r < reached.length; r++) {
                    if (reached[r] != null && !reached[r].isAfter(day)) {
                        row[RANKS + r] += sign;
                    }
                }
            }
        }

        void add(Stretch stretch, long sign) {
            long[] byYear = null;
            for (int y = 0; y < yearEnds.length; y++) {
                if (stretch.covers(yearEnds[y])) {
                    if (byYear == null) {
                        byYear = verdicts.computeIfAbsent(new Place(stretch.unitPath(), stretch.unitLevel(), stretch.category(),
                                stretch.unitId()), p -> new HashMap<>()).computeIfAbsent(new Keyed(stretch.verdict(), stretch.gapCodes()),
                                k -> new long[yearEnds.length]);
                    }
                    byYear[y] += sign;
                }
            }
        }
    }

    /** A row of one of the tables to change: its key and what to add. */
    private record Change(LocalDate asOf, Place place, String first, String second, long[] add) {
    }

    private void flush(Changes changes) {
        List<Change> counts = new ArrayList<>();
        changes.counts.forEach((place, byYear) -> {
            for (int y = 0; y < byYear.length; y++) {
                if (Arrays.stream(byYear[y]).anyMatch(n -> n != 0)) {
                    counts.add(new Change(changes.yearEnds[y], place, null, null, byYear[y]));
                }
            }
        });
        apply("report_year_end", List.of(), COUNTERS, counts);
        apply("report_year_end_label", List.of("kind", "label"), List.of("people"), keyed(changes, changes.labels));
        apply("report_year_end_verdict", List.of("verdict", "gap_codes"), List.of("posts"), keyed(changes, changes.verdicts));
    }

    private static List<Change> keyed(Changes changes, Map<Place, Map<Keyed, long[]>> byPlace) {
        List<Change> keyed = new ArrayList<>();
        byPlace.forEach((place, byKey) -> byKey.forEach((key, byYear) -> {
            for (int y = 0; y < byYear.length; y++) {
                if (byYear[y] != 0) {
                    keyed.add(new Change(changes.yearEnds[y], place, key.first(), key.second(), new long[] {byYear[y]}));
                }
            }
        }));
        return keyed;
    }

    /**
     * Adds the changes to a table: the rows present are updated, the others inserted. The present keys are read first
     * (a province's import adds thousands of rows an update would not find), by year end and unit path.
     */
    private void apply(String table, List<String> keyColumns, List<String> counters, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<List<Object>> present = new HashSet<>();
        List<LocalDate> yearEnds = changes.stream().map(Change::asOf).distinct().toList();
        List<String> paths = changes.stream().map(c -> c.place().unitPath()).distinct().toList();
        String keys = "as_of, unit_path, unit_level, category" + keyColumns.stream().map(c -> ", " + c).collect(Collectors.joining());
        for (int from = 0; from < paths.size(); from += 1000) {
            jdbc.sql("select " + keys + " from " + table + " where as_of in (:days) and unit_path in (:paths)")
                    .param("days", yearEnds).param("paths", paths.subList(from, Math.min(paths.size(), from + 1000)))
                    .query(rs -> {
                        List<Object> key = new ArrayList<>(List.of(rs.getObject("as_of", LocalDate.class), rs.getString("unit_path"),
                                rs.getString("unit_level"), rs.getString("category")));
                        for (String column : keyColumns) {
                            key.add(rs.getString(column));
                        }
                        present.add(key);
                    });
        }
        List<Change> updates = new ArrayList<>();
        List<Change> inserts = new ArrayList<>();
        changes.forEach(c -> (present.contains(key(c, keyColumns.size())) ? updates : inserts).add(c));
        String where = " where as_of = ? and unit_path = ? and unit_level = ? and category = ?"
                + keyColumns.stream().map(c -> " and " + c + " = ?").collect(Collectors.joining());
        batch.batchUpdate("update " + table + " set " + counters.stream().map(c -> c + " = " + c + " + ?").collect(Collectors.joining(", "))
                + where, updates, updates.size(), (statement, change) -> {
                    int i = 1;
                    for (long n : change.add()) {
                        statement.setLong(i++, n);
                    }
                    bindKey(statement, i, change);
                });
        String columns = keys + ", unit_id, " + String.join(", ", counters);
        MultiRowInsert.insert(batch, "insert into " + table + " (" + columns + ")",
                "(" + IntStream.range(0, columns.split(",").length).mapToObj(i -> "?").collect(Collectors.joining(", ")) + ")",
                inserts, (parameters, change) -> {
                    parameters.setDate(change.asOf()).setString(change.place().unitPath()).setString(change.place().unitLevel())
                            .setString(change.place().category());
                    if (change.first() != null) {
                        parameters.setString(change.first()).setString(change.second());
                    }
                    parameters.setLong(change.place().unitId());
                    for (long n : change.add()) {
                        parameters.setLong(n);
                    }
                });
    }

    private static List<Object> key(Change change, int keyColumns) {
        List<Object> key = new ArrayList<>(List.of(change.asOf(), change.place().unitPath(), change.place().unitLevel(),
                change.place().category()));
        if (keyColumns > 0) {
            key.add(change.first());
            key.add(change.second());
        }
        return key;
    }

    private static void bindKey(PreparedStatement statement, int first, Change change) throws SQLException {
        statement.setObject(first, change.asOf());
        statement.setString(first + 1, change.place().unitPath());
        statement.setString(first + 2, change.place().unitLevel());
        statement.setString(first + 3, change.place().category());
        if (change.first() != null) {
            statement.setString(first + 4, change.first());
            statement.setString(first + 5, change.second());
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * What {@link ReportHistory#count} counts, read from a kept year end: per post unit and category, the levels of these
     * dimensions only, and each title's and ethnic group's holders when asked.
     */
    List<ReportHistory.Group> count(String pathPrefix, LocalDate yearEnd, Set<Dimension> dimensions, boolean byTitle, boolean byEthnicity) {
        Map<Place, ReportHistory.Group> groups = new LinkedHashMap<>();
        jdbc.sql("select * from report_year_end where as_of = :d and unit_path like :prefix and people <> 0")
                .param("d", yearEnd).param("prefix", pathPrefix)
                .query(rs -> {
                    Place place = new Place(rs.getString("unit_path"), rs.getString("unit_level"), rs.getString("category"),
                            rs.getLong("unit_id"));
                    groups.put(place, ReportHistory.group(rs, new HashMap<>(), AGE_BAND_STARTS, dimensions));
                });
        if (byTitle || byEthnicity) {
            List<String> kinds = new ArrayList<>();
            if (byTitle) {
                kinds.add("T");
            }
            if (byEthnicity) {
                kinds.add("E");
            }
            jdbc.sql("""
                    select unit_path, unit_level, category, unit_id, kind, label, people from report_year_end_label
                    where as_of = :d and unit_path like :prefix and kind in (:kinds) and people <> 0
                    """).param("d", yearEnd).param("prefix", pathPrefix).param("kinds", kinds)
                    .query(rs -> {
                        ReportHistory.Group group = groups.get(new Place(rs.getString("unit_path"), rs.getString("unit_level"),
                                rs.getString("category"), rs.getLong("unit_id")));
                        if (group != null) {
                            group.labels().put(("T".equals(rs.getString("kind")) ? Profile.TITLE : Profile.ETHNICITY) + rs.getString("label"),
                                    rs.getLong("people"));
                        }
                    });
        }
        return List.copyOf(groups.values());
    }

    /** What {@link ReportHistory#verdicts} counts, read from a kept year end. */
    List<ReportHistory.FactGroup> verdicts(String pathPrefix, LocalDate yearEnd) {
        return ReportHistory.factGroups(jdbc.sql("""
                select unit_id, unit_level, category, verdict, gap_codes, posts from report_year_end_verdict
                where as_of = :d and unit_path like :prefix and posts <> 0
                """).param("d", yearEnd).param("prefix", pathPrefix));
    }
}
