package vn.chuan.people;

import org.springframework.validation.BindingResult;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Gender;

/**
 * The identity form and, when creating, the first post (the post's fields are those of
 * {@link AssignmentForm}). Dates are text so that bad input can be shown back.
 */
class PersonForm extends AssignmentForm {

    private String code;
    private String fullName;
    private String birthDate;
    private String gender;
    private String ethnicity = "Kinh";
    private String citizenId;
    private boolean partyMember;
    private String partyJoinedOn;

    PersonForm() {
        setReason(AssignmentReason.TUYEN_DUNG.name());
    }

    static PersonForm of(PersonRecord p) {
        PersonForm form = new PersonForm();
        form.code = p.code();
        form.fullName = p.fullName();
        form.birthDate = Dates.format(p.birthDate());
        form.gender = p.gender().name();
        form.ethnicity = p.ethnicity();
        form.citizenId = p.citizenId();
        form.partyMember = p.partyMember();
        form.partyJoinedOn = p.partyJoinedOn() == null ? null : Dates.format(p.partyJoinedOn());
        form.setVersion(p.version());
        return form;
    }

    /** The details, or null with the errors added to {@code errors}. */
    PersonDetails toDetails(BindingResult errors) {
        var birth = FormDates.parse(birthDate, "birthDate", errors);
        var party = FormDates.parse(partyJoinedOn, "partyJoinedOn", errors);
        if (errors.hasErrors()) {
            return null;
        }
        return FormErrors.capture(errors, () -> new PersonDetails(code, fullName, birth, Gender.parse(gender).orElse(null),
                ethnicity, citizenId, partyMember, party));
    }

    NewAssignment toFirstPost(BindingResult errors) {
        return toAssignment(errors);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getCitizenId() { return citizenId; }
    public void setCitizenId(String citizenId) { this.citizenId = citizenId; }
    public boolean isPartyMember() { return partyMember; }
    public void setPartyMember(boolean partyMember) { this.partyMember = partyMember; }
    public String getPartyJoinedOn() { return partyJoinedOn; }
    public void setPartyJoinedOn(String partyJoinedOn) { this.partyJoinedOn = partyJoinedOn; }
}
