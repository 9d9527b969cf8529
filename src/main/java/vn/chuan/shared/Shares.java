package vn.chuan.shared;

import java.util.Locale;

/** Shares as the forms print them: a percentage with a decimal comma ("33,3%"), "—" when there is no whole. */
public final class Shares {

    private Shares() {
    }

    /** {@code part} of {@code whole} in percent, with {@code decimals} digits after the comma; "—" when the whole is 0. */
    public static String percent(long part, long whole, int decimals) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%." + decimals + "f%%", 100.0 * part / whole).replace('.', ',');
    }
}
