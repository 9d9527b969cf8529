package vn.chuan.succession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseOrder;

/** Confidence votes: per person and period the counts of high, medium and low confidence, their shares, by unit. */
@Service
public class ConfidenceVotes {

    /** One vote's result. */
    public record Vote(long personId, String personCode, String personName, String unitName, String period, LocalDate votedOn, int high,
            int medium, int low) {

        public int total() {
            return high + medium + low;
        }

        /** "62,50%" of the votes cast. */
        public String share(int count) {
            return total() == 0 ? "—" : String.format(Locale.forLanguageTag("vi"), "%.2f%%", 100.0 * count / total());
        }
    }

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final AuditLog audit;
    private final Clock clock;

    ConfidenceVotes(JdbcClient jdbc, PersonRegistry people, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void record(UserScope scope, String personCode, String period, LocalDate votedOn, int high, int medium, int low) {
        PersonRecord person = people.findByCode(scope, personCode)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.personNotFound", personCode.strip())));
        if (!scope.canWrite()) {
            throw new InvalidPoolException(Messages.text("succession.readOnlyAccount"));
        }
        if (period == null || period.isBlank() || votedOn == null || votedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidPoolException(Messages.text("succession.votes.periodAndDateRequired"));
        }
        if (high < 0 || medium < 0 || low < 0 || high + medium + low == 0) {
            throw new InvalidPoolException(Messages.text("succession.votes.counts"));
        }
        if (jdbc.sql("select count(*) from confidence_vote where person_id = :p and period = :k").param("p", person.id().value())
                .param("k", period.strip()).query(Long.class).single() > 0) {
            throw new InvalidPoolException(Messages.text("succession.votes.exists", person.fullName(), period.strip()));
        }
        jdbc.sql("insert into confidence_vote (person_id, period, voted_on, high, medium, low) values (:p, :k, :on, :h, :m, :l)")
                .param("p", person.id().value()).param("k", period.strip()).param("on", votedOn).param("h", high).param("m", medium)
                .param("l", low).update();
        audit.record(AuditEvent.of("CONFIDENCE_VOTE", person.id().value(), "CREATE").person(person.id().value())
                .summary(Messages.text("succession.votes.recorded", period.strip(), high, medium, low)).build());
    }

    /** The votes of the people of the scope (by unit of today's post), newest period first. */
    public List<Vote> votes(UserScope scope) {
        List<Object[]> rows = jdbc.sql("select * from confidence_vote order by voted_on desc, id desc")
                .query((rs, n) -> new Object[] {rs.getLong("person_id"), rs.getString("period"), rs.getObject("voted_on", LocalDate.class),
                        rs.getInt("high"), rs.getInt("medium"), rs.getInt("low")}).list();
        Set<Long> visible = people.visibleAmong(scope, rows.stream().map(r -> (Long) r[0]).toList());
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(scope, new ArrayList<>(visible)).forEach(r -> records.put(r.id().value(), r));
        List<Vote> votes = new ArrayList<>();
        for (Object[] r : rows) {
            PersonRecord record = records.get((Long) r[0]);
            if (record != null) {
                votes.add(new Vote(record.id().value(), record.code(), record.fullName(),
                        record.assignmentOn(LocalDate.now(clock)).map(a -> a.unitName()).orElse(""), (String) r[1], (LocalDate) r[2],
                        (Integer) r[3], (Integer) r[4], (Integer) r[5]));
            }
        }
        return votes;
    }

    /** The votes of one unit added up: how many people, and the ballots of each level with their shares. */
    public record UnitTotal(String unitName, int people, int high, int medium, int low) {

        public int total() {
            return high + medium + low;
        }

        public String share(int count) {
            return total() == 0 ? "—" : String.format(Locale.forLanguageTag("vi"), "%.2f%%", 100.0 * count / total());
        }
    }

    /** The votes added up per unit (of today's post), units by name. */
    public static List<UnitTotal> byUnit(List<Vote> votes) {
        Map<String, int[]> sums = new TreeMap<>(VietnameseOrder::byText);
        Map<String, Set<Long>> voted = new HashMap<>();
        for (Vote v : votes) {
            int[] sum = sums.computeIfAbsent(v.unitName(), k -> new int[3]);
            sum[0] += v.high();
            sum[1] += v.medium();
            sum[2] += v.low();
            voted.computeIfAbsent(v.unitName(), k -> new HashSet<>()).add(v.personId());
        }
        List<UnitTotal> totals = new ArrayList<>();
        sums.forEach((unit, sum) -> totals.add(new UnitTotal(unit, voted.get(unit).size(), sum[0], sum[1], sum[2])));
        return totals;
    }

    /** A vote's counts without the person, for records that already say whose it is. */
    public record Count(String period, LocalDate votedOn, int high, int medium, int low) {
    }

    /** The votes of many people by person id, oldest first (for the national database export). */
    public Map<Long, List<Count>> countsOf(Collection<Long> personIds) {
        Map<Long, List<Count>> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select * from confidence_vote where person_id in (:p) order by voted_on, id").param("p", personIds)
                    .query(rs -> {
                        found.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(new Count(rs.getString("period"),
                                rs.getObject("voted_on", LocalDate.class), rs.getInt("high"), rs.getInt("medium"), rs.getInt("low")));
                    });
        }
        return found;
    }

    /** A person's votes (for the person page and appointment checks). */
    public List<Vote> of(UserScope scope, long personId) {
        if (!people.isVisible(scope, new PersonId(personId))) {
            throw new PersonNotFoundException(personId);
        }
        return votes(scope).stream().filter(v -> v.personId() == personId).toList();
    }
}
