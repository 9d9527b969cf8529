package vn.chuan.dossier;

import java.time.LocalDate;

/**
 * The résumé's own fields (Mẫu 2C-BNV/2008) that the person's record does not hold already. Religion
 * and health are sensitive (NĐ 13/2023 Art. 2 cl. 4): {@link #withoutSensitive()} is what a role
 * without the right is given.
 */
public record Profile(String otherNames, String birthPlace, String homeTown, String permanentResidence, String currentResidence,
        String religion, Integer heightCm, Integer weightKg, String bloodGroup, String healthStatus, String socialInsuranceNo,
        LocalDate recruitedOn, String recruitedBy, String occupationBefore, LocalDate partyOfficialOn, String partyPosts,
        String massOrganisations, LocalDate armyEnlistedOn, LocalDate armyDischargedOn, String armyRank, String honours,
        String strengths, int version) {

    static final Profile EMPTY = new Profile(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, 0);

    /** Nothing written yet (the version aside). */
    public boolean isEmpty() {
        return java.util.Arrays.stream(ProfileField.values()).allMatch(f -> f.value(this) == null);
    }

    public Profile withoutSensitive() {
        return withSensitiveOf(EMPTY);
    }

    /** This profile with {@code other}'s religion and health (what a role without the right keeps as stored). */
    public Profile withSensitiveOf(Profile other) {
        return new Profile(otherNames, birthPlace, homeTown, permanentResidence, currentResidence, other.religion, other.heightCm,
                other.weightKg, other.bloodGroup, other.healthStatus, socialInsuranceNo, recruitedOn, recruitedBy, occupationBefore,
                partyOfficialOn, partyPosts, massOrganisations, armyEnlistedOn, armyDischargedOn, armyRank, honours, strengths, version);
    }
}
