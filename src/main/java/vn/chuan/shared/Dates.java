package vn.chuan.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as Vietnamese users write them (dd/MM/yyyy), ISO dates, and Excel serial numbers. */
public final class Dates {

    /** The country's time zone: "today" is today in Viet Nam, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            VN,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (VietnameseText.isBlank(text)) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.matches("(19|20)\\d\\d")) {
            // A year alone is not a date; as an Excel serial it would fall in 1905-1927.
            return Optional.empty();
        }
        if (value.matches("\\d{1,5}(\\.0+)?")) {
            long serial = Long.parseLong(value.replaceAll("\\.0+$", ""));
            // Excel's serial day numbers; 1900-01-01 is 1 (the 1900 leap-year bug is before any birth date we hold).
            return serial > 0 ? Optional.of(EXCEL_EPOCH.plusDays(serial)) : Optional.empty();
        }
        String datePart = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        for (DateTimeFormatter f : ACCEPTED) {
            try {
                return Optional.of(LocalDate.parse(datePart, f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    public static String format(LocalDate date) {
        return date == null ? "" : VN.format(date);
    }
}
