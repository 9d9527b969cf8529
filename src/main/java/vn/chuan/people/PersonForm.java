package vn.chuan.people;

import org.springframework.validation.BindingResult;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Gender;

/** The identity form (and, when creating, the first post). Dates are text so that bad input can be shown back. */
class PersonForm {

    private String code;
    private String fullName;
    private String birthDate;
    private String gender;
    private String ethnicity = "Kinh";
    private String citizenId;
    private boolean partyMember;
    private String partyJoinedOn;
    private int version;
    private Long unitId;
    private String category;
    private String titleCode;
    private String startedOn;
    private String reason = AssignmentReason.TUYEN_DUNG.name();

    static PersonForm of(PersonRecord p) {
        PersonForm form = new PersonForm();
        form.code = p.code();
        form.fullName = p.fullName();
        form.birthDate = p.birthDate().toString();
        form.gender = p.gender().name();
        form.ethnicity = p.ethnicity();
        form.citizenId = p.citizenId();
        form.partyMember = p.partyMember();
        form.partyJoinedOn = p.partyJoinedOn() == null ? null : p.partyJoinedOn().toString();
        form.version = p.version();
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
        return AssignmentForm.post(unitId, category, titleCode, startedOn, reason, errors);
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
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTitleCode() { return titleCode; }
    public void setTitleCode(String titleCode) { this.titleCode = titleCode; }
    public String getStartedOn() { return startedOn; }
    public void setStartedOn(String startedOn) { this.startedOn = startedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
