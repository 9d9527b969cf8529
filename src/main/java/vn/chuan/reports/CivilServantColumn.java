package vn.chuan.reports;

import java.util.function.Predicate;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * The columns of the quantity-and-quality report of civil servants above commune level (after
 * BM02/BNV, regulations.md §7): rank (ngạch), professional level, political theory, state
 * management, IT, foreign language, ethnic-language certificate, age; civil servants in posts of
 * province- or district-level units.
 */
public enum CivilServantColumn implements ReportColumn {
    TOTAL("", "Tổng số", Profile.ALL::equals, ""),
    NU("Trong đó", "Nữ", Profile.WOMAN::equals, "gioiTinh=NU"),
    DANG_VIEN("Trong đó", "Đảng viên", Profile.PARTY::equals, "dangVien=1"),
    DTTS("Trong đó", "Dân tộc thiểu số", Profile.MINORITY::equals, "dtts=1"),
    NGACH_CVCC("Ngạch", "CV cao cấp", title("CHUYEN_VIEN_CAO_CAP"), "chucDanh=CHUYEN_VIEN_CAO_CAP"),
    NGACH_CVC("Ngạch", "CV chính", title("CHUYEN_VIEN_CHINH"), "chucDanh=CHUYEN_VIEN_CHINH"),
    NGACH_CV("Ngạch", "Chuyên viên", title("CHUYEN_VIEN"), "chucDanh=CHUYEN_VIEN"),
    NGACH_CAN_SU("Ngạch", "Cán sự", title("CAN_SU"), "chucDanh=CAN_SU"),
    NGACH_NHAN_VIEN("Ngạch", "Nhân viên", title("NHAN_VIEN"), "chucDanh=NHAN_VIEN"),
    TIEN_SI("Chuyên môn", "Tiến sĩ", level(Dimension.PROFESSIONAL, "TIEN_SI"), "chuyen_mon=TIEN_SI"),
    THAC_SI("Chuyên môn", "Thạc sĩ", level(Dimension.PROFESSIONAL, "THAC_SI"), "chuyen_mon=THAC_SI"),
    DAI_HOC("Chuyên môn", "Đại học", level(Dimension.PROFESSIONAL, "DAI_HOC"), "chuyen_mon=DAI_HOC"),
    CAO_DANG("Chuyên môn", "Cao đẳng", level(Dimension.PROFESSIONAL, "CAO_DANG"), "chuyen_mon=CAO_DANG"),
    TRUNG_CAP("Chuyên môn", "Trung cấp", level(Dimension.PROFESSIONAL, "TRUNG_CAP"), "chuyen_mon=TRUNG_CAP"),
    DUOI_TRUNG_CAP("Chuyên môn", "Dưới trung cấp", rank(Dimension.PROFESSIONAL, 0, 1), "chuyen_mon=SO_CAP-"),
    LLCT_CAO_CAP("Chính trị", "Cao cấp, cử nhân", rank(Dimension.POLITICAL_THEORY, 3, 9), "llct=CAO_CAP%2B"),
    LLCT_TRUNG_CAP("Chính trị", "Trung cấp", level(Dimension.POLITICAL_THEORY, "TRUNG_CAP"), "llct=TRUNG_CAP"),
    LLCT_SO_CAP("Chính trị", "Sơ cấp", level(Dimension.POLITICAL_THEORY, "SO_CAP"), "llct=SO_CAP"),
    QLNN_CVCC("Quản lý nhà nước", "CV cao cấp", level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CAO_CAP"), "qlnn=CHUYEN_VIEN_CAO_CAP"),
    QLNN_CVC("Quản lý nhà nước", "CV chính", level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CHINH"), "qlnn=CHUYEN_VIEN_CHINH"),
    QLNN_CV("Quản lý nhà nước", "Chuyên viên", level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN"), "qlnn=CHUYEN_VIEN"),
    TIN_HOC("Tin học", "Cơ bản trở lên", rank(Dimension.IT, 1, 9), "tin_hoc=CO_BAN%2B"),
    NGOAI_NGU("Ngoại ngữ", "B1 trở lên", rank(Dimension.FOREIGN_LANGUAGE, 3, 9), "ngoai_ngu=B1%2B"),
    TIENG_DAN_TOC("Tiếng dân tộc", "Có chứng chỉ", rank(Dimension.ETHNIC_LANGUAGE, 1, 9), "tieng_dan_toc=CO_CHUNG_CHI"),
    TUOI_DUOI_30("Độ tuổi", "Dưới 30", (Profile.AGE + Profile.AgeBand.DUOI_30)::equals, "tuoiDen=29"),
    TUOI_30_40("Độ tuổi", "30 – 40", (Profile.AGE + Profile.AgeBand.TU_30_DEN_40)::equals, "tuoiTu=30&tuoiDen=40"),
    TUOI_41_50("Độ tuổi", "41 – 50", (Profile.AGE + Profile.AgeBand.TU_41_DEN_50)::equals, "tuoiTu=41&tuoiDen=50"),
    TUOI_51_60("Độ tuổi", "51 – 60", (Profile.AGE + Profile.AgeBand.TU_51_DEN_60)::equals, "tuoiTu=51&tuoiDen=60"),
    TUOI_TREN_60("Độ tuổi", "Trên 60", (Profile.AGE + Profile.AgeBand.TREN_60)::equals, "tuoiTu=61");

    private final String group;
    private final String label;
    private final Predicate<String> fact;
    private final String filter;
    private final java.util.Map<String, Boolean> judged = new java.util.concurrent.ConcurrentHashMap<>();

    CivilServantColumn(String group, String label, Predicate<String> fact, String filter) {
        this.group = group;
        this.label = label;
        this.fact = fact;
        this.filter = filter;
    }

    @Override
    public String group() {
        return group;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String listFilter() {
        return "loai=CC&cap=TREN_XA" + (filter.isEmpty() ? "" : "&" + filter);
    }

    @Override
    public boolean counts(StaffCategory category, String personFact) {
        return category == StaffCategory.CC && judged.computeIfAbsent(personFact, fact::test);
    }

    @Override
    public boolean countsPostsIn(UnitLevel level) {
        return level != UnitLevel.COMMUNE;
    }

    @Override
    public boolean isTotal() {
        return this == TOTAL;
    }

    private static Predicate<String> title(String code) {
        return (Profile.TITLE + code)::equals;
    }

    private static Predicate<String> level(Dimension dimension, String code) {
        return Profile.levelFact(dimension, code)::equals;
    }

    private static Predicate<String> rank(Dimension dimension, int from, int to) {
        String prefix = dimension.name() + ":";
        return f -> {
            if (!f.startsWith(prefix)) {
                return false;
            }
            int rank = dimension.level(f.substring(prefix.length())).rank();
            return rank >= from && rank <= to;
        };
    }
}
