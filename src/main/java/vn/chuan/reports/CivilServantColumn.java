package vn.chuan.reports;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * The columns of the quantity-and-quality report of civil servants above commune level (after
 * BM02/BNV, regulations.md §7): rank (ngạch), professional level, political theory, state
 * management, IT, foreign language, ethnic-language certificate, age; civil servants in posts of
 * province- or district-level units.
 */
public enum CivilServantColumn implements ReportColumn {
    TOTAL("", Messages.text("reports.total"), FactTest.is(Profile.ALL), ""),
    NU(Messages.text("reports.column.ofWhich"), Messages.text("reports.column.women"), FactTest.is(Profile.WOMAN), "gioiTinh=NU"),
    DANG_VIEN(Messages.text("reports.column.ofWhich"), Messages.text("reports.by.party"), FactTest.is(Profile.PARTY), "dangVien=1"),
    DTTS(Messages.text("reports.column.ofWhich"), Messages.text("reports.column.minority"), FactTest.is(Profile.MINORITY), "dtts=1"),
    NGACH_CVCC(Messages.text("reports.column.rank"), Messages.text("reports.column.seniorPrincipal"), FactTest.title("CHUYEN_VIEN_CAO_CAP"),
            "chucDanh=CHUYEN_VIEN_CAO_CAP"),
    NGACH_CVC(Messages.text("reports.column.rank"), Messages.text("reports.column.principal"), FactTest.title("CHUYEN_VIEN_CHINH"),
            "chucDanh=CHUYEN_VIEN_CHINH"),
    NGACH_CV(Messages.text("reports.column.rank"), Messages.text("reports.column.specialist"), FactTest.title("CHUYEN_VIEN"), "chucDanh=CHUYEN_VIEN"),
    NGACH_CAN_SU(Messages.text("reports.column.rank"), Messages.text("reports.column.officer"), FactTest.title("CAN_SU"), "chucDanh=CAN_SU"),
    NGACH_NHAN_VIEN(Messages.text("reports.column.rank"), Messages.text("reports.column.staff"), FactTest.title("NHAN_VIEN"), "chucDanh=NHAN_VIEN"),
    TIEN_SI(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.doctorate"), FactTest.level(Dimension.PROFESSIONAL,
            "TIEN_SI"),
            "chuyen_mon=TIEN_SI"),
    THAC_SI(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.master"), FactTest.level(Dimension.PROFESSIONAL,
            "THAC_SI"),
            "chuyen_mon=THAC_SI"),
    DAI_HOC(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.bachelor"), FactTest.level(Dimension.PROFESSIONAL,
            "DAI_HOC"),
            "chuyen_mon=DAI_HOC"),
    CAO_DANG(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.college"), FactTest.level(Dimension.PROFESSIONAL,
            "CAO_DANG"),
            "chuyen_mon=CAO_DANG"),
    TRUNG_CAP(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.intermediate"),
            FactTest.level(Dimension.PROFESSIONAL, "TRUNG_CAP"),
            "chuyen_mon=TRUNG_CAP"),
    DUOI_TRUNG_CAP(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.belowIntermediate"),
            FactTest.below(Dimension.PROFESSIONAL, 2),
            "chuyen_mon=SO_CAP-"),
    LLCT_CAO_CAP(Messages.text("reports.column.politicalShort"), Messages.text("reports.column.advanced"),
            FactTest.atLeast(Dimension.POLITICAL_THEORY, 3),
            "llct=CAO_CAP%2B"),
    LLCT_TRUNG_CAP(Messages.text("reports.column.politicalShort"), Messages.text("reports.column.intermediate"),
            FactTest.level(Dimension.POLITICAL_THEORY,
            "TRUNG_CAP"), "llct=TRUNG_CAP"),
    LLCT_SO_CAP(Messages.text("reports.column.politicalShort"), Messages.text("reports.column.elementary"),
            FactTest.level(Dimension.POLITICAL_THEORY, "SO_CAP"),
            "llct=SO_CAP"),
    QLNN_CVCC(Messages.text("reports.column.stateManagement"), Messages.text("reports.column.seniorPrincipal"),
            FactTest.level(Dimension.STATE_MANAGEMENT,
            "CHUYEN_VIEN_CAO_CAP"), "qlnn=CHUYEN_VIEN_CAO_CAP"),
    QLNN_CVC(Messages.text("reports.column.stateManagement"), Messages.text("reports.column.principal"), FactTest.level(Dimension.STATE_MANAGEMENT,
            "CHUYEN_VIEN_CHINH"), "qlnn=CHUYEN_VIEN_CHINH"),
    QLNN_CV(Messages.text("reports.column.stateManagement"), Messages.text("reports.column.specialist"), FactTest.level(Dimension.STATE_MANAGEMENT,
            "CHUYEN_VIEN"), "qlnn=CHUYEN_VIEN"),
    TIN_HOC(Messages.text("reports.column.it"), Messages.text("reports.column.basicOrAbove"), FactTest.atLeast(Dimension.IT, 1), "tin_hoc=CO_BAN%2B"),
    NGOAI_NGU(Messages.text("reports.column.foreignLanguage"), Messages.text("reports.column.b1OrAbove"),
            FactTest.atLeast(Dimension.FOREIGN_LANGUAGE, 3),
            "ngoai_ngu=B1%2B"),
    TIENG_DAN_TOC(Messages.text("reports.column.ethnicLanguage"), Messages.text("reports.column.certified"),
            FactTest.atLeast(Dimension.ETHNIC_LANGUAGE, 1),
            "tieng_dan_toc=CO_CHUNG_CHI"),
    TUOI_DUOI_30(Messages.text("reports.by.age"), Messages.text("reports.column.under30"), FactTest.is(Profile.AGE + Profile.AgeBand.DUOI_30),
            "tuoiDen=29"),
    TUOI_30_40(Messages.text("reports.by.age"), "30 – 40", FactTest.is(Profile.AGE + Profile.AgeBand.TU_30_DEN_40), "tuoiTu=30&tuoiDen=40"),
    TUOI_41_50(Messages.text("reports.by.age"), "41 – 50", FactTest.is(Profile.AGE + Profile.AgeBand.TU_41_DEN_50), "tuoiTu=41&tuoiDen=50"),
    TUOI_51_60(Messages.text("reports.by.age"), "51 – 60", FactTest.is(Profile.AGE + Profile.AgeBand.TU_51_DEN_60), "tuoiTu=51&tuoiDen=60"),
    TUOI_TREN_60(Messages.text("reports.by.age"), Messages.text("reports.column.over60"), FactTest.is(Profile.AGE + Profile.AgeBand.TREN_60),
            "tuoiTu=61");

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
