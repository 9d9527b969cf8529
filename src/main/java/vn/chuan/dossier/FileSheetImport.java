package vn.chuan.dossier;

import static vn.chuan.dossier.PersonnelFiles.blankToNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;

/**
 * One sheet's rows for one person, applied: read, checked by the same rules as the forms (all
 * before anything is written), compared with what the file holds, and written only if different.
 * A part replaced is one audit entry, with the old and the new content.
 */
final class FileSheetImport {

    private FileSheetImport() {
    }

    /**
     * True when the person's file changes ({@code write}: is changed). A refusal leaves this part of the
     * file as it was. {@code person} null: a person the same import creates, checked only (nothing held yet).
     */
    static boolean apply(PersonnelFiles files, DossierRepository repository, AuditLog audit, UserScope scope, PersonRecord person,
            FileSheets.Sheet sheet, List<Map<String, String>> rows, List<SalaryRank> ranks, boolean shown, boolean write,
            List<String> errors) {
        long id = person == null ? -1 : person.id().value();
        int errorsBefore = errors.size();
        return switch (sheet) {
            case PROFILE -> {
                Profile stored = person == null ? Profile.EMPTY : repository.profile(id).orElse(Profile.EMPTY);
                Profile typed = profile(rows.get(0), stored, sheet, errors);
                if (errors.size() > errorsBefore) {
                    yield false;
                }
                // A role without the right never sees religion and health: they stay as stored, and do not count as a change.
                boolean same = java.util.Arrays.stream(ProfileField.values()).filter(f -> shown || !f.sensitive())
                        .allMatch(f -> Objects.equals(f.value(typed), f.value(stored)));
                if (same) {
                    yield false;
                }
                if (write) {
                    files.saveProfile(scope, new PersonId(id), typed, stored.version());
                }
                yield true;
            }
            case FAMILY -> {
                List<FamilyMember> typed = new ArrayList<>();
                for (Map<String, String> row : rows) {
                    FileSheets.label(row, Messages.text("dossier.family.relation"), FamilyRelation.values(), FamilyRelation::label, sheet, errors)
                            .ifPresent(relation -> typed.add(new FamilyMember(0, relation, blankToNull(FileSheets.cell(row,
                                    Messages.text("dossier.family.fullName"))), FileSheets.integer(row, Messages.text("dossier.family.birthYear"),
                                    sheet, errors), text(row, "dossier.family.homeTown"), text(row, "dossier.family.occupation"),
                                    text(row, "dossier.family.workplace"))));
                }
                if (errors.size() > errorsBefore) {
                    yield false;
                }
                typed.forEach(files::checkFamily);
                List<FamilyMember> stored = person == null ? List.of() : repository.family(List.of(id)).get(id);
                yield replace(write, repository, audit, person, sheet, DossierRepository.Table.FAMILY, PersonnelFiles.SUBJECT_SENSITIVE,
                        typed, stored,
                        m -> m.relation().label() + ": " + m.fullName() + (m.birthYear() == null ? "" : " (" + m.birthYear() + ")")
                                + "|" + Objects.toString(m.homeTown(), "") + "|" + Objects.toString(m.occupation(), "") + "|"
                                + Objects.toString(m.workplace(), ""),
                        m -> repository.addFamily(id, m));
            }
            case WORK -> {
                List<WorkEntry> typed = new ArrayList<>();
                for (Map<String, String> row : rows) {
                    LocalDate from = FileSheets.date(row, Messages.text("dossier.work.fromOn"), sheet, errors).orElse(null);
                    LocalDate to = FileSheets.date(row, Messages.text("dossier.work.toOn"), sheet, errors).orElse(null);
                    typed.add(new WorkEntry(0, from, to, text(row, "dossier.work.post"), text(row, "dossier.work.place")));
                }
                if (errors.size() > errorsBefore) {
                    yield false;
                }
                typed.forEach(files::checkWork);
                yield replace(write, repository, audit, person, sheet, DossierRepository.Table.WORK, PersonnelFiles.SUBJECT_ENTRY, typed,
                        person == null ? List.of() : repository.work(List.of(id)).get(id),
                        w -> w.fromOn() + "–" + w.toOn() + " " + w.post() + "|" + w.place(),
                        w -> repository.addWork(id, w));
            }
            case TRAINING -> {
                List<TrainingEntry> typed = new ArrayList<>();
                List<TrainingEntry> stored = person == null ? List.of() : repository.training(List.of(id)).get(id);
                for (Map<String, String> row : rows) {
                    LocalDate from = FileSheets.date(row, Messages.text("dossier.work.fromOn"), sheet, errors).orElse(null);
                    LocalDate to = FileSheets.date(row, Messages.text("dossier.work.toOn"), sheet, errors).orElse(null);
                    TrainingMode mode = FileSheets.label(row, Messages.text("dossier.training.mode"), TrainingMode.values(),
                            TrainingMode::label, sheet, errors).orElse(null);
                    String school = text(row, "dossier.training.school");
                    // The link to a level is not in the sheet: kept from the same course already held.
                    Long link = stored.stream().filter(t -> Objects.equals(t.school(), school) && Objects.equals(t.fromOn(), from))
                            .map(TrainingEntry::qualificationId).filter(Objects::nonNull).findFirst().orElse(null);
                    typed.add(new TrainingEntry(0, school, text(row, "dossier.training.field"), from, to, mode,
                            text(row, "dossier.training.diploma"), link));
                }
                if (errors.size() > errorsBefore) {
                    yield false;
                }
                typed.forEach(t -> files.checkTraining(person, t));
                yield replace(write, repository, audit, person, sheet, DossierRepository.Table.TRAINING, PersonnelFiles.SUBJECT_ENTRY, typed, stored,
                        t -> t.school() + "|" + t.field() + "|" + t.fromOn() + "–" + t.toOn() + "|" + t.mode().label() + "|" + t.diploma(),
                        t -> repository.addTraining(id, t));
            }
            case SALARY -> {
                List<SalaryStep> typed = new ArrayList<>();
                for (Map<String, String> row : rows) {
                    Integer step = FileSheets.integer(row, Messages.text("dossier.salary.step"), sheet, errors);
                    BigDecimal coefficient = FileSheets.decimal(row, Messages.text("dossier.salary.coefficient"), sheet, errors);
                    Integer overCeiling = FileSheets.integer(row, Messages.text("dossier.salary.overCeiling"), sheet, errors);
                    BigDecimal allowance = FileSheets.decimal(row, Messages.text("dossier.salary.positionAllowance"), sheet, errors);
                    LocalDate on = FileSheets.date(row, Messages.text("dossier.salary.effectiveOn"), sheet, errors).orElse(null);
                    if (errors.size() == errorsBefore) {
                        typed.add(files.checkedSalary(ranks, text(row, "dossier.salary.rankCode"), step == null ? 0 : step, coefficient,
                                overCeiling == null ? 0 : overCeiling, allowance, on, text(row, "dossier.salary.decision")));
                    }
                }
                if (errors.size() > errorsBefore) {
                    yield false;
                }
                yield replace(write, repository, audit, person, sheet, DossierRepository.Table.SALARY, PersonnelFiles.SUBJECT_ENTRY, typed,
                        person == null ? List.of() : repository.salary(List.of(id)).get(id),
                        s -> s.effectiveOn() + " " + s.rankCode() + "/" + s.step() + " "
                                + s.coefficient().stripTrailingZeros().toPlainString() + "+" + s.overCeilingPercent() + "%/"
                                + s.positionAllowance().stripTrailingZeros().toPlainString() + "|" + Objects.toString(s.decision(), ""),
                        s -> repository.addSalary(id, s));
            }
        };
    }

