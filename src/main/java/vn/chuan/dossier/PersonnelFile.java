package vn.chuan.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.chuan.evaluation.Conduct;
import vn.chuan.people.PersonRecord;

/**
 * A person's whole file as one user may read it: the record, the 2C's own fields, the histories,
 * the documents, discipline and awards. Without the right to sensitive data ({@code sensitiveShown}
 * false) religion, health and the family are left out, not blanked in place.
 */
public record PersonnelFile(PersonRecord person, Profile profile, boolean sensitiveShown, List<FamilyMember> family, List<WorkEntry> work,
        List<TrainingEntry> training, List<SalaryStep> salary, List<DocumentInfo> documents, List<Conduct.Discipline> disciplines,
        List<Conduct.Award> awards) {

    /** The salary step in effect on {@code date}. */
    public Optional<SalaryStep> salaryOn(LocalDate date) {
        return salary.stream().filter(s -> !s.effectiveOn().isAfter(date)).reduce((a, b) -> b);
    }
}
