package vn.chuan.reports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.shared.Dates;
import vn.chuan.shared.IdSet;
import vn.chuan.shared.Messages;
import vn.chuan.shared.MultiRowInsert;
import vn.chuan.shared.PerTransaction;
import vn.chuan.shared.PlannerStatistics;
import vn.chuan.shared.StaffCategory;
import vn.chuan.standards.PeopleAssessed;
import vn.chuan.standards.Standards;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/**
 * The tallies a report for today reads: for every unit, how many people in its subtree have each
 * fact. Each person's profile of today is kept ({@code report_person}); when a person is
 * re-assessed (which every change to a record, a unit or a standard set causes) the difference
 * between the old and the new profile is added to the tallies of the unit and of every unit above
 * it, once per transaction, just before it commits. When the day changes, the persons whose
 * picture depends on the date (birthdays, posts and qualifications dated in between) are
 * re-assessed, so that ages and posts stay those of today.
 */
@Component
class ReportTally {

    private static final Logger log = LoggerFactory.getLogger(ReportTally.class);
    /** The tallies of the whole country (see {@link Reports#NATION}) are kept under this unit id. */
    static final long NATION_ID = 0;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Units units;
    private final PersonRegistry people;
    private final Standards standards;
    private final ReportHistory history;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditLog audit;

    ReportTally(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Units units, PersonRegistry people, Standards standards,
            ReportHistory history, TransactionTemplate transaction, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.history = history;
        this.jdbc = jdbc;
        this.batch = batch;
        this.units = units;
        this.people = people;
        this.standards = standards;
        // Its own transaction: a report may ask from within a read-only one.
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // ---- keeping the tallies ------------------------------------------------------------------

    @EventListener
    void on(PeopleAssessed event) {
        if (event.records().isEmpty()) {
            return;
        }
        Map<UnitId, Unit> postUnits = units.findAll(event.records().stream().flatMap(r -> r.assignments().stream())
                .map(Assignment::unitId).toList());
        List<Profile> fresh = new ArrayList<>();
        for (PersonRecord record : event.records()) {
            Optional<Assignment> post = record.assignmentOn(event.on());
            Optional<Unit> unit = post.map(p -> postUnits.get(p.unitId()));
            if (unit.isPresent()) {
                var verdict = event.verdicts().get(record.id().value());
                fresh.add(new Profile(record.id().value(), unit.get().id().value(), unit.get().path(), unit.get().level(),
                        post.get().category(), Profile.facts(record.gender(), record.ethnicity(), record.partyMember(),
                        record.birthDate(), post.get().titleCode(), record.levelsOn(event.on()), event.on(),
                        verdict == null ? null : verdict.name(), event.gapCodes().get(record.id().value()))));
            }
        }
        List<Long> ids = event.records().stream().map(r -> r.id().value()).toList();
        Deltas deltas = Deltas.ofTransaction(this);
        if (!event.created()) {
            storedProfiles(ids).forEach(old -> deltas.add(old, -1));
        }
        fresh.forEach(profile -> deltas.add(profile, 1));
        replaceProfiles(ids, fresh, event.created());
        history.replace(ids, event.records(), postUnits, event.created());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            flush(deltas);
        }
    }

