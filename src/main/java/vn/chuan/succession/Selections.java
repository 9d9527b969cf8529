package vn.chuan.succession;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Competitive selection of leaders (tuyển chọn lãnh đạo, as Điện Biên Phủ does for heads of office):
 * a round per post with weighted criteria, candidates, scores, and the result decided once every
 * candidate is scored and nobody ties for first place.
 */
@Service
public class Selections {

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Selections(JdbcClient jdbc, PersonRegistry people, Units units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A criterion as the form gives it. */
    public record NewCriterion(String name, int weight, int maxScore) {
    }

    @Transactional
    public long open(UserScope scope, long unitId, String titleCode, String name, LocalDate heldOn, List<NewCriterion> criteria) {
        Unit unit = writable(scope, unitId);
        PositionTitle title = PositionTitle.findByCode(titleCode)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.selection.titleRequired")));
        if (name == null || name.isBlank() || heldOn == null) {
            throw new InvalidPoolException(Messages.text("succession.selection.nameAndDateRequired"));
        }
        if (criteria.isEmpty()) {
            throw new InvalidPoolException(Messages.text("succession.selection.criteriaRequired"));
        }
        for (NewCriterion c : criteria) {
            if (c.name() == null || c.name().isBlank() || c.weight() < 1 || c.weight() > 100 || c.maxScore() < 1 || c.maxScore() > 1000) {
                throw new InvalidPoolException(Messages.text("succession.selection.criterionRange"));
            }
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into selection_round (unit_id, title_code, name, held_on) values (:u, :t, :n, :d)")
                .param("u", unitId).param("t", title.code()).param("n", name.strip()).param("d", heldOn).update(keys, "id");
        long id = keys.getKey().longValue();
        for (NewCriterion c : criteria) {
            jdbc.sql("insert into selection_criterion (round_id, name, weight, max_score) values (:r, :n, :w, :m)")
                    .param("r", id).param("n", c.name().strip()).param("w", c.weight()).param("m", c.maxScore()).update();
        }
        audit.record(AuditEvent.of("SELECTION_ROUND", id, "CREATE").summary(Messages.text("succession.selection.opened", title.name(), unit.name(),
                name.strip())).build());
        return id;
    }

    @Transactional
    public void addCandidate(UserScope scope, long roundId, String personCode) {
        SelectionRound round = openRound(scope, roundId);
        PersonRecord person = people.findByCode(scope, personCode)
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.selection.personNotFound", personCode)));
        if (round.candidates().stream().anyMatch(c -> c.personId() == person.id().value())) {
            throw new InvalidPoolException(Messages.text("succession.selection.alreadyCandidate", person.fullName()));
        }
        jdbc.sql("insert into selection_candidate (round_id, person_id) values (:r, :p)").param("r", roundId).param("p", person.id().value())
                .update();
        audit.record(AuditEvent.of("SELECTION_ROUND", roundId, "CANDIDATE").person(person.id().value())
                .summary(Messages.text("succession.selection.candidateAdded", round.titleName(), round.name())).build());
    }

    /** Records a candidate's scores (any criteria; each between 0 and its maximum). */
    @Transactional
    public void score(UserScope scope, long roundId, long candidateId, Map<Long, BigDecimal> scores) {
        SelectionRound round = openRound(scope, roundId);
        SelectionRound.Candidate candidate = round.candidates().stream().filter(c -> c.id() == candidateId).findFirst()
                .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.selection.candidateNotFound")));
        for (Map.Entry<Long, BigDecimal> score : scores.entrySet()) {
            SelectionRound.Criterion criterion = round.criteria().stream().filter(c -> c.id() == score.getKey()).findFirst()
                    .orElseThrow(() -> new InvalidPoolException(Messages.text("succession.selection.criterionNotFound")));
            if (score.getValue() == null || score.getValue().signum() < 0
                    || score.getValue().compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0) {
                throw new InvalidPoolException(Messages.text("succession.selection.scoreRange", criterion.name(), candidate.personName(),
                        criterion.maxScore()));
            }
            jdbc.sql("delete from selection_score where candidate_id = :c and criterion_id = :k").param("c", candidateId)
                    .param("k", criterion.id()).update();
            jdbc.sql("insert into selection_score (candidate_id, criterion_id, score) values (:c, :k, :s)")
                    .param("c", candidateId).param("k", criterion.id()).param("s", score.getValue()).update();
        }
        audit.record(AuditEvent.of("SELECTION_ROUND", roundId, "SCORE").person(candidate.personId())
                .summary(Messages.text("succession.selection.scored", round.name(), scores.size())).build());
    }

    /** Decides the round: the first of the ranking, once everyone is scored and nobody ties with them. */
    @Transactional
    public SelectionRound decide(UserScope scope, long roundId) {
        SelectionRound round = openRound(scope, roundId);
        if (round.candidates().isEmpty()) {
            throw new InvalidPoolException(Messages.text("succession.selection.noCandidates"));
        }
        if (round.candidates().stream().anyMatch(c -> round.total(c) == null)) {
            throw new InvalidPoolException(Messages.text("succession.selection.unscored"));
        }
        List<SelectionRound.Candidate> ranking = round.ranking();
        if (ranking.size() > 1 && round.total(ranking.get(0)).compareTo(round.total(ranking.get(1))) == 0) {
            throw new InvalidPoolException(Messages.text("succession.selection.tie", ranking.get(0).personName(),
                    ranking.get(1).personName(), round.totalText(ranking.get(0))));
        }
        SelectionRound.Candidate winner = ranking.get(0);
        jdbc.sql("update selection_round set winner_id = :w, decided_on = :d where id = :id").param("w", winner.personId())
                .param("d", LocalDate.now(clock)).param("id", roundId).update();
        audit.record(AuditEvent.of("SELECTION_ROUND", roundId, "DECIDE").person(winner.personId())
                .summary(Messages.text("succession.selection.selected", round.titleName(), winner.personName(), round.totalText(winner))).build());
        return round(scope, roundId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<SelectionRound> rounds(UserScope scope) {
        return rounds(scope, null);
    }

    @Transactional(readOnly = true)
    public Optional<SelectionRound> round(UserScope scope, long id) {
        return rounds(scope, id).stream().findFirst();
    }

    /** The rounds of the scope, or only the one with {@code onlyId} (read alone, not picked from all). */
    private List<SelectionRound> rounds(UserScope scope, Long onlyId) {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        var query = jdbc.sql("select r.*, u.name as unit_name from selection_round r join unit u on u.id = r.unit_id where u.path like :p"
                        + (onlyId == null ? "" : " and r.id = :id") + " order by r.held_on desc, r.id desc")
                .param("p", scope.likePrefix());
        (onlyId == null ? query : query.param("id", onlyId))
                .query(rs -> {
                    rows.put(rs.getLong("id"), new Object[] {rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("title_code"),
                        rs.getString("name"), rs.getObject("held_on", LocalDate.class), rs.getObject("winner_id", Long.class),
                        rs.getObject("decided_on", LocalDate.class)});
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SelectionRound.Criterion>> criteria = new HashMap<>();
        jdbc.sql("select * from selection_criterion where round_id in (:ids) order by id").param("ids", rows.keySet())
                .query(rs -> {
                    criteria.computeIfAbsent(rs.getLong("round_id"), k -> new ArrayList<>()).add(new SelectionRound.Criterion(rs.getLong("id"),
                            rs.getString("name"), rs.getInt("weight"), rs.getInt("max_score")));
                });
        Map<Long, Map<Long, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("""
                select s.* from selection_score s join selection_candidate c on c.id = s.candidate_id where c.round_id in (:ids)
                """).param("ids", rows.keySet())
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong("candidate_id"), k -> new HashMap<>()).put(rs.getLong("criterion_id"),
                            rs.getBigDecimal("score"));
                });
        Map<Long, List<SelectionRound.Candidate>> candidates = new HashMap<>();
        jdbc.sql("""
                select c.id, c.round_id, c.person_id, p.code, p.full_name from selection_candidate c join person p on p.id = c.person_id
                where c.round_id in (:ids) order by p.given_key
                """).param("ids", rows.keySet())
                .query(rs -> {
                    long id = rs.getLong("id");
                    candidates.computeIfAbsent(rs.getLong("round_id"), k -> new ArrayList<>()).add(new SelectionRound.Candidate(id,
                            rs.getLong("person_id"), rs.getString("code"), rs.getString("full_name"), scores.getOrDefault(id, Map.of())));
                });
        List<SelectionRound> rounds = new ArrayList<>();
        rows.forEach((id, r) -> rounds.add(new SelectionRound(id, (Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                criteria.getOrDefault(id, List.of()), candidates.getOrDefault(id, List.of()), (Long) r[5], (LocalDate) r[6])));
        return rounds;
    }

    private SelectionRound openRound(UserScope scope, long id) {
        scope.requireWrite(InvalidPoolException::new);
        SelectionRound round = round(scope, id).orElseThrow(() -> new InvalidPoolException(Messages.text("succession.selection.notFound")));
        if (round.decided()) {
            throw new InvalidPoolException(Messages.text("succession.selection.published"));
        }
        return round;
    }

    private Unit writable(UserScope scope, long unitId) {
        return scope.writableUnit(units.find(new UnitId(unitId)), InvalidPoolException::new);
    }
}
