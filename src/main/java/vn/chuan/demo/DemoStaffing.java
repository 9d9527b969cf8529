package vn.chuan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.positions.JobPosition;
import vn.chuan.positions.JobPositions;
import vn.chuan.recruitment.DegreeClass;
import vn.chuan.recruitment.Recruitment;
import vn.chuan.rotation.RotationKind;
import vn.chuan.rotation.Rotations;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.succession.SelectionRound;
import vn.chuan.succession.Selections;
import vn.chuan.succession.Succession;
import vn.chuan.units.Unit;

/**
 * The demo's staffing data, so that those pages show something at first start: the job positions of
 * one merged commune with its civil servants placed, the province's recruitment rounds of the recent
 * years, a few moves, and a selection round being scored. Deterministic: choices follow the codes.
 */
@Component
class DemoStaffing {

    private static final UserScope EVERYTHING = UserScope.everything(true);

    private final PersonRegistry people;
    private final JobPositions positions;
    private final Recruitment recruitment;
    private final Rotations rotations;
    private final Selections selections;
    private final Succession succession;

    /** The posts a chair of the People's Committee is usually drawn from. */
    private static final Set<String> POOLED_FROM = Set.of("PCT_UBND", "PHO_BI_THU_DU", "CT_HDND", "PCT_HDND", "CHANH_VP_XA", "TRUONG_PHONG_XA");

    DemoStaffing(PersonRegistry people, JobPositions positions, Recruitment recruitment, Rotations rotations, Selections selections,
            Succession succession) {
        this.succession = succession;
        this.people = people;
        this.positions = positions;
        this.recruitment = recruitment;
        this.rotations = rotations;
        this.selections = selections;
    }

    void load(Unit province, List<Unit> communes, Unit commune, Unit otherCommune, LocalDate today) {
        List<PersonRecord> staff = holding(commune, today);
        for (Unit each : communes) {
            placeInPositions(each, each.equals(commune) ? staff : holding(each, today), today);
            pool(each, today);
        }
        recruit(province, today);
        move(staff, otherCommune, today);
        select(commune, staff, today);
    }

    /**
     * The commune's succession pool for the People's Committee chair of the coming term: its deputies and heads of office
     * whom the pool's rules admit (by age, standards, discipline), those they refuse left out.
     */
    private void pool(Unit commune, LocalDate today) {
        int termFrom = today.getYear();
        long pool = succession.createPool(EVERYTHING, commune.id().value(), "CT_UBND", termFrom, termFrom + 5);
        List<Long> ids = people.ids(EVERYTHING, PersonSearch.fromParameters(Map.of("donVi", String.valueOf(commune.id().value())), today));
        int added = 0;
        for (PersonRecord person : people.findByIds(UserScope.system(), ids)) {
            String title = person.assignmentOn(today).map(Assignment::titleCode).orElse("");
            // Those the pool's rules refuse (age for the term, a discipline) are left out, as an officer's proposal would be.
            if (added < 3 && POOLED_FROM.contains(title) && succession.refusalToAdd(EVERYTHING, pool, person.code()).isEmpty()) {
                succession.addMember(EVERYTHING, pool, person.code(), "Quy hoạch từ chức vụ đang giữ, đánh giá hoàn thành tốt nhiệm vụ");
                added++;
            }
        }
    }

    private List<PersonRecord> holding(Unit unit, LocalDate today) {
        List<Long> ids = people.ids(EVERYTHING, PersonSearch.fromParameters(Map.of("donVi", String.valueOf(unit.id().value()), "loai", "CC"),
                today));
        return people.findByIds(UserScope.system(), ids).stream().filter(p -> p.assignmentOn(today).isPresent()).toList();
    }

    private void placeInPositions(Unit commune, List<PersonRecord> staff, LocalDate today) {
        record Spec(String code, String name, JobPosition.Group group, String fields) {
        }
        Map<String, Spec> leaders = Map.of(
                "CHANH_VP_XA", new Spec("CVP", "Chánh Văn phòng HĐND và UBND", JobPosition.Group.LEADERSHIP, "hành chính, văn phòng, luật"),
                "TRUONG_PHONG_XA", new Spec("TP", "Trưởng phòng chuyên môn", JobPosition.Group.LEADERSHIP, "hành chính, luật, kinh tế, kế toán"),
                "PHO_TRUONG_PHONG_XA", new Spec("PTP", "Phó Trưởng phòng chuyên môn", JobPosition.Group.LEADERSHIP,
                        "hành chính, luật, kinh tế, kế toán"));
        List<Spec> specialists = List.of(
                new Spec("KT", "Chuyên viên tài chính - kế toán", JobPosition.Group.SPECIALIST, "kế toán, tài chính"),
                new Spec("TP-HT", "Chuyên viên tư pháp - hộ tịch", JobPosition.Group.SPECIALIST, "luật"),
                new Spec("DC", "Chuyên viên địa chính - xây dựng", JobPosition.Group.SPECIALIST, "đất đai, xây dựng"),
                new Spec("VH", "Chuyên viên văn hóa - xã hội", JobPosition.Group.SPECIALIST, "văn hóa, xã hội"));
        Map<Spec, List<PersonRecord>> placed = new LinkedHashMap<>();
        int next = 0;
        for (PersonRecord person : staff) {
            String title = person.assignmentOn(today).map(Assignment::titleCode).orElse("");
            Spec spec = leaders.get(title);
            if (spec == null) {
                spec = specialists.get(next++ % specialists.size());
            }
            placed.computeIfAbsent(spec, k -> new ArrayList<>()).add(person);
        }
        for (Map.Entry<Spec, List<PersonRecord>> entry : placed.entrySet()) {
            Spec spec = entry.getKey();
            long id = positions.define(EVERYTHING, new JobPositions.Definition(commune.id().value(), spec.code(), spec.name(), spec.group(),
                    entry.getValue().size() + 1, null, null, spec.fields()));
            positions.addCompetency(EVERYTHING, id, "Soạn thảo văn bản hành chính", JobPosition.CompetencyGroup.GENERAL, 3);
            positions.addCompetency(EVERYTHING, id, "Nghiệp vụ " + spec.name().toLowerCase(), JobPosition.CompetencyGroup.SPECIALIST,
                    spec.group() == JobPosition.Group.LEADERSHIP ? 4 : 3);
            for (PersonRecord person : entry.getValue()) {
                positions.place(EVERYTHING, id, person.code(), today);
            }
        }
    }

