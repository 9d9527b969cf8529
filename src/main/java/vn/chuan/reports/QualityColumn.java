package vn.chuan.reports;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * The columns of the quantity-and-quality form of commune cadres and civil servants (after the
 * BM02/BNV columns of regulations.md §7): each a group header, a label, the facts it counts (see
 * {@link Profile}), and the people list filter that opens exactly its people.
 */
public enum QualityColumn implements ReportColumn {
    TOTAL("", Messages.text("reports.total"), null, FactTest.is(Profile.ALL), "loai=CB,CC&cap=XA"),
    CB(Messages.text("reports.column.ofWhich"), Messages.text("reports.column.cadres"), StaffCategory.CB, FactTest.is(Profile.ALL), "loai=CB&cap=XA"),
    CC(Messages.text("reports.column.ofWhich"), Messages.text("reports.column.civilServants"), StaffCategory.CC, FactTest.is(Profile.ALL),
            "loai=CC&cap=XA"),
    NU(Messages.text("reports.column.ofWhich"), Messages.text("reports.column.women"), null, FactTest.is(Profile.WOMAN), "gioiTinh=NU"),
    DANG_VIEN(Messages.text("reports.column.ofWhich"), Messages.text("reports.by.party"), null, FactTest.is(Profile.PARTY), "dangVien=1"),
    DTTS(Messages.text("reports.column.ofWhich"), Messages.text("reports.column.minority"), null, FactTest.is(Profile.MINORITY), "dtts=1"),
    TIEN_SI(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.doctorate"), null,
            FactTest.level(Dimension.PROFESSIONAL, "TIEN_SI"),
            "chuyen_mon=TIEN_SI"),
    THAC_SI(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.master"), null,
            FactTest.level(Dimension.PROFESSIONAL, "THAC_SI"),
            "chuyen_mon=THAC_SI"),
    DAI_HOC(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.bachelor"), null,
            FactTest.level(Dimension.PROFESSIONAL, "DAI_HOC"),
            "chuyen_mon=DAI_HOC"),
    CAO_DANG(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.college"), null,
            FactTest.level(Dimension.PROFESSIONAL, "CAO_DANG"),
            "chuyen_mon=CAO_DANG"),
    TRUNG_CAP(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.intermediate"), null,
            FactTest.level(Dimension.PROFESSIONAL, "TRUNG_CAP"),
            "chuyen_mon=TRUNG_CAP"),
    DUOI_TRUNG_CAP(Messages.text("reports.column.professionalShort"), Messages.text("reports.column.belowIntermediate"), null,
            FactTest.below(Dimension.PROFESSIONAL, 2),
            "chuyen_mon=SO_CAP-"),
    LLCT_CAO_CAP(Messages.text("reports.column.politicalTheory"), Messages.text("reports.column.advanced"), null,
            FactTest.atLeast(Dimension.POLITICAL_THEORY, 3), "llct=CAO_CAP%2B"),
    LLCT_TRUNG_CAP(Messages.text("reports.column.politicalTheory"), Messages.text("reports.column.intermediate"), null,
            FactTest.level(Dimension.POLITICAL_THEORY, "TRUNG_CAP"), "llct=TRUNG_CAP"),
    LLCT_SO_CAP(Messages.text("reports.column.politicalTheory"), Messages.text("reports.column.elementary"), null,
            FactTest.level(Dimension.POLITICAL_THEORY,
            "SO_CAP"), "llct=SO_CAP"),
    QLNN_CVCC(Messages.text("reports.column.stateManagement"), Messages.text("reports.column.seniorPrincipal"), null,
            FactTest.level(Dimension.STATE_MANAGEMENT,
            "CHUYEN_VIEN_CAO_CAP"), "qlnn=CHUYEN_VIEN_CAO_CAP"),
    QLNN_CVC(Messages.text("reports.column.stateManagement"), Messages.text("reports.column.principal"), null,
            FactTest.level(Dimension.STATE_MANAGEMENT,
            "CHUYEN_VIEN_CHINH"), "qlnn=CHUYEN_VIEN_CHINH"),
    QLNN_CV(Messages.text("reports.column.stateManagement"), Messages.text("reports.column.specialist"), null,
            FactTest.level(Dimension.STATE_MANAGEMENT,
            "CHUYEN_VIEN"), "qlnn=CHUYEN_VIEN"),
    TIN_HOC(Messages.text("reports.column.it"), Messages.text("reports.column.basicOrAbove"), null, FactTest.atLeast(Dimension.IT, 1),
            "tin_hoc=CO_BAN%2B"),
    TUOI_DUOI_30(Messages.text("reports.by.age"), Messages.text("reports.column.under30"), null, FactTest.is(Profile.AGE + Profile.AgeBand.DUOI_30),
            "tuoiDen=29"),
    TUOI_30_40(Messages.text("reports.by.age"), "30 – 40", null, FactTest.is(Profile.AGE + Profile.AgeBand.TU_30_DEN_40), "tuoiTu=30&tuoiDen=40"),
    TUOI_41_50(Messages.text("reports.by.age"), "41 – 50", null, FactTest.is(Profile.AGE + Profile.AgeBand.TU_41_DEN_50), "tuoiTu=41&tuoiDen=50"),
    TUOI_51_60(Messages.text("reports.by.age"), "51 – 60", null, FactTest.is(Profile.AGE + Profile.AgeBand.TU_51_DEN_60), "tuoiTu=51&tuoiDen=60"),
    TUOI_TREN_60(Messages.text("reports.by.age"), Messages.text("reports.column.over60"), null, FactTest.is(Profile.AGE + Profile.AgeBand.TREN_60),
            "tuoiTu=61"),
    DAT_CHUAN(Messages.text("reports.by.standard"), Messages.text("reports.column.meets"), null, FactTest.is(Profile.VERDICT + "DAT"),
            "chuan=DAT"),
    CHUA_DAT_CHUAN(Messages.text("reports.by.standard"), Messages.text("reports.column.below"), null,
            FactTest.is(Profile.VERDICT + "CHUA_DAT"), "chuan=CHUA_DAT"),
    THIEU_CHUYEN_MON(Messages.text("reports.column.belowIn"), Messages.text("reports.column.professionalShort"), null, FactTest.unmet("PROFESSIONAL"),
            "thieu=PROFESSIONAL"),
    THIEU_LLCT(Messages.text("reports.column.belowIn"), Messages.text("reports.column.politicalTheoryShort"), null,
            FactTest.unmet("POLITICAL_THEORY"),
            "thieu=POLITICAL_THEORY"),
    THIEU_QLNN(Messages.text("reports.column.belowIn"), "QLNN", null, FactTest.unmet("STATE_MANAGEMENT"), "thieu=STATE_MANAGEMENT"),
    THIEU_TIN_HOC(Messages.text("reports.column.belowIn"), Messages.text("reports.column.it"), null, FactTest.unmet("IT"), "thieu=IT"),
    THIEU_NGOAI_NGU(Messages.text("reports.column.belowIn"), Messages.text("reports.column.foreignLanguage"), null,
            FactTest.unmet("FOREIGN_LANGUAGE"),
            "thieu=FOREIGN_LANGUAGE"),
    THIEU_TUOI(Messages.text("reports.column.belowIn"), Messages.text("reports.column.age"), null, FactTest.unmet("MIN_AGE", "MAX_AGE"),
            "thieu=MIN_AGE,MAX_AGE");

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
