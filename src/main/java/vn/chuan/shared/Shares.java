package vn.chuan.shared;

import java.util.Locale;

/** Shares and counts as the forms print them: a percentage with a decimal comma ("33,3%"), counts grouped with dots ("1.234"). */
public final class Shares {

    private Shares() {
    }

    /** {@code part} of {@code whole} in percent, with {@code decimals} digits after the comma; "—" when the whole is 0. */
    public static String percent(long part, long whole, int decimals) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%." + decimals + "f%%", 100.0 * part / whole).replace('.', ',');
    }

    /** A count as Vietnamese write it: "1.234", "100.000". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
