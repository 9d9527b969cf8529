package vn.chuan.national;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import vn.chuan.audit.ChangeFeed;
import vn.chuan.dossier.PersonnelFile;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.dossier.Profile;
import vn.chuan.dossier.SensitiveData;
import vn.chuan.evaluation.Conduct;
import vn.chuan.evaluation.Evaluations;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseOrder;
import vn.chuan.succession.ConfidenceVotes;
import vn.chuan.succession.Succession;
import vn.chuan.training.Enrolment;
import vn.chuan.training.Training;

/**
 * The file an officer uploads to the national cadre database: everyone of the scope who holds a
 * post today, or only the people whose record changed since a date (including those who left),
 * one record per person keyed by the personal identification number. A record that lacks a
 * mandatory field is not sent; {@link #check} says which and what is missing. Read in chunks, so a
 * province of any size is written in bounded memory.
 */
@Service
public class NationalExport {

    static final String FORMAT = "chuan/csdl-quoc-gia/1";
    private static final int CHUNK = 500;

    private final PersonRegistry people;
    private final ChangeFeed changes;
    private final Evaluations evaluations;
    private final Conduct conduct;
    private final Training training;
    private final Succession succession;
    private final ConfidenceVotes votes;
    private final PersonnelFiles dossiers;
    private final JsonMapper json;
    private final Clock clock;

    NationalExport(PersonRegistry people, ChangeFeed changes, Evaluations evaluations, Conduct conduct, Training training,
            Succession succession, ConfidenceVotes votes, PersonnelFiles dossiers, JsonMapper json, Clock clock) {
        this.people = people;
        this.dossiers = dossiers;
        this.changes = changes;
        this.evaluations = evaluations;
        this.conduct = conduct;
        this.training = training;
        this.succession = succession;
        this.votes = votes;
        this.json = json;
        this.clock = clock;
    }

    /** A person whose record cannot be sent yet, and the mandatory fields missing. */
    public record Missing(long personId, String code, String fullName, String unitName, List<String> fields) {
    }

    /** What a file holds: the records written and the people left out for missing fields. */
    public record Summary(int written, int leftOut) {
    }

    /** The mandatory fields a record lacks (empty: it can be sent). */
    static List<String> missingFields(PersonRecord person, LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (person.citizenId() == null || !person.citizenId().matches("\\d{12}")) {
            missing.add(Messages.text("national.field.citizenId"));
        }
        if (person.assignments().isEmpty()) {
            missing.add(Messages.text("national.field.post"));
        }
        if (person.qualificationsOf(Dimension.GENERAL_EDUCATION).isEmpty()) {
            missing.add(Dimension.GENERAL_EDUCATION.label());
        }
        if (person.qualificationsOf(Dimension.PROFESSIONAL).isEmpty()) {
            missing.add(Dimension.PROFESSIONAL.label());
        }
        return missing;
    }

    /** The people of the scope holding a post today whose record cannot be sent, by name. */
    @Transactional(readOnly = true)
    public List<Missing> check(UserScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<Missing> missing = new ArrayList<>();
        List<Long> ids = people.ids(scope, PersonSearch.all(today));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (PersonRecord person : people.findByIds(scope, ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                List<String> fields = missingFields(person, today);
                if (!fields.isEmpty()) {
                    missing.add(new Missing(person.id().value(), person.code(), person.fullName(),
                            person.assignmentOn(today).map(Assignment::unitName).orElse(""), fields));
                }
            }
        }
        missing.sort(Comparator.comparing(Missing::fullName, VietnameseOrder::byGivenName)
                .thenComparing(Missing::code));
        return missing;
    }

    /** Writes the file (JSON, UTF-8): everyone of the scope, or those changed since {@code changedSince}. */
    @Transactional(readOnly = true)
    public Summary write(UserScope scope, LocalDate changedSince, String scopeName, OutputStream out) throws IOException {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids;
        if (changedSince == null) {
            ids = people.ids(scope, PersonSearch.all(today));
        } else {
            Set<Long> changed = changes.peopleChangedSince(changedSince.atStartOfDay());
            ids = new ArrayList<>(people.visibleAmong(scope, changed));
            Collections.sort(ids);
        }
        int written = 0;
        List<String> leftOut = new ArrayList<>();
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("format", FORMAT);
            generator.writeStringProperty("generatedAt", LocalDateTime.now(clock).withNano(0).toString());
            generator.writeStringProperty("scope", scopeName);
            generator.writeStringProperty("changedSince", changedSince == null ? null : changedSince.toString());
            generator.writeName("records");
            generator.writeStartArray();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                for (NationalRecord record : records(scope, chunk, today, leftOut)) {
                    json.writeValue(generator, record);
                    written++;
                }
            }
            generator.writeEndArray();
            generator.writeName("leftOut");
            generator.writeStartArray();
            for (String code : leftOut) {
                generator.writeString(code);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        return new Summary(written, leftOut.size());
    }

    private static NationalRecord.Background background(Profile f) {
        return new NationalRecord.Background(f.otherNames(), f.birthPlace(), f.homeTown(), f.permanentResidence(), f.currentResidence(),
                f.religion(), f.healthStatus(), f.heightCm(), f.weightKg(), f.bloodGroup(), f.socialInsuranceNo(), f.recruitedOn(),
                f.recruitedBy(), f.occupationBefore(), f.partyOfficialOn(), f.partyPosts(), f.massOrganisations(), f.armyEnlistedOn(),
                f.armyDischargedOn(), f.armyRank(), f.honours(), f.strengths());
    }

