package vn.chuan.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.chuan.dossier.SalaryRank;
import vn.chuan.dossier.SalaryStep;
import vn.chuan.evaluation.Conduct;
import vn.chuan.evaluation.DisciplineForm;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.RetirementAge;

/**
 * The dates of {@link DueKind} for one person holding a post, from the record as it is: each rule
 * reads what it needs (the latest salary step and its rank, disciplines, the posts, the birth date,
 * the verdict) and says when its item falls due. Regulations.md §12 holds the rules and their doubts.
 */
final class DueRules {

    /** Months before retirement for the notice and the decision (QĐ 727/QĐ-BNV). */
    static final int NOTICE_MONTHS = 6;
    static final int DECISION_MONTHS = 3;
    /** Appointment and elected terms, in years; reappointment prepared this many days before the end. */
    static final int TERM_YEARS = 5;
    static final int REAPPOINTMENT_LEAD_DAYS = 90;
    /** The standards deadline of NĐ 33/2023 Art. 38. */
    static final LocalDate STANDARDS_DEADLINE = LocalDate.of(2028, 8, 1);

    private DueRules() {
    }

    /** What one person's record says falls due; the caller keeps the items of its period. */
    static List<DueItem> of(PersonRecord person, Assignment post, List<SalaryStep> salary, Map<String, SalaryRank> ranks,
            List<Conduct.Discipline> disciplines, boolean belowStandard, LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        salary(person, post, salary, ranks, disciplines, items);
        retirement(person, post, items);
        for (Assignment held : person.postsOn(today)) {
            term(person, held, items);
        }
        probation(person, post, items);
        if (belowStandard) {
            items.add(item(DueKind.HAN_CHUAN_HOA, STANDARDS_DEADLINE, person, post, Messages.text("due.detail.standards")));
        }
        return items;
    }

    /** The next regular raise or over-ceiling step after the latest salary step, later by the disciplines in between. */
    static void salary(PersonRecord person, Assignment post, List<SalaryStep> salary, Map<String, SalaryRank> ranks,
            List<Conduct.Discipline> disciplines, List<DueItem> items) {
        if (salary.isEmpty()) {
            return;
        }
        SalaryStep last = salary.get(salary.size() - 1);
        SalaryRank rank = ranks.get(last.rankCode());
        if (rank == null) {
            return;
        }
        boolean atCeiling = last.step() >= rank.steps();
        int months = atCeiling && last.overCeilingPercent() > 0 ? 12 : rank.raiseMonths();
        LocalDate due = last.effectiveOn().plusMonths(months);
        int postponed = postponement(disciplines, last.effectiveOn(), due);
        due = due.plusMonths(postponed);
        String later = postponed == 0 ? "" : " " + Messages.text("due.detail.postponed", postponed);
        if (atCeiling) {
            int next = last.overCeilingPercent() == 0 ? 5 : last.overCeilingPercent() + 1;
            items.add(item(DueKind.VUOT_KHUNG, due, person, post, Messages.text("due.detail.overCeiling", rank.label(), next) + later));
        } else {
            items.add(item(DueKind.NANG_LUONG, due, person, post, Messages.text("due.detail.raise", rank.label(), last.step(),
                    last.step() + 1, Dates.format(last.effectiveOn())) + later));
        }
    }

    /**
     * Months a raise is put off by the disciplines decided while the step was held: 6 for a reprimand or
     * a warning, 12 for the heavier ones (TT 08/2013/TT-BNV Art. 2 cl. 3; regulations.md §12 [U]).
     */
    static int postponement(List<Conduct.Discipline> disciplines, LocalDate from, LocalDate to) {
        int months = 0;
        for (Conduct.Discipline d : disciplines) {
            if (d.decidedOn().isAfter(from) && !d.decidedOn().isAfter(to)) {
                months += d.form() == DisciplineForm.KHIEN_TRACH || d.form() == DisciplineForm.CANH_CAO ? 6 : 12;
            }
        }
        return months;
    }

    static void retirement(PersonRecord person, Assignment post, List<DueItem> items) {
        LocalDate last = RetirementAge.lastDayOfService(person.birthDate(), person.gender());
        String on = Dates.format(last);
        items.add(item(DueKind.THONG_BAO_NGHI_HUU, last.minusMonths(NOTICE_MONTHS), person, post, Messages.text("due.detail.retiresOn", on)));
        items.add(item(DueKind.QUYET_DINH_NGHI_HUU, last.minusMonths(DECISION_MONTHS), person, post,
                Messages.text("due.detail.retiresOn", on)));
        items.add(item(DueKind.NGHI_HUU, last, person, post, Messages.text("due.detail.retirement")));
    }

    /** An appointment or an election held today: its term ends five years after it began. */
    static void term(PersonRecord person, Assignment held, List<DueItem> items) {
        if (held.startReason() != AssignmentReason.BO_NHIEM && held.startReason() != AssignmentReason.BAU_CU) {
            return;
        }
        LocalDate end = held.startedOn().plusYears(TERM_YEARS).minusDays(1);
        if (held.startReason() == AssignmentReason.BO_NHIEM) {
            items.add(item(DueKind.HET_HAN_BO_NHIEM, end.minusDays(REAPPOINTMENT_LEAD_DAYS), person, held,
                    Messages.text("due.detail.appointment", held.titleName(), Dates.format(end))));
        } else {
            items.add(item(DueKind.HET_NHIEM_KY, end, person, held, Messages.text("due.detail.elected", held.titleName())));
        }
    }

    /** A civil servant recruited into the post: probation ends after 12 months (group A: a degree) or 6. */
    static void probation(PersonRecord person, Assignment post, List<DueItem> items) {
        Optional<Assignment> first = person.assignments().stream().min(java.util.Comparator.comparing(Assignment::startedOn));
        if (first.isEmpty() || first.get().startReason() != AssignmentReason.TUYEN_DUNG) {
            return;
        }
        boolean groupA = person.highestOn(Dimension.PROFESSIONAL, first.get().startedOn())
                .map(q -> q.level().rank() >= Dimension.PROFESSIONAL.level("DAI_HOC").rank()).orElse(false);
        LocalDate end = first.get().startedOn().plusMonths(groupA ? 12 : 6).minusDays(1);
        items.add(item(DueKind.HET_TAP_SU, end, person, post, Messages.text(groupA ? "due.detail.probationA" : "due.detail.probationB")));
    }

    private static DueItem item(DueKind kind, LocalDate date, PersonRecord person, Assignment post, String detail) {
        return new DueItem(kind, date, person.id().value(), person.code(), person.fullName(), post.unitName(), detail);
    }
}
