package vn.chuan.shared;

import java.util.Comparator;
import java.util.HexFormat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Names in Vietnamese order (ICU's collation for "vi": ă and â after a, đ after d, ê, ô, ơ, ư after their letter, the tones
 * after the letter without them), by given name first as Vietnamese lists are ("Nguyễn Văn An" before "Lê Thị Bình"),
 * then by the family and middle names; or by the whole name as written. A key is the collation's sort key as hexadecimal
 * text, so that a database orders it by plain comparison (and pages through it) as the collator would.
 */
public final class VietnameseOrder {

    /** Frozen: safe to share between threads. */
    private static final Collator COLLATOR = Collator.getInstance(ULocale.forLanguageTag("vi")).freeze();
    private static final HexFormat HEX = HexFormat.of();

    /** Keys are stored in columns of this length; a longer one is cut (the order of names that long is by their start). */
    public static final int KEY_LENGTH = 600;

    private VietnameseOrder() {
    }

    /** The key ordering by given name, then family and middle names. */
    public static String givenNameKey(String fullName) {
        String[] parts = givenAndRest(fullName);
        // Each key ends with a zero byte, lower than any byte of a key: the given names compare whole before the rest does.
        return cut(key(parts[0]) + key(parts[1]));
    }

    /** The key ordering by the whole name as written (family name first). */
    public static String fullNameKey(String fullName) {
        return cut(key(fullName == null ? "" : fullName.strip()));
    }

    /** People's names as {@link #givenNameKey} orders them. */
    public static int byGivenName(String a, String b) {
        String[] first = givenAndRest(a);
        String[] second = givenAndRest(b);
        int given = COLLATOR.compare(first[0], second[0]);
        return given != 0 ? given : COLLATOR.compare(first[1], second[1]);
    }

    /** Any text (a unit's name, a title) in Vietnamese order. */
    public static int byText(String a, String b) {
        return COLLATOR.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** Names compared by {@link #byGivenName}. */
    public static Comparator<String> givenNameOrder() {
        return VietnameseOrder::byGivenName;
    }

    /** The given name (the last word) and the family and middle names before it. */
    private static String[] givenAndRest(String fullName) {
        String name = fullName == null ? "" : VietnameseText.singleSpaced(fullName);
        int lastSpace = name.lastIndexOf(' ');
        return lastSpace < 0 ? new String[] {name, ""} : new String[] {name.substring(lastSpace + 1), name.substring(0, lastSpace)};
    }

    private static String key(String text) {
        return HEX.formatHex(COLLATOR.getCollationKey(text).toByteArray());
    }

    private static String cut(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }
}
