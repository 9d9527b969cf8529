package vn.chuan.evaluation;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/** Surveys about people: questions, answers by the person, a superior or citizens, summaries per person and per unit. */
@Service
public class Surveys {

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Surveys(JdbcClient jdbc, PersonRegistry people, Units units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new survey. Questions one per line: the text alone for a 1–5 scale, or the text, a colon and
     * the choices separated by "|" ("Mức độ hài lòng: Rất hài lòng | Hài lòng | Chưa hài lòng").
     */
    @Transactional
    public long create(UserScope scope, String name, long unitId, String questions) {
        Unit unit = units.find(new UnitId(unitId)).filter(scope::covers).filter(u -> scope.canWrite())
                .orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.unitOutOfScope")));
        List<Survey.Question> parsed = parse(questions);
        if (name == null || name.isBlank() || parsed.isEmpty()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.surveys.nameAndQuestionsRequired"));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey (name, unit_id) values (:n, :u)").param("n", name.strip()).param("u", unitId).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < parsed.size(); i++) {
            jdbc.sql("insert into survey_question (survey_id, position, text, choices) values (:s, :p, :t, :c)").param("s", id).param("p", i)
                    .param("t", parsed.get(i).text()).param("c", parsed.get(i).scale() ? null : String.join("|", parsed.get(i).choices()),
                            Types.VARCHAR).update();
        }
        audit.record(AuditEvent.of("SURVEY", id, "CREATE").summary(Messages.text("evaluation.surveys.created", name.strip(), unit.name())).build());
        return id;
    }

