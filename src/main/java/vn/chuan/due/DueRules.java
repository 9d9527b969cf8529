package vn.chuan.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import vn.chuan.dossier.SalaryRank;
import vn.chuan.due.DueRepository.Born;
import vn.chuan.due.DueRepository.LatestStep;
import vn.chuan.due.DueRepository.Award;
import vn.chuan.due.DueRepository.DisciplineTerm;
import vn.chuan.due.DueRepository.Recruited;
import vn.chuan.due.DueRepository.TermPost;
import vn.chuan.evaluation.DisciplineForm;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.RetirementAge;

/**
 * The dates of {@link DueKind} from the few facts of a record each rule reads: the salary step held
 * and its rank, the disciplines and the years not completed since, the awards, the birth date, the
 * posts, the verdict. Regulations.md §12 holds the rules, their sources and their doubts.
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
    /** A raise ahead of time is at most this many months early (TT 08/2013/TT-BNV Art. 3). */
    static final int EARLY_MONTHS = 12;
    /** Early raises for achievement in a year: at most this share of the unit's payroll, in per cent (NĐ 17/2013). */
    static final int EARLY_CAP_PERCENT = 10;
    /** The interval once the over-ceiling allowance is paid: one per cent more each year. */
    static final int OVER_CEILING_MONTHS = 12;

    private DueRules() {
    }

    /** What puts a raise off and bars an early one: a person's disciplines and the years graded "not completed". */
    record Setbacks(List<DisciplineTerm> disciplines, List<LocalDate> yearsNotCompleted) {

        static final Setbacks NONE = new Setbacks(List.of(), List.of());

        /** Months a step held from {@code from} is put off by what happened after it and up to {@code until}. */
        int monthsPutOff(LocalDate from, LocalDate until) {
            int months = 0;
            for (DisciplineTerm d : disciplines) {
                if (d.decidedOn().isAfter(from) && !d.decidedOn().isAfter(until)) {
                    months += d.form() == DisciplineForm.KHIEN_TRACH || d.form() == DisciplineForm.CANH_CAO ? 6 : 12;
                }
            }
            for (LocalDate yearEnd : yearsNotCompleted) {
                if (yearEnd.isAfter(from) && !yearEnd.isAfter(until)) {
                    months += 6;
                }
            }
            return months;
        }

        /** Nothing after {@code from} up to {@code until}. */
        boolean cleanBetween(LocalDate from, LocalDate until) {
            return disciplines.stream().noneMatch(d -> d.decidedOn().isAfter(from) && !d.decidedOn().isAfter(until))
                    && yearsNotCompleted.stream().noneMatch(y -> y.isAfter(from) && !y.isAfter(until));
        }
    }

    /** When the next step (or over-ceiling per cent) falls due and how many months disciplines and bad years put it off. */
    record NextStep(LatestStep held, SalaryRank rank, LocalDate regular, LocalDate due, int postponedMonths, Setbacks setbacks) {

        boolean atCeiling() {
            return held.step() >= rank.steps();
        }

        /** Clean since the step began, up to {@code until}: no discipline and no year graded "not completed". */
        boolean cleanUntil(LocalDate until) {
            return setbacks.cleanBetween(held.effectiveOn(), until);
        }
    }

    /** Months the interval after the step held lasts: 12 once over the ceiling, else the rank's (36, or 24 for groups B and C). */
    static int intervalMonths(LatestStep held, SalaryRank rank) {
        return held.step() >= rank.steps() && held.overCeilingPercent() > 0 ? OVER_CEILING_MONTHS : rank.raiseMonths();
    }

    /**
     * The next step after the one held, put off by what happened while it was held (TT 08/2013/TT-BNV Art. 2 cl. 3):
     * 6 months for a reprimand or a warning, 12 for demotion, removal or a heavier form, 6 for each year graded "not
     * completed"; the sum when there are several. Something that happened in the added months puts it off again.
     */
    static NextStep next(LatestStep held, SalaryRank rank, Setbacks setbacks) {
        LocalDate regular = held.effectiveOn().plusMonths(intervalMonths(held, rank));
        int postponed = 0;
        for (int added = -1; added != postponed; ) {
            added = postponed;
            postponed = setbacks.monthsPutOff(held.effectiveOn(), regular.plusMonths(added));
        }
        return new NextStep(held, rank, regular, regular.plusMonths(postponed), postponed, setbacks);
    }

    /** The regular raise, or the over-ceiling allowance at the last step. */
    static DueItem salary(NextStep next) {
        LatestStep held = next.held();
        String later = next.postponedMonths() == 0 ? "" : " " + Messages.text("due.detail.postponed", next.postponedMonths());
        if (next.atCeiling()) {
            int percent = held.overCeilingPercent() == 0 ? 5 : held.overCeilingPercent() + 1;
            return item(DueKind.VUOT_KHUNG, next.due(), held.personId(),
                    Messages.text("due.detail.overCeiling", next.rank().label(), percent) + later);
        }
        return item(DueKind.NANG_LUONG, next.due(), held.personId(), Messages.text("due.detail.raise", next.rank().label(),
                held.step(), held.step() + 1, Dates.format(held.effectiveOn())) + later);
    }

    /**
     * A candidate for a raise ahead of time for achievement in {@code year} (TT 08/2013/TT-BNV Art. 3 cl. 1): not at the
     * last step; on 31 December of the year at most 12 months short of the regular raise; an award decided since the step
     * began; no discipline and no year "not completed" meanwhile. Who of the candidates is raised is the unit's choice
     * within its cap, so the item names the award and the cap.
     */
    static Optional<Award> earlyRaiseAward(NextStep next, int year, List<Award> awards) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (next.atCeiling() || !next.regular().isAfter(yearEnd) || next.regular().isAfter(yearEnd.plusMonths(EARLY_MONTHS))
                || !next.cleanUntil(yearEnd)) {
            return Optional.empty();
        }
        return awards.stream().filter(a -> a.decidedOn().isAfter(next.held().effectiveOn()) && !a.decidedOn().isAfter(yearEnd))
                .reduce((a, b) -> b);
    }

    static DueItem earlyRaise(NextStep next, int year, Award award, int candidates, int staff) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LatestStep held = next.held();
        return item(DueKind.NANG_LUONG_TRUOC_HAN, yearEnd, held.personId(), Messages.text("due.detail.earlyRaise", next.rank().label(),
                held.step(), held.step() + 1, monthsShort(yearEnd, next.regular()), Dates.format(next.regular()), award.text(),
                candidates, cap(staff), staff));
    }

    /** The most a unit of {@code staff} may raise ahead of time for achievement in a year: 10 %, rounded down. */
    static int cap(int staff) {
        return staff * EARLY_CAP_PERCENT / 100;
    }

    /**
     * A raise ahead of time for someone retiring (TT 08/2013/TT-BNV Art. 3 cl. 2): not at the last step, the regular raise
     * at most 12 months after the last day of service, no discipline and no year "not completed" while the step was held.
     * Prepared with the retirement notice; outside the 10 % cap.
     */
    static Optional<DueItem> retirementRaise(Born born, NextStep next) {
        LocalDate last = RetirementAge.lastDayOfService(born.birthDate(), born.gender());
        if (next.atCeiling() || !next.regular().isAfter(last) || next.regular().isAfter(last.plusMonths(EARLY_MONTHS))
                || !next.cleanUntil(last)) {
            return Optional.empty();
        }
        LatestStep held = next.held();
        return Optional.of(item(DueKind.NANG_LUONG_NGHI_HUU, last.minusMonths(NOTICE_MONTHS), born.personId(),
                Messages.text("due.detail.retirementRaise", next.rank().label(), held.step(), held.step() + 1,
                        monthsShort(last, next.regular()), Dates.format(last))));
    }

    /** The notice, the decision and the last day of service (the end of the month the statutory age is reached). */
    static List<DueItem> retirement(Born born) {
        LocalDate last = RetirementAge.lastDayOfService(born.birthDate(), born.gender());
        String on = Dates.format(last);
        return List.of(item(DueKind.THONG_BAO_NGHI_HUU, last.minusMonths(NOTICE_MONTHS), born.personId(), Messages.text("due.detail.retiresOn", on)),
                item(DueKind.QUYET_DINH_NGHI_HUU, last.minusMonths(DECISION_MONTHS), born.personId(), Messages.text("due.detail.retiresOn", on)),
                item(DueKind.NGHI_HUU, last, born.personId(), Messages.text("due.detail.retirement")));
    }

    /** An appointment or an election held today: its term ends five years after it began. */
    static DueItem term(TermPost post) {
        LocalDate end = post.startedOn().plusYears(TERM_YEARS).minusDays(1);
        String title = PositionTitle.nameOf(post.titleCode());
        if (post.reason() == AssignmentReason.BO_NHIEM) {
            return item(DueKind.HET_HAN_BO_NHIEM, end.minusDays(REAPPOINTMENT_LEAD_DAYS), post.personId(),
                    Messages.text("due.detail.appointment", title, Dates.format(end)));
        }
        return item(DueKind.HET_NHIEM_KY, end, post.personId(), Messages.text("due.detail.elected", title));
    }

    /** A civil servant recruited into the first post: probation ends after 12 months (group A: a degree) or 6 (NĐ 138/2020 Art. 20). */
    static DueItem probation(Recruited recruited) {
        boolean groupA = recruited.professionalRank() >= Dimension.PROFESSIONAL.level("DAI_HOC").rank();
        LocalDate end = recruited.startedOn().plusMonths(groupA ? 12 : 6).minusDays(1);
        return item(DueKind.HET_TAP_SU, end, recruited.personId(), Messages.text(groupA ? "due.detail.probationA" : "due.detail.probationB"));
    }

    /** A post held today ends on its recorded date (a secondment, a concurrent post, a fixed term). */
    static DueItem postEnds(DueRepository.PostEnd post) {
        String decision = post.decision() == null || post.decision().isBlank() ? "" : " " + Messages.text("due.detail.byDecision", post.decision());
        return item(DueKind.HET_THOI_HAN_CHUC_VU, post.endedOn(), post.personId(),
                Messages.text("due.detail.postEnds", post.kind().label(), PositionTitle.nameOf(post.titleCode())) + decision);
    }

    /**
     * The end of the time a discipline bars raising the rank, planning, training and appointment: the months its decision
     * set, else 12 after a reprimand or a warning, 24 after demotion or removal (Luật CBCC 2019 Art. 82 [U]); none for a
     * dismissal (the person leaves).
     */
    static Optional<DueItem> disciplineEnds(DisciplineTerm d) {
        if (d.form() == DisciplineForm.BUOC_THOI_VIEC) {
            return Optional.empty();
        }
        int months = d.months() != null && d.months() > 0 ? d.months()
                : d.form() == DisciplineForm.KHIEN_TRACH || d.form() == DisciplineForm.CANH_CAO ? 12 : 24;
        return Optional.of(item(DueKind.HET_THOI_HAN_KY_LUAT, d.decidedOn().plusMonths(months), d.personId(),
                Messages.text("due.detail.disciplineEnds", d.form().label(), d.decision(), Dates.format(d.decidedOn()), months)));
    }

    static DueItem standards(long personId) {
        return item(DueKind.HAN_CHUAN_HOA, STANDARDS_DEADLINE, personId, Messages.text("due.detail.standards"));
    }

    /** Whole months from {@code from} to {@code to}, a part counting as one. */
    private static long monthsShort(LocalDate from, LocalDate to) {
        long months = ChronoUnit.MONTHS.between(from, to);
        return from.plusMonths(months).isBefore(to) ? months + 1 : months;
    }

    /** An item of a person, named (code, name, unit) by the caller once the period's items are known. */
    private static DueItem item(DueKind kind, LocalDate date, long personId, String detail) {
        return new DueItem(kind, date, personId, null, null, 0, null, detail);
    }
}
