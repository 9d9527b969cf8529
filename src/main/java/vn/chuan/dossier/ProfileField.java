package vn.chuan.dossier;

import java.util.function.Function;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** The 2C's own fields, each with its label and whether it is sensitive (NĐ 13/2023 Art. 2 cl. 4): for the audit and the print. */
public enum ProfileField {
    OTHER_NAMES("dossier.field.otherNames", false, Profile::otherNames),
    BIRTH_PLACE("dossier.field.birthPlace", false, Profile::birthPlace),
    HOME_TOWN("dossier.field.homeTown", false, Profile::homeTown),
    PERMANENT_RESIDENCE("dossier.field.permanentResidence", false, Profile::permanentResidence),
    CURRENT_RESIDENCE("dossier.field.currentResidence", false, Profile::currentResidence),
    RELIGION("dossier.field.religion", true, Profile::religion),
    HEIGHT_CM("dossier.field.heightCm", true, Profile::heightCm),
    WEIGHT_KG("dossier.field.weightKg", true, Profile::weightKg),
    BLOOD_GROUP("dossier.field.bloodGroup", true, Profile::bloodGroup),
    HEALTH_STATUS("dossier.field.healthStatus", true, Profile::healthStatus),
    SOCIAL_INSURANCE_NO("dossier.field.socialInsuranceNo", false, Profile::socialInsuranceNo),
    RECRUITED_ON("dossier.field.recruitedOn", false, Profile::recruitedOn),
    RECRUITED_BY("dossier.field.recruitedBy", false, Profile::recruitedBy),
    OCCUPATION_BEFORE("dossier.field.occupationBefore", false, Profile::occupationBefore),
    PARTY_OFFICIAL_ON("dossier.field.partyOfficialOn", false, Profile::partyOfficialOn),
    PARTY_POSTS("dossier.field.partyPosts", false, Profile::partyPosts),
    MASS_ORGANISATIONS("dossier.field.massOrganisations", false, Profile::massOrganisations),
    ARMY_ENLISTED_ON("dossier.field.armyEnlistedOn", false, Profile::armyEnlistedOn),
    ARMY_DISCHARGED_ON("dossier.field.armyDischargedOn", false, Profile::armyDischargedOn),
    ARMY_RANK("dossier.field.armyRank", false, Profile::armyRank),
    HONOURS("dossier.field.honours", false, Profile::honours),
    STRENGTHS("dossier.field.strengths", false, Profile::strengths);

    private final String code;
    private final boolean sensitive;
    private final Function<Profile, Object> value;

    ProfileField(String code, boolean sensitive, Function<Profile, Object> value) {
        this.code = code;
        this.sensitive = sensitive;
        this.value = value;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public String label() {
        return Messages.text(code);
    }

    /** The value as held: text, number or date; null when empty. */
    public Object value(Profile profile) {
        return value.apply(profile);
    }

    /** The value as the history and the print write it; "" when empty. */
    public String text(Profile profile) {
        Object v = value.apply(profile);
        if (v == null) {
            return "";
        }
        return v instanceof java.time.LocalDate d ? Dates.format(d) : v.toString().strip();
    }
}