    static List<Survey.Question> parse(String text) {
        List<Survey.Question> questions = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\n")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.indexOf('|', colon) > 0) {
                List<String> choices = Arrays.stream(line.substring(colon + 1).split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
                questions.add(new Survey.Question(line.substring(0, colon).strip(), choices));
            } else {
                questions.add(new Survey.Question(line.strip(), List.of()));
            }
        }
        return questions;
    }

    public List<Survey> surveys(UserScope scope) {
        return jdbc.sql("select s.id from survey s join unit u on u.id = s.unit_id where u.path like :p order by s.id desc")
                .param("p", (scope.isWholeDatabase() ? "/" : scope.path()) + "%").query(Long.class).list().stream()
                .map(id -> survey(id).orElseThrow()).toList();
    }

    public Optional<Survey> survey(UserScope scope, long id) {
        return survey(id).filter(s -> units.find(new UnitId(s.unitId())).map(scope::covers).orElse(false));
    }

    private Optional<Survey> survey(long id) {
        List<Survey.Question> questions = jdbc.sql("select text, choices from survey_question where survey_id = :s order by position")
                .param("s", id).query((rs, n) -> new Survey.Question(rs.getString("text"), rs.getString("choices") == null ? List.of()
                        : List.of(rs.getString("choices").split("\\|")))).list();
        return jdbc.sql("select s.*, u.name as unit_name from survey s join unit u on u.id = s.unit_id where s.id = :id").param("id", id)
                .query((rs, n) -> new Survey(rs.getLong("id"), rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        questions)).optional();
    }

    /** Records one response about a person of the survey's unit: a 1–5 score or a choice's number per question. */
    @Transactional
    public void respond(UserScope scope, long surveyId, String personCode, Survey.Respondent respondent, List<String> answers) {
        Survey survey = survey(scope, surveyId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.surveys.notFound")));
        Unit unit = units.get(new UnitId(survey.unitId()));
        PersonRecord person = people.findByCode(scope, personCode)
                .filter(r -> r.assignmentOn(LocalDate.now(clock)).flatMap(a -> units.find(a.unitId()))
                        .map(u -> u.path().startsWith(unit.path())).orElse(false))
                .orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.surveys.personNotInUnit", personCode.strip(),
                        unit.name())));
        if (respondent == null) {
            throw new InvalidEvaluationException(Messages.text("evaluation.surveys.respondentRequired"));
        }
        if (answers.size() != survey.questions().size()) {
            throw new InvalidEvaluationException(Messages.text("evaluation.surveys.allAnswersRequired", survey.questions().size()));
        }
        for (int i = 0; i < answers.size(); i++) {
            Survey.Question question = survey.questions().get(i);
            int max = question.scale() ? 5 : question.choices().size();
            int value;
            try {
                value = Integer.parseInt(answers.get(i).strip());
            } catch (NumberFormatException e) {
                value = 0;
            }
            if (value < 1 || value > max) {
                throw new InvalidEvaluationException(Messages.text("evaluation.surveys.answerRange", (i + 1), question.text(), max));
            }
        }
        jdbc.sql("insert into survey_response (survey_id, subject_person_id, respondent, answers, answered_on) values (:s, :p, :r, :a, :on)")
                .param("s", surveyId).param("p", person.id().value()).param("r", respondent.name())
                .param("a", String.join(";", answers.stream().map(String::strip).toList())).param("on", LocalDate.now(clock)).update();
        audit.record(AuditEvent.of("SURVEY_RESPONSE", surveyId, "CREATE").person(person.id().value())
                .summary(Messages.text("evaluation.surveys.answered", survey.name(), respondent.label())).build());
    }

    /** Per person: responses, and per question the mean score or the count of each choice. */
    public List<Survey.PersonSummary> summary(UserScope scope, Survey survey) {
        Map<Long, List<int[]>> byPerson = new LinkedHashMap<>();
        jdbc.sql("select subject_person_id, answers from survey_response where survey_id = :s order by subject_person_id").param("s", survey.id())
                .query(rs -> {
                    int[] values = Arrays.stream(rs.getString("answers").split(";")).mapToInt(Integer::parseInt).toArray();
                    byPerson.computeIfAbsent(rs.getLong("subject_person_id"), k -> new ArrayList<>()).add(values);
                });
        Map<Long, PersonRecord> records = new HashMap<>();
        people.findByIds(scope, new ArrayList<>(byPerson.keySet())).forEach(r -> records.put(r.id().value(), r));
        List<Survey.PersonSummary> summaries = new ArrayList<>();
        byPerson.forEach((personId, responses) -> {
            PersonRecord record = records.get(personId);
            summaries.add(new Survey.PersonSummary(personId, record.code(), record.fullName(),
                    record.assignmentOn(LocalDate.now(clock)).map(a -> a.unitName()).orElse(""), responses.size(), perQuestion(survey, responses)));
        });
        summaries.sort(Comparator.comparing(Survey.PersonSummary::unitName).thenComparing(Survey.PersonSummary::name));
        return summaries;
    }

    /** Per unit (of each person's post today): the same summary over all its responses. */
    public Map<String, List<String>> summaryByUnit(UserScope scope, Survey survey) {
        Map<String, List<int[]>> byUnit = new TreeMap<>();
        Map<Long, List<int[]>> byPerson = new HashMap<>();
        jdbc.sql("select subject_person_id, answers from survey_response where survey_id = :s").param("s", survey.id()).query(rs -> {
            byPerson.computeIfAbsent(rs.getLong("subject_person_id"), k -> new ArrayList<>())
                    .add(Arrays.stream(rs.getString("answers").split(";")).mapToInt(Integer::parseInt).toArray());
        });
        for (PersonRecord record : people.findByIds(scope, new ArrayList<>(byPerson.keySet()))) {
            String unit = record.assignmentOn(LocalDate.now(clock)).map(a -> a.unitName()).orElse("");
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).addAll(byPerson.get(record.id().value()));
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        byUnit.forEach((unit, responses) -> result.put(unit, perQuestion(survey, responses)));
        return result;
    }

    private static List<String> perQuestion(Survey survey, List<int[]> responses) {
        List<String> cells = new ArrayList<>();
        for (int q = 0; q < survey.questions().size(); q++) {
            Survey.Question question = survey.questions().get(q);
            int index = q;
            if (question.scale()) {
                double mean = responses.stream().mapToInt(r -> r[index]).average().orElse(0);
                cells.add(String.format(Locale.forLanguageTag("vi"), "%.2f", mean));
            } else {
                List<String> counts = new ArrayList<>();
                for (int c = 0; c < question.choices().size(); c++) {
                    int choice = c + 1;
                    counts.add(question.choices().get(c) + " " + responses.stream().filter(r -> r[index] == choice).count());
                }
                cells.add(String.join(", ", counts));
            }
        }
        return cells;
    }
}
