package vn.chuan.people;

import java.time.LocalDate;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.VietnameseText;

/** A person's identity as entered; the constructor refuses what cannot be true. */
public record PersonDetails(String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
        String citizenId, boolean partyMember, LocalDate partyJoinedOn) {

    public PersonDetails {
        if (VietnameseText.isBlank(code)) {
            throw new InvalidPersonDataException("code", "Mã cán bộ không được để trống");
        }
        code = code.strip();
        if (!code.matches("[\\p{L}0-9._/-]{1,40}")) {
            throw new InvalidPersonDataException("code", "Mã cán bộ chỉ gồm chữ, số và . _ / - (tối đa 40 ký tự)");
        }
        if (VietnameseText.isBlank(fullName)) {
            throw new InvalidPersonDataException("fullName", "Họ và tên không được để trống");
        }
        fullName = fullName.strip().replaceAll("\\s+", " ");
        if (fullName.length() > 150) {
            throw new InvalidPersonDataException("fullName", "Họ và tên dài quá 150 ký tự");
        }
        if (birthDate == null) {
            throw new InvalidPersonDataException("birthDate", "Ngày sinh không được để trống");
        }
        if (birthDate.isBefore(LocalDate.of(1900, 1, 1)) || birthDate.isAfter(Dates.today().minusYears(15))) {
            throw new InvalidPersonDataException("birthDate", "Ngày sinh không hợp lệ: người này phải từ 15 tuổi trở lên");
        }
        if (gender == null) {
            throw new InvalidPersonDataException("gender", "Giới tính phải là Nam hoặc Nữ");
        }
        String given = ethnicity == null ? "" : ethnicity;
        ethnicity = Ethnicity.parse(given).orElseThrow(() ->
                new InvalidPersonDataException("ethnicity", "Dân tộc '" + given + "' không có trong danh mục 54 dân tộc"));
        if (VietnameseText.isBlank(citizenId)) {
            citizenId = null;
        } else {
            citizenId = citizenId.strip();
            if (!citizenId.matches("\\d{12}")) {
                throw new InvalidPersonDataException("citizenId", "Số CCCD phải gồm đúng 12 chữ số");
            }
        }
        if (!partyMember) {
            partyJoinedOn = null;
        } else if (partyJoinedOn != null
                && (partyJoinedOn.isBefore(birthDate.plusYears(16)) || partyJoinedOn.isAfter(Dates.today()))) {
            throw new InvalidPersonDataException("partyJoinedOn", "Ngày vào Đảng không hợp lệ so với ngày sinh hoặc hôm nay");
        }
    }
}
