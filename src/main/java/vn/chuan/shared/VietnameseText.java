package vn.chuan.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese text for matching: lower case, no diacritics, "đ" as "d", one kind of
 * dash and single spaces. Users type names and levels with or without diacritics, with any dash.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("\\s*[\\-‐‑‒–—―]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd').replace('Đ', 'd');
        String withoutMarks = isAscii(lower) ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String dashes = DASHES.matcher(withoutMarks).replaceAll(" - ");
        return SPACES.matcher(dashes.replace('\u00a0', ' ')).replaceAll(" ").strip();
    }

    /** Folded, and with every non-alphanumeric run reduced to one space: for codes and labels alike. */
    public static String key(String text) {
        return NOT_ALPHANUMERIC.matcher(fold(text)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Stripped, with every run of spaces inside it one space: how a name is kept and compared. */
    public static String singleSpaced(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
