package vn.chuan.shared;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts the Java code shows users, read from {@code messages.properties} like the pages' texts.
 * Static because refusals, enum labels and command-line output are written outside any bean, and a
 * text must read the same on a page, in the API and on the command line. Arguments are written as
 * string concatenation writes them ({@link String#valueOf}); numbers a user reads are formatted by
 * the caller ({@link VietnameseText}). As in Spring, a message without arguments is taken as
 * written; with arguments it is a {@link java.text.MessageFormat} pattern ({@code ''} for an
 * apostrophe).
 */
public final class Messages {

    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasename("messages");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
    }

    private Messages() {
    }

    /** The text of {@code code}; a missing code is a programming error (NoSuchMessageException). */
    public static String text(String code, Object... args) {
        Object[] written = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            written[i] = args[i] instanceof String ? args[i] : String.valueOf(args[i]);
        }
        return SOURCE.getMessage(code, written, Locale.ROOT);
    }
}
