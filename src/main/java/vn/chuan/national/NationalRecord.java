package vn.chuan.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One person's electronic record in the data groups of the national database of cadres, civil
 * servants and public employees (NĐ 27/2026/NĐ-CP), keyed by the personal identification number.
 * The personnel file (the 2C) adds the rest of group 1, the family (group 2, sent only by a role that
 * sees sensitive data), the work before Chuẩn's posts (group 3), the training history and salary steps.
 */
public record NationalRecord(String personalId, Identity identity, Background background, List<Relative> family,
        List<PastWork> history, Training training, Work work, List<SalaryStep> salary, Evaluation evaluation,
        Appointment appointment, List<Movement> rotation) {

    /**
     * Group 1 from the 2C: names, places, residence, recruitment, Party and army service. Religion and
     * health are null when the exporting role does not see sensitive data (NĐ 13/2023).
     */
    public record Background(String otherNames, String birthPlace, String homeTown, String permanentResidence, String currentResidence,
            String religion, String healthStatus, Integer heightCm, Integer weightKg, String bloodGroup, String socialInsuranceNo,
            LocalDate recruitedOn, String recruitedBy, String occupationBefore, LocalDate partyOfficialOn, String partyPosts,
            String massOrganisations, LocalDate armyEnlistedOn, LocalDate armyDischargedOn, String armyRank, String honours,
            String strengths) {
    }

    /** Group 2: a relative as the 2C lists them; {@code relation} is the code (BO, ME, VO_CHONG …). */
    public record Relative(String relation, String relationLabel, String fullName, Integer birthYear, String homeTown, String occupation,
            String workplace) {
    }

    /** Group 3: work before or outside the posts. */
    public record PastWork(LocalDate from, LocalDate to, String post, String place) {
    }

    /** Group 6: a salary step. */
    public record SalaryStep(String rankCode, String rankName, int step, BigDecimal coefficient, int overCeilingPercent,
            BigDecimal positionAllowance, LocalDate effectiveOn, String decision) {
    }

    /** Group 1: identity. */
    public record Identity(String personalId, String staffCode, String fullName, String gender, LocalDate birthDate, String ethnicity,
            boolean partyMember, LocalDate partyJoinedOn) {
    }

    /** Group 5: education, training and skills: the highest levels, every course of the province's classes, and the schooling of the 2C. */
    public record Training(List<Level> levels, List<Course> courses, List<Schooling> schooling) {
    }

    public record Schooling(String school, String field, LocalDate from, LocalDate to, String mode, String diploma) {
    }

    public record Level(String dimension, String dimensionLabel, String level, String levelLabel, String fieldOfStudy,
            String institution, LocalDate acquiredOn, String evidence) {
    }

    public record Course(String programme, String kind, LocalDate from, LocalDate to, String status, String result,
            String certificateNumber) {
    }

    /** Group 6: unit, post and the posts before. */
    public record Work(Post current, List<Post> posts) {
    }

    /** A post; {@code kind}: "Chính", "Kiêm nhiệm" or "Biệt phái"; {@code decision}: the decision it was taken by. */
    public record Post(String unitCode, String unitName, String category, String titleCode, String titleName, LocalDate from,
            LocalDate to, String startReason, String endReason, String kind, String decision) {
    }

    /** Group 6: evaluation, awards and discipline. */
    public record Evaluation(List<YearGrade> grades, List<Decision> awards, List<Decision> disciplines) {
    }

    public record YearGrade(int year, String grade, String gradeLabel) {
    }

    public record Decision(String form, String decisionNumber, LocalDate decidedOn, String issuer) {
    }

    /** Group 4: succession planning and confidence votes. */
    public record Appointment(List<PoolPlace> succession, List<Vote> confidenceVotes) {
    }

    public record PoolPlace(String titleName, String unitName, String term, LocalDate addedOn, LocalDate removedOn) {
    }

    public record Vote(String period, LocalDate votedOn, int high, int medium, int low) {
    }

    /** Group 4: rotation and transfer (a post taken by luân chuyển or điều động). */
    public record Movement(String kind, LocalDate on, String toUnit, String toTitle) {
    }
}