    private List<Profile> storedProfiles(Collection<Long> personIds) {
        IdSet ids = IdSet.of(personIds);
        return ids.bind(jdbc.sql("select person_id, unit_id, unit_path, unit_level, category, facts from report_person where "
                        + ids.condition("person_id")))
                .query((rs, n) -> new Profile(rs.getLong("person_id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                        UnitLevel.valueOf(rs.getString("unit_level")), StaffCategory.valueOf(rs.getString("category")),
                        Profile.decode(rs.getString("facts"))))
                .list().stream().filter(p -> ids.contains(p.personId())).toList();
    }

    private void replaceProfiles(Collection<Long> personIds, List<Profile> profiles, boolean created) {
        if (!created) {
            IdSet ids = IdSet.of(personIds);
            ids.bind(jdbc.sql("delete from report_person where " + ids.condition("person_id"))).update();
        }
        MultiRowInsert.insert(batch.getJdbcTemplate(), "insert into report_person (person_id, unit_id, unit_path, unit_level, category, facts)",
                "(?, ?, ?, ?, ?, ?)", profiles, (parameters, p) -> parameters.setLong(p.personId()).setLong(p.unitId())
                        .setString(p.unitPath()).setString(p.unitLevel().name()).setString(p.category().name())
                        .setString(Profile.encode(p.facts())));
    }

    /**
     * Adds the accumulated differences to the tallies: the keys already there are updated, the others
     * inserted. The keys present are read first, so that an import of a whole province (150,000 new
     * keys) does not try 150,000 updates that find nothing.
     */
    private void flush(Deltas deltas) {
        Map<Deltas.Key, Long> changed = deltas.nonZero();
        if (changed.isEmpty()) {
            return;
        }
        Set<Deltas.Key> present = new HashSet<>();
        jdbc.sql("select unit_id, unit_level, category, fact from report_tally where unit_id in (:units)")
                .param("units", changed.keySet().stream().map(Deltas.Key::unitId).distinct().toList())
                .query(rs -> {
                    present.add(new Deltas.Key(rs.getLong("unit_id"), UnitLevel.valueOf(rs.getString("unit_level")),
                            StaffCategory.valueOf(rs.getString("category")), rs.getString("fact")));
                });
        List<Map.Entry<Deltas.Key, Long>> updates = new ArrayList<>();
        List<Map.Entry<Deltas.Key, Long>> inserts = new ArrayList<>();
        changed.entrySet().forEach(e -> (present.contains(e.getKey()) ? updates : inserts).add(e));
        // In key order: each statement then lands next to the previous one in the primary key (a whole
        // province's 150,000 new keys in hash order took twice as long).
        updates.sort(Map.Entry.comparingByKey(Deltas.Key.ORDER));
        inserts.sort(Map.Entry.comparingByKey(Deltas.Key.ORDER));
        batch.getJdbcTemplate().batchUpdate("""
                update report_tally set people = people + ? where unit_id = ? and unit_level = ? and category = ? and fact = ?
                """, updates, updates.size(), (statement, e) -> {
            statement.setLong(1, e.getValue());
            bindKey(statement, 2, e.getKey());
        });
        MultiRowInsert.insert(batch.getJdbcTemplate(), "insert into report_tally (people, unit_id, unit_level, category, fact)",
                "(?, ?, ?, ?, ?)", inserts, (parameters, e) -> parameters.setLong(e.getValue()).setLong(e.getKey().unitId())
                        .setString(e.getKey().level().name()).setString(e.getKey().category().name()).setString(e.getKey().fact()));
    }

    private static void bindKey(PreparedStatement statement, int first, Deltas.Key key) throws SQLException {
        statement.setLong(first, key.unitId());
        statement.setString(first + 1, key.level().name());
        statement.setString(first + 2, key.category().name());
        statement.setString(first + 3, key.fact());
    }

    /** The differences of one transaction, added to the tallies just before it commits. */
    static final class Deltas {

        /** A tally: the people of a unit's subtree with a fact, among those of one level and category. */
        record Key(long unitId, UnitLevel level, StaffCategory category, String fact) {
            /** The order of the table's primary key. */
            static final Comparator<Key> ORDER = Comparator.comparingLong(Key::unitId)
                    .thenComparing(key -> key.level().name()).thenComparing(key -> key.category().name()).thenComparing(Key::fact);
        }

        /** Where a post is: the differences are kept per post and fact, and spread to the ancestors once. */
        private record Post(long unitId, String unitPath, UnitLevel level, StaffCategory category) {
        }

        static Deltas ofTransaction(ReportTally tally) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return new Deltas();
            }
            return PerTransaction.value(Deltas.class, Deltas::new, deltas -> new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    tally.flush(deltas);
                }
            });
        }

        /** Per post, per fact, a counter: a person adds to a handful of counters, allocating nothing once they exist. */
        private final Map<Post, Map<String, long[]>> byPost = new HashMap<>();

        void add(Profile profile, long sign) {
            Map<String, long[]> facts = byPost.computeIfAbsent(
                    new Post(profile.unitId(), profile.unitPath(), profile.unitLevel(), profile.category()), post -> new HashMap<>());
            for (String fact : profile.facts()) {
                facts.computeIfAbsent(fact, f -> new long[1])[0] += sign;
            }
        }

        /** The differences for every unit above each post unit (and the whole country), without the zeros. */
        Map<Key, Long> nonZero() {
            Map<Key, long[]> changes = new HashMap<>();
            byPost.forEach((post, facts) -> {
                List<Long> ancestors = new ArrayList<>();
                for (String ancestor : ("/" + NATION_ID + post.unitPath()).split("/")) {
                    if (!ancestor.isEmpty()) {
                        ancestors.add(Long.parseLong(ancestor));
                    }
                }
                facts.forEach((fact, n) -> {
                    if (n[0] != 0) {
                        ancestors.forEach(unit -> changes.computeIfAbsent(new Key(unit, post.level(), post.category(), fact),
                                key -> new long[1])[0] += n[0]);
                    }
                });
            });
            Map<Key, Long> nonZero = new HashMap<>();
            changes.forEach((key, n) -> {
                if (n[0] != 0) {
                    nonZero.put(key, n[0]);
                }
            });
            return nonZero;
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** The tallies of these units' subtrees, as of today. */
    Map<Long, Tallies> read(Collection<Long> unitIds) {
        Map<Long, Tallies> tallies = new HashMap<>();
        unitIds.forEach(id -> tallies.put(id, new Tallies()));
        jdbc.sql("select unit_id, unit_level, category, fact, people from report_tally where unit_id in (:units) and people <> 0")
                .param("units", List.copyOf(unitIds))
                .query(rs -> {
                    tallies.get(rs.getLong("unit_id")).add(UnitLevel.valueOf(rs.getString("unit_level")),
                            StaffCategory.valueOf(rs.getString("category")), rs.getString("fact"), rs.getLong("people"));
                });
        return tallies;
    }

    /** The date the tallies describe, once they describe today; null while they do not. */
    Optional<LocalDate> asOf() {
        return jdbc.sql("select as_of from report_tally_state where id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getObject("as_of", LocalDate.class))).single();
    }

    // ---- the day changes -----------------------------------------------------------------------

    /**
     * Brings the tallies to today: built from scratch the first time, else only the persons whose picture moved. Once
     * across instances: the state's row is locked and read again inside the transaction, so an instance that reaches
     * midnight (or starts) while another is at it waits, then finds today done (two would add the same deltas twice).
     */
    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Ho_Chi_Minh")
    synchronized void bringToToday() {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> seen = asOf();
        if (seen.isPresent() && !seen.get().isBefore(today)) {
            return;
        }
        long started = System.nanoTime();
        Optional<LocalDate> from = transaction.execute(status -> {
            Optional<LocalDate> asOf = jdbc.sql("select as_of from report_tally_state where id = 1 for update")
                    .query((rs, n) -> Optional.ofNullable(rs.getObject("as_of", LocalDate.class))).single();
            if (asOf.isPresent() && !asOf.get().isBefore(today)) {
                return asOf;
            }
            if (asOf.isEmpty()) {
                jdbc.sql("delete from report_person").update();
                jdbc.sql("delete from report_tally").update();
                history.clear(today);
                standards.reassessAllIntoEmptyTables();
                PlannerStatistics.refresh(batch.getJdbcTemplate(), List.of("report_person", "report_tally", "report_history", "report_verdict"));
            } else {
                history.keepYearEndsPassed(asOf.get(), today);
                Set<Long> moved = people.idsWithDatesBetween(asOf.get(), today);
                standards.reassess(moved);
                // Verdicts and ages moved with the day: a commit of its own, so that figures kept until the next one are read again.
                audit.record(AuditEvent.of("REPORT_TALLY", null, "DAY_CHANGED").summary(Messages.text("reports.dayChanged",
                        Dates.format(today), moved.size())).build());
            }
            jdbc.sql("update report_tally_state set as_of = :today where id = 1").param("today", today).update();
            return asOf;
        });
        if (from.isPresent() && !from.get().isBefore(today)) {
            log.info("Report tallies already brought to {} by another instance", today);
            return;
        }
        log.info("Report tallies brought to {} ({}) in {} ms", today, from.map(d -> "from " + d).orElse("built"),
                (System.nanoTime() - started) / 1_000_000);
    }
}
