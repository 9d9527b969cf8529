package vn.chuan.evaluation;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.VietnameseText;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Periodic competency tests: sessions with weighted subjects and a pass mark, the people sitting
 * them, scores and weighted totals, retakes after a failure, and the consequence decided for those
 * who fail (training, other work, a review), all audited.
 */
@Service
public class CompetencyTests {

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final Units units;
    private final AuditLog audit;

    CompetencyTests(JdbcClient jdbc, PersonRegistry people, Units units, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public long create(UserScope scope, String name, LocalDate heldOn, long unitId, BigDecimal passMark, BigDecimal maxScore,
            List<CompetencyTest.Subject> subjects) {
        Unit unit = units.find(new UnitId(unitId)).filter(scope::covers).filter(u -> scope.canWrite())
                .orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.unitOutOfScope")));
        if (name == null || name.isBlank() || heldOn == null) {
            throw new InvalidEvaluationException(Messages.text("evaluation.tests.nameAndDateRequired"));
        }
        if (subjects.isEmpty() || subjects.stream().anyMatch(s -> s.name().isBlank() || s.weight().signum() <= 0)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.tests.subjectsRequired"));
        }
        if (maxScore == null || maxScore.signum() <= 0 || passMark == null || passMark.signum() < 0 || passMark.compareTo(maxScore) > 0) {
            throw new InvalidEvaluationException(Messages.text("evaluation.tests.passMarkRange"));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into competency_test (name, held_on, unit_id, pass_mark, max_score) values (:n, :on, :u, :pass, :max)")
                .param("n", name.strip()).param("on", heldOn).param("u", unitId).param("pass", passMark).param("max", maxScore)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < subjects.size(); i++) {
            jdbc.sql("insert into competency_subject (test_id, position, name, weight) values (:t, :p, :n, :w)")
                    .param("t", id).param("p", i).param("n", subjects.get(i).name().strip()).param("w", subjects.get(i).weight()).update();
        }
        audit.record(AuditEvent.of("COMPETENCY_TEST", id, "CREATE").summary(Messages.text("evaluation.tests.created", name.strip(),
                unit.name())).build());
        return id;
    }

    public List<CompetencyTest> tests(UserScope scope) {
        return jdbc.sql("select t.id from competency_test t join unit u on u.id = t.unit_id where u.path like :p order by t.held_on desc")
                .param("p", (scope.isWholeDatabase() ? "/" : scope.path()) + "%").query(Long.class).list().stream()
                .map(id -> test(id).orElseThrow()).toList();
    }

    public Optional<CompetencyTest> test(UserScope scope, long id) {
        return test(id).filter(t -> units.find(new UnitId(t.unitId())).map(scope::covers).orElse(false));
    }

    private Optional<CompetencyTest> test(long id) {
        List<CompetencyTest.Subject> subjects = jdbc.sql("select name, weight from competency_subject where test_id = :t order by position")
                .param("t", id).query((rs, n) -> new CompetencyTest.Subject(rs.getString("name"), rs.getBigDecimal("weight"))).list();
        return jdbc.sql("select t.*, u.name as unit_name from competency_test t join unit u on u.id = t.unit_id where t.id = :id")
                .param("id", id).query((rs, n) -> new CompetencyTest(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("held_on", LocalDate.class), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getBigDecimal("pass_mark"),
                        rs.getBigDecimal("max_score"), subjects)).optional();
    }

    private static final String SITTINGS = """
            select s.*, p.code, p.full_name from competency_sitting s join person p on p.id = s.person_id
            """;

    public List<CompetencyTest.Sitting> sittings(long testId) {
        return jdbc.sql(SITTINGS + " where s.test_id = :t order by p.given_key, s.attempt").param("t", testId)
                .query((rs, n) -> sitting(rs)).list();
    }

    /** A person's sittings, newest first, with their tests; only for a person in the scope. */
    public Map<CompetencyTest.Sitting, CompetencyTest> historyOf(UserScope scope, long personId) {
        if (!people.isVisible(scope, new PersonId(personId))) {
            throw new PersonNotFoundException(personId);
        }
        Map<CompetencyTest.Sitting, CompetencyTest> history = new LinkedHashMap<>();
        jdbc.sql(SITTINGS + " join competency_test t on t.id = s.test_id where s.person_id = :p order by t.held_on desc, s.attempt desc")
                .param("p", personId).query((rs, n) -> Map.entry(sitting(rs), rs.getLong("test_id"))).list()
                .forEach(e -> history.put(e.getKey(), test(e.getValue()).orElseThrow()));
        return history;
    }

    private static CompetencyTest.Sitting sitting(ResultSet rs) throws SQLException {
        String scores = rs.getString("scores");
        List<BigDecimal> values = scores == null ? List.of()
                : Arrays.stream(scores.split(";")).map(s -> s.isEmpty() ? null : new BigDecimal(s)).toList();
        String consequence = rs.getString("consequence");
        return new CompetencyTest.Sitting(rs.getLong("id"), rs.getLong("person_id"), rs.getString("code"), rs.getString("full_name"),
                rs.getInt("attempt"), values, rs.getBigDecimal("total"),
                consequence == null ? null : CompetencyTest.Consequence.valueOf(consequence), rs.getString("consequence_note"));
    }

    /** Registers the persons with these codes (in the test's unit) for their first attempt. */
    @Transactional
    public int register(UserScope scope, long testId, List<String> codes) {
        CompetencyTest test = test(scope,
                testId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.tests.notFound")));
        Unit unit = units.get(new UnitId(test.unitId()));
        Map<String, PersonRecord> records = people.findByCodes(codes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
        List<String> problems = new ArrayList<>();
        List<PersonRecord> registering = new ArrayList<>();
        for (String code : codes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList()) {
            PersonRecord record = records.get(code);
            boolean inUnit = record != null && people.isVisible(scope, record.id()) && record.assignmentOn(test.heldOn())
                    .flatMap(a -> units.find(a.unitId())).map(u -> u.path().startsWith(unit.path())).orElse(false);
            if (!inUnit) {
                problems.add(Messages.text("evaluation.tests.personNotInUnit", code, unit.name()));
            } else if (sittings(testId).stream().anyMatch(s -> s.personId() == record.id().value())) {
                problems.add(Messages.text("evaluation.tests.alreadyRegistered", record.fullName()));
            } else {
                registering.add(record);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEvaluationException(String.join("; ", problems));
        }
        for (PersonRecord record : registering) {
            insertSitting(testId, record.id().value(), 1);
        }
        return registering.size();
    }

    private long insertSitting(long testId, long personId, int attempt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into competency_sitting (test_id, person_id, attempt) values (:t, :p, :a)")
                .param("t", testId).param("p", personId).param("a", attempt).update(keys, "id");
        return keys.getKey().longValue();
    }

    private CompetencyTest.Sitting sitting(UserScope scope, long sittingId, CompetencyTest[] test) {
        Long testId = jdbc.sql("select test_id from competency_sitting where id = :id").param("id", sittingId).query(Long.class).optional()
                .orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.tests.sittingNotFound")));
        test[0] = test(scope, testId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.tests.notFound")));
        if (!scope.canWrite()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.readOnlyAccount"));
        }
        return sittings(testId).stream().filter(s -> s.id() == sittingId).findFirst().orElseThrow();
    }

    /** Records the scores (each from 0 to the maximum) and the weighted total. */
    @Transactional
    public BigDecimal score(UserScope scope, long sittingId, List<BigDecimal> scores) {
        CompetencyTest[] test = new CompetencyTest[1];
        CompetencyTest.Sitting sitting = sitting(scope, sittingId, test);
        if (scores.size() != test[0].subjects().size() || scores.stream().anyMatch(s -> s == null)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.tests.allScoresRequired", test[0].subjects().size()));
        }
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).signum() < 0 || scores.get(i).compareTo(test[0].maxScore()) > 0) {
                throw new InvalidEvaluationException(Messages.text("evaluation.tests.scoreRange", test[0].subjects().get(i).name(),
                        sitting.personName(), test[0].maxScore().stripTrailingZeros().toPlainString()));
            }
        }
        BigDecimal total = test[0].total(scores);
        jdbc.sql("update competency_sitting set scores = :s, total = :t where id = :id")
                .param("s", String.join(";", scores.stream().map(BigDecimal::toPlainString).toList())).param("t", total)
                .param("id", sittingId).update();
        audit.record(AuditEvent.of("COMPETENCY_SITTING", sittingId, "SCORE").person(sitting.personId())
                .summary(Messages.text(total.compareTo(test[0].passMark()) >= 0 ? "evaluation.tests.scorePassed"
                        : "evaluation.tests.scoreFailed",
                        test[0].name(), sitting.attempt(), total.toPlainString())).build());
        return total;
    }

    /** A retake after a failed attempt: a new attempt of the same person. */
    @Transactional
    public long retake(UserScope scope, long sittingId) {
        CompetencyTest[] test = new CompetencyTest[1];
        CompetencyTest.Sitting sitting = sitting(scope, sittingId, test);
        if (!sitting.scored() || test[0].passed(sitting)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.tests.retakeAfterFailOnly"));
        }
        int last = sittings(test[0].id()).stream().filter(s -> s.personId() == sitting.personId()).mapToInt(CompetencyTest.Sitting::attempt)
                .max().orElse(1);
        if (last != sitting.attempt()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.tests.laterSittingExists", sitting.personName()));
        }
        return insertSitting(test[0].id(), sitting.personId(), last + 1);
    }

    /** The consequence decided for a failed attempt. */
    @Transactional
    public void decide(UserScope scope, long sittingId, CompetencyTest.Consequence consequence, String note) {
        CompetencyTest[] test = new CompetencyTest[1];
        CompetencyTest.Sitting sitting = sitting(scope, sittingId, test);
        if (!sitting.scored() || test[0].passed(sitting)) {
            throw new InvalidEvaluationException(Messages.text("evaluation.tests.consequenceAfterFailOnly"));
        }
        jdbc.sql("update competency_sitting set consequence = :c, consequence_note = :n where id = :id").param("c", consequence.name())
                .param("n", note == null || note.isBlank() ? null : note.strip(), Types.VARCHAR).param("id", sittingId).update();
        audit.record(AuditEvent.of("COMPETENCY_SITTING", sittingId, "DECIDE").person(sitting.personId())
                .summary(Messages.text("evaluation.tests.consequenceDecided", test[0].name(), consequence.label(),
                        (note == null || note.isBlank() ? "" : " ("
                        + note.strip() + ")")))
                .build());
    }

    /** Results by unit (the post held on the test's date): sat, passed; and each subject's mean. */
    public record Results(Map<String, long[]> byUnit, List<BigDecimal> subjectMeans) {
    }

    public Results results(UserScope scope, CompetencyTest test) {
        Map<String, long[]> byUnit = new TreeMap<>();
        List<CompetencyTest.Sitting> scored = sittings(test.id()).stream().filter(CompetencyTest.Sitting::scored).toList();
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(scope,
                scored.stream().map(CompetencyTest.Sitting::personId).distinct().toList()).forEach(r -> records.put(r.id().value(), r));
        BigDecimal[] sums = new BigDecimal[test.subjects().size()];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (CompetencyTest.Sitting sitting : scored) {
            String unit = records.get(sitting.personId()).assignmentOn(test.heldOn()).map(a -> a.unitName()).orElse("");
            long[] counts = byUnit.computeIfAbsent(unit, k -> new long[2]);
            counts[0]++;
            counts[1] += test.passed(sitting) ? 1 : 0;
            for (int i = 0; i < sums.length; i++) {
                sums[i] = sums[i].add(sitting.scores().get(i));
            }
        }
        List<BigDecimal> means = new ArrayList<>();
        for (BigDecimal sum : sums) {
            means.add(scored.isEmpty() ? null : sum.divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP));
        }
        return new Results(byUnit, means);
    }

    /**
     * Scores from a spreadsheet: a column "Mã cán bộ" and one column per subject, headed by its name;
     * each row scores the person's latest attempt. Any wrong row (unknown or unregistered code, a
     * missing or out-of-range score) and nothing is saved; the errors name the rows.
     */
    @Transactional
    public List<String> importScores(UserScope scope, long testId, InputStream input, String fileName) {
        CompetencyTest test = test(scope,
                testId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.tests.notFound")));
        List<String> errors = new ArrayList<>();
        int[] codeColumn = {-1};
        int[] subjectColumns = new int[test.subjects().size()];
        List<Object[]> rows = new ArrayList<>();
        try {
            TabularFile.readWithHeader(input, fileName,
                    cells -> cells.stream().anyMatch(c -> VietnameseText.key(c == null ? "" : c).equals("ma can bo")),
                    new TabularFile.HeaderedRows() {
                        @Override
                        public boolean header(List<String> cells) {
                            Arrays.fill(subjectColumns, -1);
                            for (int c = 0; c < cells.size(); c++) {
                                String key = VietnameseText.key(cells.get(c) == null ? "" : cells.get(c));
                                if (key.equals("ma can bo") || key.equals("ma_can_bo")) {
                                    codeColumn[0] = c;
                                }
                                for (int s = 0; s < subjectColumns.length; s++) {
                                    if (key.equals(VietnameseText.key(test.subjects().get(s).name()))) {
                                        subjectColumns[s] = c;
                                    }
                                }
                            }
                            for (int s = 0; s < subjectColumns.length; s++) {
                                if (subjectColumns[s] < 0) {
                                    errors.add(Messages.text("evaluation.tests.file.subjectColumnMissing", test.subjects().get(s).name()));
                                }
                            }
                            if (codeColumn[0] < 0) {
                                errors.add(Messages.text("evaluation.tests.file.codeColumnMissing"));
                            }
                            return errors.isEmpty();
                        }

                        @Override
                        public void row(int rowNumber, List<String> cells) {
                            String code = codeColumn[0] < cells.size() && cells.get(codeColumn[0]) != null ? cells.get(codeColumn[0]).strip() : "";
                            if (code.isEmpty()) {
                                return;
                            }
                            String[] scores = new String[subjectColumns.length];
                            for (int s = 0; s < scores.length; s++) {
                                scores[s] = subjectColumns[s] < cells.size() && cells.get(subjectColumns[s]) != null
                                        ? cells.get(subjectColumns[s]) : "";
                            }
                            rows.add(new Object[] {rowNumber, code, scores});
                        }
                    });
        } catch (TabularFile.InvalidFileException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, CompetencyTest.Sitting> latest = new HashMap<>();
        for (CompetencyTest.Sitting sitting : sittings(testId)) {
            latest.merge(sitting.personCode(), sitting, (a, b) -> a.attempt() >= b.attempt() ? a : b);
        }
        Map<Long, List<BigDecimal>> scored = new LinkedHashMap<>();
        for (Object[] row : rows) {
            CompetencyTest.Sitting sitting = latest.get((String) row[1]);
            if (sitting == null) {
                errors.add(Messages.text("evaluation.tests.file.notRegistered", row[0], row[1]));
                continue;
            }
            List<BigDecimal> values = new ArrayList<>();
            for (String text : (String[]) row[2]) {
                try {
                    BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
                    if (value.signum() < 0 || value.compareTo(test.maxScore()) > 0) {
                        throw new NumberFormatException();
                    }
                    values.add(value);
                } catch (NumberFormatException e) {
                    errors.add(Messages.text("evaluation.tests.file.badScore", row[0], text,
                            test.maxScore().stripTrailingZeros().toPlainString()));
                    break;
                }
            }
            scored.put(sitting.id(), values);
        }
        if (errors.isEmpty()) {
            scored.forEach((sittingId, values) -> score(scope, sittingId, values));
        }
        return errors;
    }

    /** A number as an officer types it (a comma or a point for decimals), or the refusal naming the field. */
    static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal((text == null ? "" : text).strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidEvaluationException(Messages.text("evaluation.mustBeNumber", what));
        }
    }
}