    private List<NationalRecord> records(UserScope scope, Collection<Long> asked, LocalDate today, List<String> leftOut) {
        List<PersonRecord> persons = people.findByIds(scope, asked);
        // Each module's history is read for the records the scope allowed, never for the ids asked.
        List<Long> ids = persons.stream().map(p -> p.id().value()).toList();
        Map<Long, List<Evaluations.YearGrade>> grades = evaluations.gradesOf(ids);
        Map<Long, List<Conduct.Award>> awards = conduct.awardsOf(ids);
        Map<Long, List<Conduct.Discipline>> disciplines = conduct.disciplinesOf(ids);
        Map<Long, List<Enrolment>> courses = training.historiesOf(ids);
        Map<Long, List<Succession.Membership>> pools = succession.membershipsOf(ids);
        Map<Long, List<ConfidenceVotes.Count>> counts = votes.countsOf(ids);
        Map<Long, PersonnelFile> files = new HashMap<>();
        dossiers.filesOf(scope, persons, SensitiveData.Purpose.XUAT).forEach(f -> files.put(f.person().id().value(), f));
        List<NationalRecord> records = new ArrayList<>();
        for (PersonRecord p : persons) {
            if (!missingFields(p, today).isEmpty()) {
                leftOut.add(p.code());
                continue;
            }
            long id = p.id().value();
            records.add(new NationalRecord(p.citizenId(),
                    new NationalRecord.Identity(p.citizenId(), p.code(), p.fullName(), p.gender().name(), p.birthDate(), p.ethnicity(),
                            p.partyMember(), p.partyJoinedOn()),
                    background(files.get(id).profile()),
                    files.get(id).family().stream().map(m -> new NationalRecord.Relative(m.relation().name(), m.relation().label(),
                            m.fullName(), m.birthYear(), m.homeTown(), m.occupation(), m.workplace())).toList(),
                    files.get(id).work().stream().map(w -> new NationalRecord.PastWork(w.fromOn(), w.toOn(), w.post(), w.place())).toList(),
                    new NationalRecord.Training(
                            Arrays.stream(Dimension.values()).flatMap(d -> p.highestOn(d, today).stream())
                                    .map(q -> new NationalRecord.Level(q.dimension().key(), q.dimension().label(), q.level().code(),
                                            q.level().label(), q.fieldOfStudy(), q.institution(), q.acquiredOn(), q.evidence()))
                                    .toList(),
                            courses.getOrDefault(id, List.of()).stream().map(e -> new NationalRecord.Course(e.programmeName(), e.kindName(),
                                    e.startsOn(), e.endsOn(), e.status().name(), e.result(), e.certificateNumber())).toList(),
                            files.get(id).training().stream().map(t -> new NationalRecord.Schooling(t.school(), t.field(), t.fromOn(),
                                    t.toOn(), t.mode().label(), t.diploma())).toList()),
                    new NationalRecord.Work(p.assignmentOn(today).map(NationalExport::post).orElse(null),
                            p.assignments().stream().map(NationalExport::post).toList()),
                    files.get(id).salary().stream().map(x -> new NationalRecord.SalaryStep(x.rankCode(), x.rankName(), x.step(),
                            x.coefficient(), x.overCeilingPercent(), x.positionAllowance(), x.effectiveOn(), x.decision())).toList(),
                    new NationalRecord.Evaluation(
                            grades.getOrDefault(id, List.of()).stream().map(g -> new NationalRecord.YearGrade(g.year(), g.grade().name(),
                                    g.grade().label())).toList(),
                            awards.getOrDefault(id, List.of()).stream().map(a -> new NationalRecord.Decision(a.form(), a.decisionNumber(),
                                    a.decidedOn(), a.issuer())).toList(),
                            disciplines.getOrDefault(id, List.of()).stream().map(d -> new NationalRecord.Decision(d.form().label(),
                                    d.decisionNumber(), d.decidedOn(), d.issuer())).toList()),
                    new NationalRecord.Appointment(
                            pools.getOrDefault(id, List.of()).stream().map(m -> new NationalRecord.PoolPlace(m.titleName(), m.unitName(),
                                    m.termFrom() + "–" + m.termTo(), m.addedOn(), m.removedOn())).toList(),
                            counts.getOrDefault(id, List.of()).stream().map(v -> new NationalRecord.Vote(v.period(), v.votedOn(), v.high(),
                                    v.medium(), v.low())).toList()),
                    p.assignments().stream()
                            .filter(a -> a.startReason() == AssignmentReason.LUAN_CHUYEN || a.startReason() == AssignmentReason.DIEU_DONG)
                            .map(a -> new NationalRecord.Movement(a.startReason().label(), a.startedOn(), a.unitName(), a.titleName()))
                            .toList()));
        }
        return records;
    }

    private static NationalRecord.Post post(Assignment a) {
        return new NationalRecord.Post(a.unitCode(), a.unitName(), a.category().name(), a.titleCode(), a.titleName(), a.startedOn(),
                a.endedOn(), a.startReason() == null ? null : a.startReason().label(), a.endReason() == null ? null : a.endReason().label(),
                a.kind().label(), a.decision());
    }
}
