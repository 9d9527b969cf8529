package vn.chuan.dossier;

import java.util.function.Function;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** The 2C's own fields, each with its label and whether it is sensitive (NĐ 13/2023 Art. 2 cl. 4): for the audit and the print. */
public enum ProfileField {
    OTHER_NAMES("ten_goi_khac", "dossier.field.otherNames", false, Profile::otherNames),
    BIRTH_PLACE("noi_sinh", "dossier.field.birthPlace", false, Profile::birthPlace),
    HOME_TOWN("que_quan", "dossier.field.homeTown", false, Profile::homeTown),
    PERMANENT_RESIDENCE("noi_thuong_tru", "dossier.field.permanentResidence", false, Profile::permanentResidence),
    CURRENT_RESIDENCE("noi_o_hien_nay", "dossier.field.currentResidence", false, Profile::currentResidence),
    RELIGION("ton_giao", "dossier.field.religion", true, Profile::religion),
    HEIGHT_CM("chieu_cao", "dossier.field.heightCm", true, Profile::heightCm),
    WEIGHT_KG("can_nang", "dossier.field.weightKg", true, Profile::weightKg),
    BLOOD_GROUP("nhom_mau", "dossier.field.bloodGroup", true, Profile::bloodGroup),
    HEALTH_STATUS("suc_khoe", "dossier.field.healthStatus", true, Profile::healthStatus),
    SOCIAL_INSURANCE_NO("so_bhxh", "dossier.field.socialInsuranceNo", false, Profile::socialInsuranceNo),
    RECRUITED_ON("ngay_tuyen_dung", "dossier.field.recruitedOn", false, Profile::recruitedOn),
    RECRUITED_BY("co_quan_tuyen_dung", "dossier.field.recruitedBy", false, Profile::recruitedBy),
    OCCUPATION_BEFORE("nghe_khi_tuyen_dung", "dossier.field.occupationBefore", false, Profile::occupationBefore),
    PARTY_OFFICIAL_ON("ngay_chinh_thuc_dang", "dossier.field.partyOfficialOn", false, Profile::partyOfficialOn),
    PARTY_POSTS("chuc_vu_dang", "dossier.field.partyPosts", false, Profile::partyPosts),
    MASS_ORGANISATIONS("doan_the", "dossier.field.massOrganisations", false, Profile::massOrganisations),
    ARMY_ENLISTED_ON("ngay_nhap_ngu", "dossier.field.armyEnlistedOn", false, Profile::armyEnlistedOn),
    ARMY_DISCHARGED_ON("ngay_xuat_ngu", "dossier.field.armyDischargedOn", false, Profile::armyDischargedOn),
    ARMY_RANK("quan_ham", "dossier.field.armyRank", false, Profile::armyRank),
    HONOURS("danh_hieu", "dossier.field.honours", false, Profile::honours),
    STRENGTHS("so_truong", "dossier.field.strengths", false, Profile::strengths);

    private final String key;
    private final String code;
    private final boolean sensitive;
    private final Function<Profile, Object> value;

    ProfileField(String key, String code, boolean sensitive, Function<Profile, Object> value) {
        this.key = key;
        this.code = code;
        this.sensitive = sensitive;
        this.value = value;
    }

    public boolean sensitive() {
        return sensitive;
    }

    /** The column's ASCII key in the interchange format (its header may be the label or the key). */
    public String key() {
        return key;
    }

    /** The field a column header names (label or key, with or without accents), if any. */
    public static java.util.Optional<ProfileField> byHeader(String header) {
        String folded = vn.chuan.shared.VietnameseText.fold(header == null ? "" : header.strip());
        return java.util.Arrays.stream(values())
                .filter(f -> vn.chuan.shared.VietnameseText.fold(f.label()).equals(folded) || f.key.equals(folded.replace(' ', '_')))
                .findFirst();
    }

    public String label() {
        return Messages.text(code);
    }

    /** What the column holds, for the import template's help sheet. */
    String help() {
        String what = switch (this) {
            case RECRUITED_ON, PARTY_OFFICIAL_ON, ARMY_ENLISTED_ON, ARMY_DISCHARGED_ON -> Messages.text("dossier.columnHelp.date");
            case HEIGHT_CM, WEIGHT_KG -> Messages.text("dossier.columnHelp.number");
            case BLOOD_GROUP -> Messages.text("dossier.columnHelp.bloodGroup");
            case SOCIAL_INSURANCE_NO -> Messages.text("dossier.columnHelp.socialInsurance");
            default -> Messages.text("dossier.columnHelp.text");
        };
        return sensitive ? what + " " + Messages.text("dossier.columnHelp.sensitive") : what;
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
