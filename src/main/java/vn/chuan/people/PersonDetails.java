package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

/** A person's identity as entered; the constructor refuses what cannot be true. */
public record PersonDetails(String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
        String citizenId, boolean partyMember, LocalDate partyJoinedOn) {

    public PersonDetails {
        if (VietnameseText.isBlank(code)) {
            throw new InvalidPersonDataException("code", Messages.text("people.ma-can-bo-khong-duoc-de"));
        }
        code = code.strip();
        if (!code.matches("[\\p{L}0-9._/-]{1,40}")) {
            throw new InvalidPersonDataException("code", Messages.text("people.ma-can-bo-chi-gom-chu"));
        }
        if (VietnameseText.isBlank(fullName)) {
            throw new InvalidPersonDataException("fullName", Messages.text("people.ho-va-ten-khong-duoc-de"));
        }
        fullName = fullName.strip().replaceAll("\\s+", " ");
        if (fullName.length() > 150) {
            throw new InvalidPersonDataException("fullName", Messages.text("people.ho-va-ten-dai-qua-150"));
        }
        if (birthDate == null) {
            throw new InvalidPersonDataException("birthDate", Messages.text("people.ngay-sinh-khong-duoc-de-trong"));
        }
        if (birthDate.isBefore(LocalDate.of(1900, 1, 1)) || birthDate.isAfter(Dates.today().minusYears(15))) {
            throw new InvalidPersonDataException("birthDate", Messages.text("people.ngay-sinh-khong-hop-le-nguoi"));
        }
        if (gender == null) {
            throw new InvalidPersonDataException("gender", Messages.text("people.gioi-tinh-phai-la-nam-hoac"));
        }
        String given = ethnicity == null ? "" : ethnicity;
        ethnicity = Ethnicity.parse(given).orElseThrow(() ->
                new InvalidPersonDataException("ethnicity", Messages.text("people.dan-toc-khong-co-trong-danh", given)));
        if (VietnameseText.isBlank(citizenId)) {
            citizenId = null;
        } else {
            citizenId = citizenId.strip();
            if (!citizenId.matches("\\d{12}")) {
                throw new InvalidPersonDataException("citizenId", Messages.text("people.so-cccd-phai-gom-dung-12"));
            }
        }
        if (!partyMember) {
            partyJoinedOn = null;
        } else if (partyJoinedOn != null
                && (partyJoinedOn.isBefore(birthDate.plusYears(16)) || partyJoinedOn.isAfter(Dates.today()))) {
            throw new InvalidPersonDataException("partyJoinedOn", Messages.text("people.ngay-vao-dang-khong-hop-le"));
        }
    }
}
