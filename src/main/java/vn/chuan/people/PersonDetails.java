package vn.chuan.people;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** A person's identity as entered; the constructor refuses what cannot be true. */
public record PersonDetails(String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
        String citizenId, boolean partyMember, LocalDate partyJoinedOn) {

    // Compiled once: every record read from the database and every imported row passes here.
    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9._/-]{1,40}");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");

    public PersonDetails {
        if (VietnameseText.isBlank(code)) {
            throw new InvalidPersonDataException("code", Messages.text("people.identity.codeRequired"));
        }
        code = code.strip();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidPersonDataException("code", Messages.text("people.identity.codeCharacters"));
        }
        if (VietnameseText.isBlank(fullName)) {
            throw new InvalidPersonDataException("fullName", Messages.text("people.identity.nameRequired"));
        }
        fullName = VietnameseText.singleSpaced(fullName);
        if (fullName.length() > 150) {
            throw new InvalidPersonDataException("fullName", Messages.text("people.identity.nameTooLong"));
        }
        if (birthDate == null) {
            throw new InvalidPersonDataException("birthDate", Messages.text("people.identity.birthRequired"));
        }
        if (birthDate.isBefore(LocalDate.of(1900, 1, 1)) || birthDate.isAfter(Dates.today().minusYears(15))) {
            throw new InvalidPersonDataException("birthDate", Messages.text("people.identity.tooYoung"));
        }
        if (gender == null) {
            throw new InvalidPersonDataException("gender", Messages.text("people.identity.genderRequired"));
        }
        String given = ethnicity == null ? "" : ethnicity;
        ethnicity = Ethnicity.parse(given).orElseThrow(() ->
                new InvalidPersonDataException("ethnicity", Messages.text("people.identity.unknownEthnicity", given)));
        if (VietnameseText.isBlank(citizenId)) {
            citizenId = null;
        } else {
            citizenId = citizenId.strip();
            if (!CITIZEN_ID.matcher(citizenId).matches()) {
                throw new InvalidPersonDataException("citizenId", Messages.text("people.identity.citizenIdDigits"));
            }
        }
        if (!partyMember) {
            partyJoinedOn = null;
        } else if (partyJoinedOn != null
                && (partyJoinedOn.isBefore(birthDate.plusYears(16)) || partyJoinedOn.isAfter(Dates.today()))) {
            throw new InvalidPersonDataException("partyJoinedOn", Messages.text("people.identity.partyDate"));
        }
    }
}
