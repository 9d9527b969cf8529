package vn.chuan.reports;

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
    TOTAL("", "Tổng số", FactTest.is(Profile.ALL), ""),
    NU("Trong đó", "Nữ", FactTest.is(Profile.WOMAN), "gioiTinh=NU"),
    DANG_VIEN("Trong đó", "Đảng viên", FactTest.is(Profile.PARTY), "dangVien=1"),
    DTTS("Trong đó", "Dân tộc thiểu số", FactTest.is(Profile.MINORITY), "dtts=1"),
    NGACH_CVCC("Ngạch", "CV cao cấp", FactTest.title("CHUYEN_VIEN_CAO_CAP"), "chucDanh=CHUYEN_VIEN_CAO_CAP"),
    NGACH_CVC("Ngạch", "CV chính", FactTest.title("CHUYEN_VIEN_CHINH"), "chucDanh=CHUYEN_VIEN_CHINH"),
    NGACH_CV("Ngạch", "Chuyên viên", FactTest.title("CHUYEN_VIEN"), "chucDanh=CHUYEN_VIEN"),
    NGACH_CAN_SU("Ngạch", "Cán sự", FactTest.title("CAN_SU"), "chucDanh=CAN_SU"),
    NGACH_NHAN_VIEN("Ngạch", "Nhân viên", FactTest.title("NHAN_VIEN"), "chucDanh=NHAN_VIEN"),
    TIEN_SI("Chuyên môn", "Tiến sĩ", FactTest.level(Dimension.PROFESSIONAL, "TIEN_SI"), "chuyen_mon=TIEN_SI"),
    THAC_SI("Chuyên môn", "Thạc sĩ", FactTest.level(Dimension.PROFESSIONAL, "THAC_SI"), "chuyen_mon=THAC_SI"),
    DAI_HOC("Chuyên môn", "Đại học", FactTest.level(Dimension.PROFESSIONAL, "DAI_HOC"), "chuyen_mon=DAI_HOC"),
    CAO_DANG("Chuyên môn", "Cao đẳng", FactTest.level(Dimension.PROFESSIONAL, "CAO_DANG"), "chuyen_mon=CAO_DANG"),
    TRUNG_CAP("Chuyên môn", "Trung cấp", FactTest.level(Dimension.PROFESSIONAL, "TRUNG_CAP"), "chuyen_mon=TRUNG_CAP"),
    DUOI_TRUNG_CAP("Chuyên môn", "Dưới trung cấp", FactTest.below(Dimension.PROFESSIONAL, 2), "chuyen_mon=SO_CAP-"),
    LLCT_CAO_CAP("Chính trị", "Cao cấp, cử nhân", FactTest.atLeast(Dimension.POLITICAL_THEORY, 3), "llct=CAO_CAP%2B"),
    LLCT_TRUNG_CAP("Chính trị", "Trung cấp", FactTest.level(Dimension.POLITICAL_THEORY, "TRUNG_CAP"), "llct=TRUNG_CAP"),
    LLCT_SO_CAP("Chính trị", "Sơ cấp", FactTest.level(Dimension.POLITICAL_THEORY, "SO_CAP"), "llct=SO_CAP"),
    QLNN_CVCC("Quản lý nhà nước", "CV cao cấp", FactTest.level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CAO_CAP"), "qlnn=CHUYEN_VIEN_CAO_CAP"),
    QLNN_CVC("Quản lý nhà nước", "CV chính", FactTest.level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CHINH"), "qlnn=CHUYEN_VIEN_CHINH"),
    QLNN_CV("Quản lý nhà nước", "Chuyên viên", FactTest.level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN"), "qlnn=CHUYEN_VIEN"),
    TIN_HOC("Tin học", "Cơ bản trở lên", FactTest.atLeast(Dimension.IT, 1), "tin_hoc=CO_BAN%2B"),
    NGOAI_NGU("Ngoại ngữ", "B1 trở lên", FactTest.atLeast(Dimension.FOREIGN_LANGUAGE, 3), "ngoai_ngu=B1%2B"),
    TIENG_DAN_TOC("Tiếng dân tộc", "Có chứng chỉ", FactTest.atLeast(Dimension.ETHNIC_LANGUAGE, 1), "tieng_dan_toc=CO_CHUNG_CHI"),
    TUOI_DUOI_30("Độ tuổi", "Dưới 30", FactTest.is(Profile.AGE + Profile.AgeBand.DUOI_30), "tuoiDen=29"),
    TUOI_30_40("Độ tuổi", "30 – 40", FactTest.is(Profile.AGE + Profile.AgeBand.TU_30_DEN_40), "tuoiTu=30&tuoiDen=40"),
    TUOI_41_50("Độ tuổi", "41 – 50", FactTest.is(Profile.AGE + Profile.AgeBand.TU_41_DEN_50), "tuoiTu=41&tuoiDen=50"),
    TUOI_51_60("Độ tuổi", "51 – 60", FactTest.is(Profile.AGE + Profile.AgeBand.TU_51_DEN_60), "tuoiTu=51&tuoiDen=60"),
    TUOI_TREN_60("Độ tuổi", "Trên 60", FactTest.is(Profile.AGE + Profile.AgeBand.TREN_60), "tuoiTu=61");

    private final String group;
    private final String label;
    private final FactTest fact;
    private final String filter;

    CivilServantColumn(String group, String label, FactTest fact, String filter) {
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
        return category == StaffCategory.CC && fact.test(personFact);
    }

    @Override
    public boolean countsPostsIn(UnitLevel level) {
        return level != UnitLevel.COMMUNE;
    }

    @Override
    public boolean isTotal() {
        return this == TOTAL;
    }
}
