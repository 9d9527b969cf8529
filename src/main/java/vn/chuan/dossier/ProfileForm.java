package vn.chuan.dossier;

import static vn.chuan.dossier.PersonnelFiles.blankToNull;

import java.time.LocalDate;

/** The 2C's own fields as the form edits them; dates and numbers bound by the shared converters. */
class ProfileForm {

    private String otherNames;
    private String birthPlace;
    private String homeTown;
    private String permanentResidence;
    private String currentResidence;
    private String religion;
    private Integer heightCm;
    private Integer weightKg;
    private String bloodGroup;
    private String healthStatus;
    private String socialInsuranceNo;
    private LocalDate recruitedOn;
    private String recruitedBy;
    private String occupationBefore;
    private LocalDate partyOfficialOn;
    private String partyPosts;
    private String massOrganisations;
    private LocalDate armyEnlistedOn;
    private LocalDate armyDischargedOn;
    private String armyRank;
    private String honours;
    private String strengths;
    private int version;

    static ProfileForm of(Profile p) {
        ProfileForm f = new ProfileForm();
        f.otherNames = p.otherNames();
        f.birthPlace = p.birthPlace();
        f.homeTown = p.homeTown();
        f.permanentResidence = p.permanentResidence();
        f.currentResidence = p.currentResidence();
        f.religion = p.religion();
        f.heightCm = p.heightCm();
        f.weightKg = p.weightKg();
        f.bloodGroup = p.bloodGroup();
        f.healthStatus = p.healthStatus();
        f.socialInsuranceNo = p.socialInsuranceNo();
        f.recruitedOn = p.recruitedOn();
        f.recruitedBy = p.recruitedBy();
        f.occupationBefore = p.occupationBefore();
        f.partyOfficialOn = p.partyOfficialOn();
        f.partyPosts = p.partyPosts();
        f.massOrganisations = p.massOrganisations();
        f.armyEnlistedOn = p.armyEnlistedOn();
        f.armyDischargedOn = p.armyDischargedOn();
        f.armyRank = p.armyRank();
        f.honours = p.honours();
        f.strengths = p.strengths();
        f.version = p.version();
        return f;
    }

    Profile toProfile() {
        String blood = blankToNull(bloodGroup);
        return new Profile(blankToNull(otherNames), blankToNull(birthPlace), blankToNull(homeTown), blankToNull(permanentResidence),
                blankToNull(currentResidence), blankToNull(religion), heightCm, weightKg, blood == null ? null : blood.toUpperCase(),
                blankToNull(healthStatus), blankToNull(socialInsuranceNo), recruitedOn, blankToNull(recruitedBy),
                blankToNull(occupationBefore), partyOfficialOn, blankToNull(partyPosts), blankToNull(massOrganisations), armyEnlistedOn,
                armyDischargedOn, blankToNull(armyRank), blankToNull(honours), blankToNull(strengths), version);
    }

    public String getOtherNames() { return otherNames; }
    public void setOtherNames(String v) { otherNames = v; }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String v) { birthPlace = v; }
    public String getHomeTown() { return homeTown; }
    public void setHomeTown(String v) { homeTown = v; }
    public String getPermanentResidence() { return permanentResidence; }
    public void setPermanentResidence(String v) { permanentResidence = v; }
    public String getCurrentResidence() { return currentResidence; }
    public void setCurrentResidence(String v) { currentResidence = v; }
    public String getReligion() { return religion; }
    public void setReligion(String v) { religion = v; }
    public Integer getHeightCm() { return heightCm; }
    public void setHeightCm(Integer v) { heightCm = v; }
    public Integer getWeightKg() { return weightKg; }
    public void setWeightKg(Integer v) { weightKg = v; }
    public String getBloodGroup() { return bloodGroup; }
    public void setBloodGroup(String v) { bloodGroup = v; }
    public String getHealthStatus() { return healthStatus; }
    public void setHealthStatus(String v) { healthStatus = v; }
    public String getSocialInsuranceNo() { return socialInsuranceNo; }
    public void setSocialInsuranceNo(String v) { socialInsuranceNo = v; }
    public LocalDate getRecruitedOn() { return recruitedOn; }
    public void setRecruitedOn(LocalDate v) { recruitedOn = v; }
    public String getRecruitedBy() { return recruitedBy; }
    public void setRecruitedBy(String v) { recruitedBy = v; }
    public String getOccupationBefore() { return occupationBefore; }
    public void setOccupationBefore(String v) { occupationBefore = v; }
    public LocalDate getPartyOfficialOn() { return partyOfficialOn; }
    public void setPartyOfficialOn(LocalDate v) { partyOfficialOn = v; }
    public String getPartyPosts() { return partyPosts; }
    public void setPartyPosts(String v) { partyPosts = v; }
    public String getMassOrganisations() { return massOrganisations; }
    public void setMassOrganisations(String v) { massOrganisations = v; }
    public LocalDate getArmyEnlistedOn() { return armyEnlistedOn; }
    public void setArmyEnlistedOn(LocalDate v) { armyEnlistedOn = v; }
    public LocalDate getArmyDischargedOn() { return armyDischargedOn; }
    public void setArmyDischargedOn(LocalDate v) { armyDischargedOn = v; }
    public String getArmyRank() { return armyRank; }
    public void setArmyRank(String v) { armyRank = v; }
    public String getHonours() { return honours; }
    public void setHonours(String v) { honours = v; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String v) { strengths = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
