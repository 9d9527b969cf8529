package vn.chuan.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(\\.0+)?");

    /**
     * The clock "today" is read from: the system's in Viet Nam, or a fixed day when
     * {@code chuan.clock.fixed} (system property) or {@code CHUAN_CLOCK_FIXED} (environment) names
     * one (yyyy-MM-dd: 10:00 that day). The tests run on a fixed day so that no result depends on
     * the calendar; the application's {@code Clock} bean starts from this one.
     */
    private static final Clock CLOCK = clockFrom(System.getProperty("chuan.clock.fixed", System.getenv("CHUAN_CLOCK_FIXED")));

    /** The clock for a fixed day (yyyy-MM-dd, 10:00 in Viet Nam), or the system's when {@code day} is blank. */
    public static Clock clockFrom(String day) {
        if (day == null || day.isBlank()) {
            return Clock.system(ZONE);
        }
        return Clock.fixed(LocalDate.parse(day.strip()).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** See {@link #CLOCK}. */
    public static Clock clock() {
        return CLOCK;
    }

    /** Today in Viet Nam, on {@link #clock()}: for checks made where no clock is injected (values, commands' defaults). */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    private Dates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (VietnameseText.isBlank(text)) {
            return Optional.empty();
        }
        String value = text.strip();
        if (YEAR.matcher(value).matches()) {
            // A year alone is not a date; as an Excel serial it would fall in 1905-1927.
            return Optional.empty();
        }
        if (SERIAL.matcher(value).matches()) {
            int point = value.indexOf('.');
            long serial = Long.parseLong(point < 0 ? value : value.substring(0, point));
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
