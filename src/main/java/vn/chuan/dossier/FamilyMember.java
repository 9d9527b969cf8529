package vn.chuan.dossier;

/** One relative, as the 2C lists them: name, year of birth, home town, occupation, workplace or address. */
public record FamilyMember(long id, FamilyRelation relation, String fullName, Integer birthYear, String homeTown, String occupation,
        String workplace) {
}
