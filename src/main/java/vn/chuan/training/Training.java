package vn.chuan.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonNotFoundException;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.ProvinceSetting;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PageOf;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * The training module's facade: the catalogue, classes, places ("lượt") and their statistics.
 * Completing a place that confers a level records the qualification on the person (with the
 * certificate as evidence) through the registry, which re-assesses them like any edit.
 */
@Service
public class Training {

    private final TrainingRepository repository;
    private final PlaceQuery places;
    private final Units units;
    private final PersonRegistry people;
    private final AuditLog audit;
    private final Clock clock;

    Training(TrainingRepository repository, PlaceQuery places, PersonRegistry people, Units units, AuditLog audit, Clock clock) {
        this.units = units;
        this.repository = repository;
        this.places = places;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public List<TrainingKind> kinds() {
        return repository.kinds();
    }

    public List<Programme> programmes() {
        return repository.programmes();
    }

    public Optional<Programme> programme(long id) {
        return repository.programme(id);
    }

    /** Adds a programme to the catalogue; refused (nothing saved) with a Vietnamese reason. */
    @Transactional
    public long defineProgramme(UserScope scope, Programme.Definition d) {
        scope.requireSetting(ProvinceSetting.TRAINING_CLASSES, InvalidTrainingException::new);
        if (d.code() == null || d.code().isBlank() || d.name() == null || d.name().isBlank()) {
            throw new InvalidTrainingException(Messages.text("training.programme.codeAndNameRequired"));
        }
        if (repository.programmeCoded(d.code())) {
            throw new InvalidTrainingException(Messages.text("training.programme.exists", d.code().strip()));
        }
        if (repository.kinds().stream().noneMatch(k -> k.code().equals(d.kindCode()))) {
            throw new InvalidTrainingException(Messages.text("training.programme.unknownKind", d.kindCode()));
        }
        Dimension dimension = null;
        if (d.dimensionKey() != null && !d.dimensionKey().isBlank()) {
            dimension = Dimension.byKey(d.dimensionKey().strip()).orElseThrow(() -> new InvalidTrainingException(
                    Messages.text("training.programme.unknownDimension", d.dimensionKey().strip())));
            Dimension onDimension = dimension;
            if (d.levelCode() == null || onDimension.levels().stream().noneMatch(l -> l.code().equals(d.levelCode()) && l.rank() > 0)) {
                throw new InvalidTrainingException(Messages.text("training.programme.levelRequired", onDimension.label()));
            }
        }
        if (d.durationDays() != null && d.durationDays() <= 0) {
            throw new InvalidTrainingException(Messages.text("training.programme.durationPositive"));
        }
        long id = repository.insert(d, dimension);
        audit.record(AuditEvent.of("TRAINING_PROGRAMME", id, "CREATE").summary(Messages.text("training.programme.added",
                d.code().strip(), d.name().strip())).build());
        return id;
    }

    public List<TrainingClass> classes() {
        return repository.classes();
    }

    public Optional<TrainingClass> trainingClass(long id) {
        return repository.trainingClass(id);
    }

    /** Opens a class; refused (nothing saved) with a Vietnamese reason. */
    @Transactional
    public long openClass(UserScope scope, TrainingClass.Definition d) {
        scope.requireSetting(ProvinceSetting.TRAINING_CLASSES, InvalidTrainingException::new);
        if (repository.programme(d.programmeId()).isEmpty()) {
            throw new InvalidTrainingException(Messages.text("training.class.programmeRequired"));
        }
        if (d.code() == null || d.code().isBlank()) {
            throw new InvalidTrainingException(Messages.text("training.class.codeRequired"));
        }
        if (repository.classCoded(d.code())) {
            throw new InvalidTrainingException(Messages.text("training.class.exists", d.code().strip()));
        }
        if (d.startsOn() == null || d.endsOn() == null || d.endsOn().isBefore(d.startsOn())) {
            throw new InvalidTrainingException(Messages.text("training.class.endBeforeStart"));
        }
        if (d.seats() <= 0) {
            throw new InvalidTrainingException(Messages.text("training.class.seatsPositive"));
        }
        if (d.costPerPlace() == null || d.costPerPlace().signum() < 0) {
            throw new InvalidTrainingException(Messages.text("training.class.costNotNegative"));
        }
        long id = repository.insert(d);
        audit.record(AuditEvent.of("TRAINING_CLASS", id, "CREATE").summary(Messages.text("training.class.opened", d.code().strip(),
                Dates.format(d.startsOn()), Dates.format(d.endsOn()), d.seats())).build());
        return id;
    }

    /** A class's places of the people visible in the scope (a class is open to the whole province; its places are not). */
    public List<Enrolment> enrolmentsOfClass(UserScope scope, long classId) {
        List<Enrolment> all = repository.enrolmentsOfClass(classId);
        if (scope.isWholeDatabase()) {
            return all;
        }
        Set<Long> visible = people.visibleAmong(scope, all.stream().map(Enrolment::personId).toList());
        return all.stream().filter(e -> visible.contains(e.personId())).toList();
    }

    /** The training histories of many people by person id, newest first (for the national database export). */
    public Map<Long, List<Enrolment>> historiesOf(Collection<Long> personIds) {
        return repository.enrolmentsOfPeople(personIds);
    }

    /** A person's whole training history, newest first; only for a person in the scope. */
    public List<Enrolment> history(UserScope scope, long personId) {
        if (!people.isVisible(scope, new PersonId(personId))) {
            throw new PersonNotFoundException(personId);
        }
        return repository.enrolmentsOfPerson(personId);
    }

    /**
     * Enrols the persons with these codes; refused as a whole (nothing saved) when one is unknown or
     * outside the scope, already in the class, or when the class has not enough free seats.
     */
    @Transactional
    public int enrol(UserScope scope, long classId, List<String> personCodes) {
        TrainingClass trainingClass = repository.trainingClass(classId)
                .orElseThrow(() -> new InvalidTrainingException(Messages.text("training.class.notFound")));
        List<String> codes = personCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            throw new InvalidTrainingException(Messages.text("training.enrol.codeRequired"));
        }
        var records = people.findByCodes(codes);
        List<String> problems = new ArrayList<>();
        for (String code : codes) {
            PersonRecord record = records.get(code);
            if (record == null || !people.isVisible(scope, record.id())) {
                problems.add(Messages.text("training.enrol.personNotFound", code));
            } else if (repository.isEnrolled(classId, record.id().value())) {
                problems.add(Messages.text("training.enrol.alreadyEnrolled", record.fullName(), code));
            }
        }
        if (problems.isEmpty() && codes.size() > trainingClass.freeSeats()) {
            problems.add(Messages.text("training.enrol.notEnoughSeats", trainingClass.freeSeats(), trainingClass.seats(), codes.size()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidTrainingException(String.join("; ", problems));
        }
        for (String code : codes) {
            PersonRecord record = records.get(code);
            long id = repository.insertEnrolment(classId, record.id().value());
            audit.record(AuditEvent.of("ENROLMENT", id, "CREATE").person(record.id().value())
                    .summary(Messages.text("training.enrol.history.registered", trainingClass.code(), trainingClass.programme().name())).build());
        }
        return codes.size();
    }

    /** The ids of the persons with these codes in the scope; refused when one is not. */
    public List<Long> personIds(UserScope scope, List<String> personCodes) {
        List<String> codes = personCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        var records = people.findByCodes(codes);
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            PersonRecord record = records.get(code);
            if (record == null || !people.isVisible(scope, record.id())) {
                throw new InvalidTrainingException(Messages.text("training.enrol.personNotFound", code));
            }
            ids.add(record.id().value());
        }
        return ids;
    }

    /** Marks a place as attending. */
    @Transactional
    public void attend(UserScope scope, long enrolmentId, int version) {
        Enrolment enrolment = visible(scope, enrolmentId);
        change(enrolment, version, EnrolmentStatus.DANG_HOC, null, null, null, null, Messages.text("training.enrol.history.attending",
                enrolment.classCode()));
    }

    /** Marks a place as dropped. */
    @Transactional
    public void drop(UserScope scope, long enrolmentId, int version) {
        Enrolment enrolment = visible(scope, enrolmentId);
        if (enrolment.status() == EnrolmentStatus.HOAN_THANH) {
            throw new InvalidTrainingException(Messages.text("training.enrol.completedCannotDrop"));
        }
        change(enrolment, version, EnrolmentStatus.BO_HOC, null, null, null, null, Messages.text("training.enrol.history.dropped",
                enrolment.classCode()));
    }

    /**
     * Completes a place: the result and the certificate (number, date). When the programme confers a
     * level, the qualification is recorded on the person with the certificate as its evidence.
     */
    @Transactional
    public void complete(UserScope scope, long enrolmentId, int version, String result, String certificateNumber, LocalDate certificateDate) {
        Enrolment enrolment = visible(scope, enrolmentId);
        TrainingClass trainingClass = repository.trainingClass(enrolment.classId()).orElseThrow();
        if (enrolment.status() == EnrolmentStatus.HOAN_THANH || enrolment.status() == EnrolmentStatus.BO_HOC) {
            throw new InvalidTrainingException(Messages.text("training.enrol.already", enrolment.status().label().toLowerCase(Locale.ROOT)));
        }
        if (certificateDate == null) {
            throw new InvalidTrainingException(Messages.text("training.enrol.certificateDateRequired"));
        }
        if (certificateDate.isBefore(trainingClass.startsOn())) {
            throw new InvalidTrainingException(Messages.text("training.enrol.certificateBeforeStart", Dates.format(certificateDate),
                    Dates.format(trainingClass.startsOn())));
        }
        if (certificateDate.isAfter(LocalDate.now(clock))) {
            throw new InvalidTrainingException(Messages.text("training.enrol.certificateInFuture"));
        }
        Long qualificationId = null;
        Programme programme = trainingClass.programme();
        if (programme.confers().isPresent()) {
            String evidence = certificateNumber == null || certificateNumber.isBlank()
                    ? Messages.text("training.enrol.certificateOfClass", trainingClass.code())
                    : Messages.text("training.enrol.certificateNumberOfClass", certificateNumber.strip(), trainingClass.code());
            qualificationId = people.grantQualification(scope, new PersonId(enrolment.personId()), new QualificationDetails(
                    programme.confersDimension(), programme.confersLevel(), null, programme.provider(), certificateDate, evidence));
        }
        change(enrolment, version, EnrolmentStatus.HOAN_THANH, result, certificateNumber, certificateDate, qualificationId,
                programme.confers().isPresent()
                        ? Messages.text("training.enrol.history.completedWithLevel", enrolment.classCode(), programme.confersText())
                        : Messages.text("training.enrol.history.completed", enrolment.classCode()));
    }

    private Enrolment visible(UserScope scope, long enrolmentId) {
        Enrolment enrolment = repository.enrolment(enrolmentId)
                .orElseThrow(() -> new InvalidTrainingException(Messages.text("training.enrol.notFound")));
        if (!scope.canWrite() || !people.isVisible(scope, new PersonId(enrolment.personId()))) {
            throw new InvalidTrainingException(Messages.text("training.enrol.personOutOfScope"));
        }
        return enrolment;
    }

    private void change(Enrolment enrolment, int version, EnrolmentStatus status, String result, String number, LocalDate date,
            Long qualificationId, String summary) {
        if (!repository.updateStatus(enrolment.id(), version, status, blank(result), blank(number), date, qualificationId)) {
            throw new InvalidTrainingException(Messages.text("training.enrol.changedMeanwhile"));
        }
        audit.record(AuditEvent.of("ENROLMENT", enrolment.id(), "STATUS").person(enrolment.personId()).summary(summary)
                .change(Messages.text("training.places.by.status"), enrolment.status().label(), status.label()).build());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- statistics ---------------------------------------------------------------------------

    /** Places sent from {@code unit}'s subtree in classes starting between the dates, by kind and {@code by}. */
    public PlaceTable places(UserScope scope, Unit unit, LocalDate from, LocalDate to, PlaceBreakdown by) {
        requireCovered(scope, unit);
        return new PlaceTable(unit, from, to, by, repository.kinds(), places.count(areas(unit, from, to), from, to, by));
    }

    /** The unit and, for a period before it existed, what it was formed from (as its dated reports read its past). */
    private List<PlaceQuery.Area> areas(Unit unit, LocalDate from, LocalDate to) {
        Set<PlaceQuery.Area> areas = new LinkedHashSet<>();
        areas.add(new PlaceQuery.Area(unit.path() + "%", null, null));
        for (LocalDate date : List.of(from, to)) {
            for (Units.Source source : units.pastOf(unit, date)) {
                areas.add(new PlaceQuery.Area(source.unit().path() + "%", source.attribution(),
                        source.attribution() == null ? null : unit.path() + "%"));
            }
        }
        return List.copyOf(areas);
    }

    /** The places one number of the table counts. */
    public PageOf<Enrolment> placeList(UserScope scope, Unit unit, LocalDate from, LocalDate to, String kindCode, PlaceBreakdown by,
            String value, int page, int size) {
        requireCovered(scope, unit);
        return places.list(areas(unit, from, to), from, to, kindCode, by, value, page, size);
    }

    private static void requireCovered(UserScope scope, Unit unit) {
        if (!scope.covers(unit)) {
            throw new InvalidTrainingException(Messages.text("training.unitOutOfScope", unit.name()));
        }
    }

}
