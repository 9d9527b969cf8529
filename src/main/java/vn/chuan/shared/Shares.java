package vn.chuan.shared;

/**
 * Shares and counts as the forms print them: a percentage with a decimal comma ("33,3%"), counts grouped with dots ("1.234").
 * Written by hand rather than with {@code String.format}: a province's form prints tens of thousands of them, and each
 * format call built its own number symbols (a tenth of the form's time and most of its garbage).
 */
public final class Shares {

    private Shares() {
    }

    /** {@code part} of {@code whole} in percent, with {@code decimals} digits after the comma; "—" when the whole is 0. */
    public static String percent(long part, long whole, int decimals) {
        if (whole == 0) {
            return "—";
        }
        // Rounded half up in whole numbers: what String.format("%.2f") printed before, without its garbage.
        long scale = TEN_TO[decimals];
        long scaled = (2 * part * 100 * scale + whole) / (2 * whole);
        StringBuilder text = new StringBuilder(12).append(scaled / scale);
        if (decimals > 0) {
            String fraction = Long.toString(scaled % scale);
            text.append(',').append("000000", 0, decimals - fraction.length()).append(fraction);
        }
        return text.append('%').toString();
    }

    private static final long[] TEN_TO = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** A count as Vietnamese write it: "1.234", "100.000". */
    public static String count(long n) {
        String digits = n < 0 ? Long.toString(n).substring(1) : Long.toString(n);
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            grouped.append('-');
        }
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return grouped.toString();
    }
}
