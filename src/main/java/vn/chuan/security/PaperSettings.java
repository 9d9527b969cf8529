package vn.chuan.security;

import java.time.LocalDate;
import java.util.Locale;

import vn.chuan.shared.PaperHeading;

/**
 * How a user's papers are headed (NĐ 30/2020/NĐ-CP, Appendix I): the superior agency (cơ quan chủ quản), the agency
 * issuing the paper (cơ quan ban hành) and the place written before the date. Any of them blank: the paper is headed by
 * the People's Committee of the unit it covers, dated in that unit's name.
 */
public record PaperSettings(String superior, String agency, String place) {

    static final int AGENCY_LENGTH = 200;
    static final int PLACE_LENGTH = 100;

    public static final PaperSettings NONE = new PaperSettings(null, null, null);

    /** The heading of a paper about {@code unitName} printed on {@code date}. */
    public PaperHeading heading(String unitName, LocalDate date) {
        PaperHeading unit = PaperHeading.ofUnit(unitName, date);
        Locale vi = Locale.forLanguageTag("vi");
        boolean ownAgency = agency != null;
        return new PaperHeading(ownAgency ? (superior == null ? "" : superior.toUpperCase(vi)) : unit.superior(),
                ownAgency ? agency.toUpperCase(vi) : unit.agency(), place != null ? place : unit.place(), date);
    }
}
