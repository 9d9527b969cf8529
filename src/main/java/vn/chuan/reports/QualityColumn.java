package vn.chuan.reports;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * The columns of the quantity-and-quality form of commune cadres and civil servants (after the
 * BM02/BNV columns of regulations.md §7): each a group header, a label, the facts it counts (see
 * {@link Profile}), and the people list filter that opens exactly its people.
 */
public enum QualityColumn implements ReportColumn {
    TOTAL("", "Tổng số", null, FactTest.is(Profile.ALL), "loai=CB,CC&cap=XA"),
    CB("Trong đó", "Cán bộ", StaffCategory.CB, FactTest.is(Profile.ALL), "loai=CB&cap=XA"),
    CC("Trong đó", "Công chức", StaffCategory.CC, FactTest.is(Profile.ALL), "loai=CC&cap=XA"),
    NU("Trong đó", "Nữ", null, FactTest.is(Profile.WOMAN), "gioiTinh=NU"),
    DANG_VIEN("Trong đó", "Đảng viên", null, FactTest.is(Profile.PARTY), "dangVien=1"),
    DTTS("Trong đó", "Dân tộc thiểu số", null, FactTest.is(Profile.MINORITY), "dtts=1"),
    TIEN_SI("Chuyên môn", "Tiến sĩ", null, FactTest.level(Dimension.PROFESSIONAL, "TIEN_SI"), "chuyen_mon=TIEN_SI"),
    THAC_SI("Chuyên môn", "Thạc sĩ", null, FactTest.level(Dimension.PROFESSIONAL, "THAC_SI"), "chuyen_mon=THAC_SI"),
    DAI_HOC("Chuyên môn", "Đại học", null, FactTest.level(Dimension.PROFESSIONAL, "DAI_HOC"), "chuyen_mon=DAI_HOC"),
    CAO_DANG("Chuyên môn", "Cao đẳng", null, FactTest.level(Dimension.PROFESSIONAL, "CAO_DANG"), "chuyen_mon=CAO_DANG"),
    TRUNG_CAP("Chuyên môn", "Trung cấp", null, FactTest.level(Dimension.PROFESSIONAL, "TRUNG_CAP"), "chuyen_mon=TRUNG_CAP"),
    DUOI_TRUNG_CAP("Chuyên môn", "Dưới trung cấp", null, FactTest.below(Dimension.PROFESSIONAL, 2), "chuyen_mon=SO_CAP-"),
    LLCT_CAO_CAP("Lý luận chính trị", "Cao cấp, cử nhân", null, FactTest.atLeast(Dimension.POLITICAL_THEORY, 3), "llct=CAO_CAP%2B"),
    LLCT_TRUNG_CAP("Lý luận chính trị", "Trung cấp", null, FactTest.level(Dimension.POLITICAL_THEORY, "TRUNG_CAP"), "llct=TRUNG_CAP"),
    LLCT_SO_CAP("Lý luận chính trị", "Sơ cấp", null, FactTest.level(Dimension.POLITICAL_THEORY, "SO_CAP"), "llct=SO_CAP"),
    QLNN_CVCC("Quản lý nhà nước", "CV cao cấp", null, FactTest.level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CAO_CAP"), "qlnn=CHUYEN_VIEN_CAO_CAP"),
    QLNN_CVC("Quản lý nhà nước", "CV chính", null, FactTest.level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN_CHINH"), "qlnn=CHUYEN_VIEN_CHINH"),
    QLNN_CV("Quản lý nhà nước", "Chuyên viên", null, FactTest.level(Dimension.STATE_MANAGEMENT, "CHUYEN_VIEN"), "qlnn=CHUYEN_VIEN"),
    TIN_HOC("Tin học", "Cơ bản trở lên", null, FactTest.atLeast(Dimension.IT, 1), "tin_hoc=CO_BAN%2B"),
    TUOI_DUOI_30("Độ tuổi", "Dưới 30", null, FactTest.is(Profile.AGE + Profile.AgeBand.DUOI_30), "tuoiDen=29"),
    TUOI_30_40("Độ tuổi", "30 – 40", null, FactTest.is(Profile.AGE + Profile.AgeBand.TU_30_DEN_40), "tuoiTu=30&tuoiDen=40"),
    TUOI_41_50("Độ tuổi", "41 – 50", null, FactTest.is(Profile.AGE + Profile.AgeBand.TU_41_DEN_50), "tuoiTu=41&tuoiDen=50"),
    TUOI_51_60("Độ tuổi", "51 – 60", null, FactTest.is(Profile.AGE + Profile.AgeBand.TU_51_DEN_60), "tuoiTu=51&tuoiDen=60"),
    TUOI_TREN_60("Độ tuổi", "Trên 60", null, FactTest.is(Profile.AGE + Profile.AgeBand.TREN_60), "tuoiTu=61"),
    DAT_CHUAN("Tiêu chuẩn chức danh", "Đạt chuẩn", null, FactTest.is(Profile.VERDICT + "DAT"), "chuan=DAT"),
    CHUA_DAT_CHUAN("Tiêu chuẩn chức danh", "Chưa đạt", null, FactTest.is(Profile.VERDICT + "CHUA_DAT"), "chuan=CHUA_DAT"),
    THIEU_CHUYEN_MON("Chưa đạt chuẩn về", "Chuyên môn", null, FactTest.unmet("PROFESSIONAL"), "thieu=PROFESSIONAL"),
    THIEU_LLCT("Chưa đạt chuẩn về", "Lý luận CT", null, FactTest.unmet("POLITICAL_THEORY"), "thieu=POLITICAL_THEORY"),
    THIEU_QLNN("Chưa đạt chuẩn về", "QLNN", null, FactTest.unmet("STATE_MANAGEMENT"), "thieu=STATE_MANAGEMENT"),
    THIEU_TIN_HOC("Chưa đạt chuẩn về", "Tin học", null, FactTest.unmet("IT"), "thieu=IT"),
    THIEU_NGOAI_NGU("Chưa đạt chuẩn về", "Ngoại ngữ", null, FactTest.unmet("FOREIGN_LANGUAGE"), "thieu=FOREIGN_LANGUAGE"),
    THIEU_TUOI("Chưa đạt chuẩn về", "Tuổi", null, FactTest.unmet("MIN_AGE", "MAX_AGE"), "thieu=MIN_AGE,MAX_AGE");

    private final String group;
    private final String label;
    private final StaffCategory category;
    private final FactTest fact;
    private final String listFilter;

    QualityColumn(String group, String label, StaffCategory category, FactTest fact, String listFilter) {
        this.group = group;
        this.label = label;
        this.category = category;
        this.fact = fact;
        this.listFilter = listFilter;
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
    public boolean countsPostsIn(UnitLevel level) {
        return level == UnitLevel.COMMUNE;
    }

    @Override
    public boolean isTotal() {
        return this == TOTAL;
    }

    /** Whether the column is about the standards (the verdict or a criterion unmet), assessed under the set in force on the date. */
    public boolean isVerdict() {
        return group.equals("Tiêu chuẩn chức danh") || group.equals("Chưa đạt chuẩn về");
    }

    @Override
    public String listFilter() {
        if (listFilter.startsWith("loai=")) {
            return listFilter;
        }
        // The form counts commune cadres and civil servants only: so does its list.
        return "loai=CB,CC&cap=XA&" + listFilter;
    }

    @Override
    public boolean counts(StaffCategory personCategory, String personFact) {
        return (category == null || category == personCategory) && fact.test(personFact);
    }
}
