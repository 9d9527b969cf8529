package vn.chuan.national;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's electronic record in the data groups of the national database of cadres, civil
 * servants and public employees (NĐ 27/2026/NĐ-CP), keyed by the personal identification number.
 * Groups 2–3 (family, personal history) are not kept by Chuẩn and are not sent.
 */
public record NationalRecord(String personalId, Identity identity, Training training, Work work, Evaluation evaluation,
        Appointment appointment, List<Movement> rotation) {

    /** Group 1: identity. */
    public record Identity(String personalId, String staffCode, String fullName, String gender, LocalDate birthDate, String ethnicity,
            boolean partyMember, LocalDate partyJoinedOn) {
    }

    /** Group 5: education, training and skills: the highest levels and every course. */
    public record Training(List<Level> levels, List<Course> courses) {
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

    /** A post; {@code kind}: "Chính", "Kiêm nhiệm" or "Biệt phái". */
    public record Post(String unitCode, String unitName, String category, String titleCode, String titleName, LocalDate from,
            LocalDate to, String startReason, String endReason, String kind) {
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
