package vn.chuan.evaluation;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/**
 * Discipline and awards as the personnel record holds them: form, decision number and date,
 * issuing body, and for discipline its duration. A discipline decided in a year limits that
 * year's grade (NĐ 335/2025: "không hoàn thành nhiệm vụ" whatever the score), and takes a person
 * out of succession pools (QĐ 50-QĐ/TW).
 */
@Service
public class Conduct {

    /** A discipline on the record. */
    public record Discipline(long id, long personId, DisciplineForm form, String decisionNumber, LocalDate decidedOn, String issuer,
            Integer durationMonths) {

        /** "Khiển trách (QĐ 12/QĐ-UBND ngày 03/04/2025, UBND huyện, 12 tháng)". */
        public String text() {
            return durationMonths == null
                    ? Messages.text("evaluation.conduct.disciplineText", form.label(), decisionNumber, Dates.format(decidedOn), issuer)
                    : Messages.text("evaluation.conduct.disciplineTextWithDuration", form.label(), decisionNumber, Dates.format(decidedOn),
                            issuer, durationMonths);
        }
    }

    /** An award on the record. */
    public record Award(long id, long personId, String form, String decisionNumber, LocalDate decidedOn, String issuer) {
    }

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final AuditLog audit;
    private final Clock clock;

    Conduct(JdbcClient jdbc, PersonRegistry people, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Discipline> disciplines(UserScope scope, long personId) {
        requireVisible(scope, personId);
        return disciplinesOf(personId);
    }

    /** Without a scope check: for the rules that read the record (grades, pools). */
    public List<Discipline> disciplinesOf(long personId) {
        return jdbc.sql("select * from discipline where person_id = :p order by decided_on desc").param("p", personId)
                .query((rs, n) -> new Discipline(rs.getLong("id"), rs.getLong("person_id"), DisciplineForm.valueOf(rs.getString("form")),
                        rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class), rs.getString("issuer"),
                        rs.getObject("duration_months", Integer.class))).list();
    }

    /** The disciplines of many people by person id, newest first (for the national database export). */
    public Map<Long, List<Discipline>> disciplinesOf(Collection<Long> personIds) {
        Map<Long, List<Discipline>> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select * from discipline where person_id in (:p) order by decided_on desc").param("p", personIds)
                    .query(rs -> {
                        found.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(new Discipline(rs.getLong("id"),
                                rs.getLong("person_id"), DisciplineForm.valueOf(rs.getString("form")), rs.getString("decision_number"),
                                rs.getObject("decided_on", LocalDate.class), rs.getString("issuer"), rs.getObject("duration_months", Integer.class)));
                    });
        }
        return found;
    }

    /** The awards of many people by person id, newest first (for the national database export). */
    public Map<Long, List<Award>> awardsOf(Collection<Long> personIds) {
        Map<Long, List<Award>> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select * from award where person_id in (:p) order by decided_on desc").param("p", personIds)
                    .query(rs -> {
                        found.computeIfAbsent(rs.getLong("person_id"), k -> new ArrayList<>()).add(new Award(rs.getLong("id"),
                                rs.getLong("person_id"), rs.getString("form"), rs.getString("decision_number"),
                                rs.getObject("decided_on", LocalDate.class), rs.getString("issuer")));
                    });
        }
        return found;
    }

    public List<Award> awards(UserScope scope, long personId) {
        requireVisible(scope, personId);
        return jdbc.sql("select * from award where person_id = :p order by decided_on desc").param("p", personId)
                .query((rs, n) -> new Award(rs.getLong("id"), rs.getLong("person_id"), rs.getString("form"), rs.getString("decision_number"),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("issuer"))).list();
    }

    @Transactional
    public long recordDiscipline(UserScope scope, long personId, DisciplineForm form, String decisionNumber, LocalDate decidedOn,
            String issuer, Integer durationMonths) {
        requireWritable(scope, personId);
        requireDecision(decisionNumber, decidedOn, issuer);
        if (form == null) {
            throw new InvalidEvaluationException(Messages.text("evaluation.conduct.disciplineFormRequired"));
        }
        if (durationMonths != null && (durationMonths <= 0 || durationMonths > 120)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.conduct.durationRange"));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into discipline (person_id, form, decision_number, decided_on, issuer, duration_months)
                values (:p, :form, :number, :on, :issuer, :months)
                """).param("p", personId).param("form", form.name()).param("number", decisionNumber.strip()).param("on", decidedOn)
                .param("issuer", issuer.strip()).param("months", durationMonths, Types.INTEGER).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of("DISCIPLINE", id, "CREATE").person(personId).summary(Messages.text("evaluation.conduct.disciplineRecorded",
                form.label(),
                decisionNumber.strip(), Dates.format(decidedOn))).build());
        return id;
    }

    @Transactional
    public long recordAward(UserScope scope, long personId, String form, String decisionNumber, LocalDate decidedOn, String issuer) {
        requireWritable(scope, personId);
        requireDecision(decisionNumber, decidedOn, issuer);
        if (form == null || form.isBlank()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.conduct.awardFormRequired"));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into award (person_id, form, decision_number, decided_on, issuer) values (:p, :form, :number, :on, :issuer)")
                .param("p", personId).param("form", form.strip()).param("number", decisionNumber.strip()).param("on", decidedOn)
                .param("issuer", issuer.strip()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of("AWARD", id, "CREATE").person(personId).summary(Messages.text("evaluation.conduct.awardRecorded", form.strip(),
                decisionNumber.strip(), Dates.format(decidedOn))).build());
        return id;
    }

    private void requireDecision(String number, LocalDate on, String issuer) {
        if (number == null || number.isBlank() || issuer == null || issuer.isBlank() || on == null) {
            throw new InvalidEvaluationException(Messages.text("evaluation.conduct.decisionRequired"));
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidEvaluationException(Messages.text("evaluation.conduct.decisionInFuture"));
        }
    }

    private void requireVisible(UserScope scope, long personId) {
        if (!people.isVisible(scope, new PersonId(personId))) {
            throw new PersonNotFoundException(personId);
        }
    }

    private void requireWritable(UserScope scope, long personId) {
        requireVisible(scope, personId);
        if (!scope.canWrite()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.readOnlyAccount"));
        }
    }

    /** The discipline decided in the year, if any: it caps the year's grade at "không hoàn thành". */
    public Optional<Discipline> disciplinedIn(long personId, int year) {
        return disciplinesOf(personId).stream().filter(d -> d.decidedOn().getYear() == year).findFirst();
    }
}