    private void recruit(Unit province, LocalDate today) {
        List<Long> ids = people.ids(EVERYTHING, PersonSearch.fromParameters(Map.of("loai", "CC"), today));
        Map<Integer, List<PersonRecord>> byYear = new TreeMap<>();
        for (PersonRecord person : people.findByIds(UserScope.system(), ids)) {
            person.assignments().stream().filter(a -> a.startReason() == AssignmentReason.TUYEN_DUNG)
                    .filter(a -> a.startedOn().getYear() >= today.getYear() - 2)
                    .findFirst().ifPresent(a -> byYear.computeIfAbsent(a.startedOn().getYear(), k -> new ArrayList<>()).add(person));
        }
        byYear.forEach((year, hired) -> {
            long round = recruitment.openRound(EVERYTHING, province.id().value(), "Tuyển dụng công chức cấp xã năm " + year,
                    Recruitment.Method.THI_TUYEN, LocalDate.of(year, 1, 1));
            for (PersonRecord person : hired) {
                int h = Math.floorMod(person.code().hashCode(), 100);
                DegreeClass grade = h < 8 ? DegreeClass.XUAT_SAC : h < 30 ? DegreeClass.GIOI : h < 80 ? DegreeClass.KHA : DegreeClass.TRUNG_BINH_KHA;
                Assignment post = person.assignments().stream().filter(a -> a.startReason() == AssignmentReason.TUYEN_DUNG
                        && a.startedOn().getYear() == year).findFirst().orElseThrow();
                recruitment.hire(EVERYTHING, round, person.code(), grade, null, post.titleName(), post.startedOn());
            }
        });
    }

    private void move(List<PersonRecord> staff, Unit otherCommune, LocalDate today) {
        List<PersonRecord> specialists = staff.stream()
                .filter(p -> p.assignmentOn(today).map(a -> a.titleCode().equals("CHUYEN_VIEN_XA")).orElse(false)).limit(3).toList();
        LocalDate start = today.minusMonths(4).withDayOfMonth(1);
        for (int i = 0; i < specialists.size(); i++) {
            PersonRecord person = specialists.get(i);
            boolean transfer = i == 2;
            rotations.record(EVERYTHING, new Rotations.Move(person.code(), transfer ? RotationKind.DIEU_DONG : RotationKind.BIET_PHAI,
                    otherCommune.code(), "CHUYEN_VIEN_XA", start, transfer ? null : start.plusMonths(6).minusDays(1),
                    (10 + i) + "/QĐ-UBND"));
        }
    }

    private void select(Unit commune, List<PersonRecord> staff, LocalDate today) {
        List<PersonRecord> candidates = staff.stream()
                .filter(p -> p.assignmentOn(today).map(a -> a.titleCode().equals("PHO_TRUONG_PHONG_XA")).orElse(false)).limit(3).toList();
        if (candidates.size() < 2) {
            return;
        }
        long round = selections.open(EVERYTHING, commune.id().value(), "TRUONG_PHONG_XA", "Tuyển chọn Trưởng phòng Kinh tế năm " + today.getYear(),
                today.minusDays(7), List.of(new Selections.NewCriterion("Hồ sơ, thành tích", 1, 100),
                        new Selections.NewCriterion("Đề án công tác", 2, 100), new Selections.NewCriterion("Phỏng vấn", 1, 100)));
        candidates.forEach(c -> selections.addCandidate(EVERYTHING, round, c.code()));
        SelectionRound r = selections.round(EVERYTHING, round).orElseThrow();
        for (SelectionRound.Candidate c : r.candidates()) {
            int h = Math.floorMod(c.personCode().hashCode(), 30);
            Map<Long, BigDecimal> scores = new HashMap<>();
            for (SelectionRound.Criterion k : r.criteria()) {
                scores.put(k.id(), BigDecimal.valueOf(60 + (h + k.name().length()) % 35));
            }
            selections.score(EVERYTHING, round, c.id(), scores);
        }
    }
}
