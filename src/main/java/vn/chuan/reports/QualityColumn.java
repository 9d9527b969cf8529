package vn.chuan.reports;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.BiPredicate;

import vn.chuan.people.PersonSnapshot;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;

/**
 * The columns of the quantity-and-quality form of commune cadres and civil servants (after the
 * BM02/BNV columns of regulations.md §7): each a group header, a label, who it counts, and the
 * people list filter that opens its list (null where the list has no such filter yet).
 */
public enum QualityColumn {
    TOTAL("", "Tổng số", (p, d) -> true, "loai=CB,CC"),
    CB("Trong đó", "Cán bộ", (p, d) -> p.category() == StaffCategory.CB, "loai=CB"),
    CC("Trong đó", "Công chức", (p, d) -> p.category() == StaffCategory.CC, "loai=CC"),
    NU("Trong đó", "Nữ", (p, d) -> p.gender() == Gender.NU, "gioiTinh=NU"),
    DANG_VIEN("Trong đó", "Đảng viên", (p, d) -> p.partyMember(), "dangVien=1"),
    DTTS("Trong đó", "Dân tộc thiểu số", (p, d) -> Ethnicity.isMinority(p.ethnicity()), "dtts=1"),
    TIEN_SI("Chuyên môn", "Tiến sĩ", exact(Dimension.PROFESSIONAL, "TIEN_SI"), "chuyen_mon=TIEN_SI"),
    THAC_SI("Chuyên môn", "Thạc sĩ", exact(Dimension.PROFESSIONAL, "THAC_SI"), "chuyen_mon=THAC_SI"),
    DAI_HOC("Chuyên môn", "Đại học", exact(Dimension.PROFESSIONAL, "DAI_HOC"), "chuyen_mon=DAI_HOC"),
    CAO_DANG("Chuyên môn", "Cao đẳng", exact(Dimension.PROFESSIONAL, "CAO_DANG"), "chuyen_mon=CAO_DANG"),
    TRUNG_CAP("Chuyên môn", "Trung cấp", exact(Dimension.PROFESSIONAL, "TRUNG_CAP"), "chuyen_mon=TRUNG_CAP"),
    DUOI_TRUNG_CAP("Chuyên môn", "Dưới trung cấp", (p, d) -> rank(p, Dimension.PROFESSIONAL) < 2, null),
    LLCT_CAO_CAP("Lý luận chính trị", "Cao cấp, cử nhân", (p, d) -> rank(p, Dimension.POLITICAL_THEORY) >= 3, "llct=CAO_CAP%2B"),
    LLCT_TRUNG_CAP("Lý luận chính trị", "Trung cấp", exact(Dimension.POLITICAL_THEORY, "TRUNG_CAP"), "llct=TRUNG_CAP"),
    LLCT_SO_CAP("Lý luận chính trị", "Sơ cấp", exact(Dimension.POLITICAL_THEORY, "SO_CAP"), "llct=SO_CAP"),
    QLNN_CVCC("Quản lý nhà nước", "CV cao cấp", exact(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CAO_CAP"), "qlnn=CHUYEN_VIEN_CAO_CAP"),
    QLNN_CVC("Quản lý nhà nước", "CV chính", exact(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CHINH"), "qlnn=CHUYEN_VIEN_CHINH"),
    QLNN_CV("Quản lý nhà nước", "Chuyên viên", exact(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN"), "qlnn=CHUYEN_VIEN"),
    TIN_HOC("Tin học", "Cơ bản trở lên", (p, d) -> rank(p, Dimension.IT) >= 1, "tin_hoc=CO_BAN%2B"),
    TUOI_DUOI_30("Độ tuổi", "Dưới 30", (p, d) -> age(p, d) < 30, "tuoiDen=29"),
    TUOI_30_40("Độ tuổi", "30 – 40", (p, d) -> age(p, d) >= 30 && age(p, d) <= 40, "tuoiTu=30&tuoiDen=40"),
    TUOI_41_50("Độ tuổi", "41 – 50", (p, d) -> age(p, d) >= 41 && age(p, d) <= 50, "tuoiTu=41&tuoiDen=50"),
    TUOI_51_60("Độ tuổi", "51 – 60", (p, d) -> age(p, d) >= 51 && age(p, d) <= 60, "tuoiTu=51&tuoiDen=60"),
    TUOI_TREN_60("Độ tuổi", "Trên 60", (p, d) -> age(p, d) > 60, "tuoiTu=61");

    private final String group;
    private final String label;
    private final BiPredicate<PersonSnapshot, LocalDate> counts;
    private final String listFilter;

    QualityColumn(String group, String label, BiPredicate<PersonSnapshot, LocalDate> counts, String listFilter) {
        this.group = group;
        this.label = label;
        this.counts = counts;
        this.listFilter = listFilter;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** The query-string part that filters the people list to exactly this column's people, or null. */
    public String listFilter() {
        if (listFilter == null || listFilter.startsWith("loai=")) {
            return listFilter;
        }
        // The form counts commune cadres and civil servants only: so does its list.
        return "loai=CB,CC&" + listFilter;
    }

    boolean counts(PersonSnapshot person, LocalDate date) {
        return counts.test(person, date);
    }

    private static BiPredicate<PersonSnapshot, LocalDate> exact(Dimension dimension, String code) {
        return (p, d) -> {
            ScaleLevel level = p.levels().get(dimension);
            return level != null && level.code().equals(code);
        };
    }

    private static int rank(PersonSnapshot p, Dimension dimension) {
        ScaleLevel level = p.levels().get(dimension);
        return level == null ? 0 : level.rank();
    }

    private static int age(PersonSnapshot p, LocalDate date) {
        return Period.between(p.birthDate(), date).getYears();
    }
}
