package vn.chuan.shared;

import java.util.regex.Pattern;

/**
 * Text cells that cannot attack the reader of a spreadsheet (OWASP, CSV injection): a text that
 * starts with {@code = + - @}, a tab or a carriage return would run as a formula when the file is
 * opened in Excel or LibreOffice, so it goes out after a single quote; the imports take the quote
 * off again ({@link #restore}), so that export → import changes nothing. Numbers as text ("-2",
 * "+84 912…" is not one) are left as they are.
 */
public final class CellText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9.,]*%?");

    private CellText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty() || !isTrigger(text.charAt(0)) || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** A cell as read from a file: the quote {@link #safe} added is taken off. */
    public static String restore(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && isTrigger(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
