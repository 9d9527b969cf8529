package vn.chuan.people;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Gender;

/**
 * The identity form and, when creating, the first post (the post's fields are those of
 * {@link AssignmentForm}). An unreadable date is a field error showing what was typed (the binding keeps it).
 */
class PersonForm extends AssignmentForm {

    private String code;
    private String fullName;
    private LocalDate birthDate;
    private String gender;
    private String ethnicity = "Kinh";
    private String citizenId;
    private boolean partyMember;
    private LocalDate partyJoinedOn;

    PersonForm() {
        setReason(AssignmentReason.TUYEN_DUNG.name());
    }

    static PersonForm of(PersonRecord p) {
        PersonForm form = new PersonForm();
        form.code = p.code();
        form.fullName = p.fullName();
        form.birthDate = p.birthDate();
        form.gender = p.gender().name();
        form.ethnicity = p.ethnicity();
        form.citizenId = p.citizenId();
        form.partyMember = p.partyMember();
        form.partyJoinedOn = p.partyJoinedOn();
        form.setVersion(p.version());
        return form;
    }

    /** The details, or null with the errors added to {@code errors}. */
    PersonDetails toDetails(BindingResult errors) {
        if (errors.hasErrors()) {
            return null;
        }
        return FormErrors.capture(errors, () -> new PersonDetails(code, fullName, birthDate, Gender.parse(gender).orElse(null),
                ethnicity, citizenId, partyMember, partyJoinedOn));
    }

    NewAssignment toFirstPost(BindingResult errors) {
        return toAssignment(errors);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getCitizenId() { return citizenId; }
    public void setCitizenId(String citizenId) { this.citizenId = citizenId; }
    public boolean isPartyMember() { return partyMember; }
    public void setPartyMember(boolean partyMember) { this.partyMember = partyMember; }
    public LocalDate getPartyJoinedOn() { return partyJoinedOn; }
    public void setPartyJoinedOn(LocalDate partyJoinedOn) { this.partyJoinedOn = partyJoinedOn; }
}
