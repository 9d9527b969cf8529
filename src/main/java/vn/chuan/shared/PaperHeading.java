package vn.chuan.shared;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The heading of a paper (NĐ 30/2020/NĐ-CP, Appendix I), in PDF ({@link PdfPaper}) and in a workbook ({@link SimpleSheet}):
 * the agency issuing it under its superior on the left, the place and the date under the national name and motto.
 */
public record PaperHeading(String superior, String agency, String place, LocalDate date) {

    /** A unit's paper: its People's Committee ("ỦY BAN NHÂN DÂN" over the unit's name), dated in the unit's name. */
    public static PaperHeading ofUnit(String unitName, LocalDate date) {
        return new PaperHeading(Messages.text("shared.paper.committee"), unitName.toUpperCase(Locale.forLanguageTag("vi")), unitName, date);
    }

    /** "Hà Nội, ngày 07 tháng 12 năm 2026". */
    public String placeAndDate() {
        return Messages.text("shared.paper.placeDate", place, String.format("%02d", date.getDayOfMonth()), String.format("%02d",
                date.getMonthValue()), String.valueOf(date.getYear()));
    }
}
