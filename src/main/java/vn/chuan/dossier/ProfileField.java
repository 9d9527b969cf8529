package vn.chuan.dossier;

import java.util.function.Function;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** The 2C's own fields, each with its label and whether it is sensitive (NĐ 13/2023 Art. 2 cl. 4): for the audit and the print. */
public enum ProfileField {
    OTHER_NAMES(false, Profile::otherNames),
    BIRTH_PLACE(false, Profile::birthPlace),
    HOME_TOWN(false, Profile::homeTown),
    PERMANENT_RESIDENCE(false, Profile::permanentResidence),
    CURRENT_RESIDENCE(false, Profile::currentResidence),
    RELIGION(true, Profile::religion),
    HEIGHT_CM(true, Profile::heightCm),
    WEIGHT_KG(true, Profile::weightKg),
    BLOOD_GROUP(true, Profile::bloodGroup),
    HEALTH_STATUS(true, Profile::healthStatus),
    SOCIAL_INSURANCE_NO(false, Profile::socialInsuranceNo),
    RECRUITED_ON(false, Profile::recruitedOn),
    RECRUITED_BY(false, Profile::recruitedBy),
    OCCUPATION_BEFORE(false, Profile::occupationBefore),
    PARTY_OFFICIAL_ON(false, Profile::partyOfficialOn),
    PARTY_POSTS(false, Profile::partyPosts),
    MASS_ORGANISATIONS(false, Profile::massOrganisations),
    ARMY_ENLISTED_ON(false, Profile::armyEnlistedOn),
    ARMY_DISCHARGED_ON(false, Profile::armyDischargedOn),
    ARMY_RANK(false, Profile::armyRank),
    HONOURS(false, Profile::honours),
    STRENGTHS(false, Profile::strengths);

    private final boolean sensitive;
    private final Function<Profile, Object> value;

    ProfileField(boolean sensitive, Function<Profile, Object> value) {
        this.sensitive = sensitive;
        this.value = value;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public String label() {
        return Messages.text("dossier.field." + name());
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
