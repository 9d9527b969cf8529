package vn.chuan.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Recruitment rounds (thi tuyển, xét tuyển) and their hires; a hire is a person of the registry
 * (their record and first post are entered as for anyone). Counts per year and unit the share of
 * new hires under 30 with a degree graded excellent or very good.
 */
@Service
public class Recruitment {

    /** Under this age on the day of hiring counts as young (the target's "dưới 30 tuổi"). */
    static final int YOUNG_UNDER = 30;

    private final JdbcClient jdbc;
    private final PersonRegistry people;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    Recruitment(JdbcClient jdbc, PersonRegistry people, Units units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Method {
        THI_TUYEN(Messages.text("recruitment.method.exam")), XET_TUYEN(Messages.text("recruitment.method.selection"));

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Round(long id, long unitId, String unitName, String unitPath, String name, Method method, LocalDate heldOn, List<Hire> hires) {
    }

    public record Hire(long id, long personId, String personCode, String personName, int ageAtHiring, DegreeClass degreeClass,
            String fieldOfStudy, String positionName, LocalDate hiredOn) {

        public boolean youngAndExcellent() {
            return ageAtHiring < YOUNG_UNDER && degreeClass.excellent();
        }
    }

    @Transactional
    public long openRound(UserScope scope, long unitId, String name, Method method, LocalDate heldOn) {
        Unit unit = writable(scope, unitId);
        if (name == null || name.isBlank() || method == null || heldOn == null) {
            throw new InvalidRecruitmentException(Messages.text("recruitment.round.fieldsRequired"));
        }
        if (heldOn.isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new InvalidRecruitmentException(Messages.text("recruitment.round.dateTooFar", Dates.format(heldOn)));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into recruitment_round (unit_id, name, method, held_on) values (:u, :n, :m, :d)")
                .param("u", unitId).param("n", name.strip()).param("m", method.name()).param("d", heldOn).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditEvent.of("RECRUITMENT_ROUND", id, "CREATE").summary(Messages.text("recruitment.round.created", name.strip(),
                method.label(), unit.name())).build());
        return id;
    }

    /** Adds a hire: a person already registered, working in the round's unit or below from the hiring date. */
    @Transactional
    public void hire(UserScope scope, long roundId, String personCode, DegreeClass degreeClass, String fieldOfStudy, String positionName,
            LocalDate hiredOn) {
        Round round = round(scope,
                roundId).orElseThrow(() -> new InvalidRecruitmentException(Messages.text("recruitment.round.notFound")));
        writable(scope, round.unitId());
        if (degreeClass == null) {
            throw new InvalidRecruitmentException(Messages.text("recruitment.hire.honoursRequired"));
        }
        if (positionName == null || positionName.isBlank()) {
            throw new InvalidRecruitmentException(Messages.text("recruitment.hire.positionRequired"));
        }
        if (hiredOn == null || hiredOn.isBefore(round.heldOn())) {
            throw new InvalidRecruitmentException(Messages.text("recruitment.hire.dateRange", Dates.format(round.heldOn())));
        }
        PersonRecord person = people.findByCode(scope, personCode)
                .orElseThrow(() -> new InvalidRecruitmentException(Messages.text("recruitment.hire.personNotFound", personCode)));
        if (round.hires().stream().anyMatch(h -> h.personId() == person.id().value())) {
            throw new InvalidRecruitmentException(Messages.text("recruitment.hire.alreadyHired", person.fullName()));
        }
        var post = person.assignmentOn(hiredOn)
                .orElseThrow(() -> new InvalidRecruitmentException(
                Messages.text("recruitment.hire.noPostFrom", person.fullName(), Dates.format(hiredOn))));
        Unit postUnit = units.get(post.unitId());
        if (!postUnit.path().startsWith(round.unitPath())) {
            throw new InvalidRecruitmentException(Messages.text("recruitment.hire.otherUnit", person.fullName(), postUnit.name()));
        }
        jdbc.sql("""
                insert into recruitment_hire (round_id, person_id, degree_class, field_of_study, position_name, hired_on)
                values (:r, :p, :c, :f, :pos, :d)
                """).param("r", roundId).param("p", person.id().value()).param("c", degreeClass.name())
                .param("f", fieldOfStudy == null || fieldOfStudy.isBlank() ? null : fieldOfStudy.strip()).param("pos", positionName.strip())
                .param("d", hiredOn).update();
        audit.record(AuditEvent.of("RECRUITMENT_HIRE", roundId, "CREATE").person(person.id().value())
                .summary(Messages.text("recruitment.hire.recorded", round.name(), positionName.strip(),
                        degreeClass.label())).build());
    }

    @Transactional(readOnly = true)
    public List<Round> rounds(UserScope scope) {
        return rounds(scope, null);
    }

    @Transactional(readOnly = true)
    public Optional<Round> round(UserScope scope, long id) {
        return rounds(scope, id).stream().findFirst();
    }

    /** The rounds of the scope, or only the one with {@code onlyId} (read alone, not picked from all). */
    private List<Round> rounds(UserScope scope, Long onlyId) {
        List<Round> rounds = new ArrayList<>();
        var query = jdbc.sql("select r.*, u.name as unit_name, u.path from recruitment_round r join unit u on u.id = r.unit_id "
                        + "where u.path like :scope" + (onlyId == null ? "" : " and r.id = :id") + " order by r.held_on desc, r.id desc")
                .param("scope", scope.likePrefix());
        (onlyId == null ? query : query.param("id", onlyId))
                .query(rs -> {
                    rounds.add(new Round(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("path"),
                            rs.getString("name"), Method.valueOf(rs.getString("method")), rs.getObject("held_on", LocalDate.class), List.of()));
                });
        Map<Long, List<Hire>> hires = hiresOf(rounds.stream().map(Round::id).toList());
        return rounds.stream().map(r -> new Round(r.id(), r.unitId(), r.unitName(), r.unitPath(), r.name(), r.method(), r.heldOn(),
                hires.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, List<Hire>> hiresOf(List<Long> roundIds) {
        Map<Long, List<Hire>> hires = new HashMap<>();
        if (roundIds.isEmpty()) {
            return hires;
        }
        jdbc.sql("""
                select h.*, p.code, p.full_name, p.birth_date from recruitment_hire h join person p on p.id = h.person_id
                where h.round_id in (:ids) order by h.hired_on, p.given_key
                """).param("ids", roundIds)
                .query(rs -> {
                    LocalDate hiredOn = rs.getObject("hired_on", LocalDate.class);
                    hires.computeIfAbsent(rs.getLong("round_id"), k -> new ArrayList<>()).add(new Hire(rs.getLong("id"), rs.getLong("person_id"),
                            rs.getString("code"), rs.getString("full_name"),
                            Period.between(rs.getObject("birth_date", LocalDate.class), hiredOn).getYears(),
                            DegreeClass.valueOf(rs.getString("degree_class")), rs.getString("field_of_study"), rs.getString("position_name"),
                            hiredOn));
                });
        return hires;
    }

    /** New hires of one year in one unit: how many, how many under 30 with an excellent or very good degree. */
    public record YearFigures(int year, String unitName, int hires, int youngExcellent) {

        public String share() {
            return Shares.percent(youngExcellent, hires, 2);
        }

        public double percent() {
            return hires == 0 ? 0 : 100.0 * youngExcellent / hires;
        }
    }

    /** Per year (newest first), per unit of the rounds, then the scope's total of the year (unit name empty). */
    @Transactional(readOnly = true)
    public List<YearFigures> figures(UserScope scope) {
        Map<Integer, Map<String, int[]>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Round round : rounds(scope)) {
            for (Hire hire : round.hires()) {
                Map<String, int[]> units = byYear.computeIfAbsent(hire.hiredOn().getYear(), k -> new TreeMap<>());
                for (String key : List.of(round.unitName(), "")) {
                    int[] counts = units.computeIfAbsent(key, k -> new int[2]);
                    counts[0]++;
                    counts[1] += hire.youngAndExcellent() ? 1 : 0;
                }
            }
        }
        List<YearFigures> figures = new ArrayList<>();
        byYear.forEach((year, units) -> units.forEach((unit, counts) -> {
            if (!unit.isEmpty()) {
                figures.add(new YearFigures(year, unit, counts[0], counts[1]));
            }
        }));
        List<YearFigures> withTotals = new ArrayList<>();
        byYear.forEach((year, units) -> {
            figures.stream().filter(f -> f.year() == year).forEach(withTotals::add);
            int[] total = units.get("");
            withTotals.add(new YearFigures(year, "", total[0], total[1]));
        });
        return withTotals;
    }

    private Unit writable(UserScope scope, long unitId) {
        return scope.writableUnit(units.find(new UnitId(unitId)), InvalidRecruitmentException::new);
    }
}