    /** Replaces a part of the file when its content differs (compared line by line, in any order), with one audit entry. */
    private static <T> boolean replace(boolean write, DossierRepository repository, AuditLog audit, PersonRecord person, FileSheets.Sheet sheet,
            DossierRepository.Table table, String subject, List<T> typed, List<T> stored, Function<T, String> line,
            java.util.function.Consumer<T> insert) {
        List<String> before = stored.stream().map(line).sorted(Comparator.naturalOrder()).toList();
        List<String> after = typed.stream().map(line).sorted(Comparator.naturalOrder()).toList();
        if (before.equals(after)) {
            return false;
        }
        if (!write) {
            return true;
        }
        repository.deleteAll(table, person.id().value());
        typed.forEach(insert);
        audit.record(AuditEvent.of(subject, person.id().value(), "IMPORT").person(person.id().value())
                .summary(Messages.text("dossier.audit.sheetReplaced", person.fullName(), sheet.title(), after.size()))
                .change(sheet.title(), String.join("; ", before), String.join("; ", after)).build());
        return true;
    }

    /** The row's fields; a column the sheet lacks or a blank cell keeps what the file holds. */
    private static Profile profile(Map<String, String> row, Profile stored, FileSheets.Sheet sheet, List<String> errors) {
        Map<ProfileField, Object> v = new java.util.EnumMap<>(ProfileField.class);
        for (ProfileField f : ProfileField.values()) {
            String label = f.label();
            String cell = row.get(vn.chuan.shared.VietnameseText.fold(label));
            if (cell == null || cell.isBlank()) {
                // A column absent or a cell left blank changes nothing, as in the people sheet.
                v.put(f, f.value(stored));
                continue;
            }
            Object value = switch (f) {
                case HEIGHT_CM, WEIGHT_KG -> FileSheets.integer(row, label, sheet, errors);
                case RECRUITED_ON, PARTY_OFFICIAL_ON, ARMY_ENLISTED_ON, ARMY_DISCHARGED_ON -> FileSheets.date(row, label, sheet, errors).orElse(null);
                default -> blankToNull(FileSheets.cell(row, label));
            };
            v.put(f, value);
        }
        return new Profile((String) v.get(ProfileField.OTHER_NAMES), (String) v.get(ProfileField.BIRTH_PLACE),
                (String) v.get(ProfileField.HOME_TOWN), (String) v.get(ProfileField.PERMANENT_RESIDENCE),
                (String) v.get(ProfileField.CURRENT_RESIDENCE), (String) v.get(ProfileField.RELIGION), (Integer) v.get(ProfileField.HEIGHT_CM),
                (Integer) v.get(ProfileField.WEIGHT_KG), (String) v.get(ProfileField.BLOOD_GROUP), (String) v.get(ProfileField.HEALTH_STATUS),
                (String) v.get(ProfileField.SOCIAL_INSURANCE_NO), (LocalDate) v.get(ProfileField.RECRUITED_ON),
                (String) v.get(ProfileField.RECRUITED_BY), (String) v.get(ProfileField.OCCUPATION_BEFORE),
                (LocalDate) v.get(ProfileField.PARTY_OFFICIAL_ON), (String) v.get(ProfileField.PARTY_POSTS),
                (String) v.get(ProfileField.MASS_ORGANISATIONS), (LocalDate) v.get(ProfileField.ARMY_ENLISTED_ON),
                (LocalDate) v.get(ProfileField.ARMY_DISCHARGED_ON), (String) v.get(ProfileField.ARMY_RANK), (String) v.get(ProfileField.HONOURS),
                (String) v.get(ProfileField.STRENGTHS), 0);
    }

    private static String text(Map<String, String> row, String code) {
        return blankToNull(FileSheets.cell(row, Messages.text(code)));
    }
}
