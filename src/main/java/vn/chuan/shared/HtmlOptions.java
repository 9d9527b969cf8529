package vn.chuan.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.web.util.HtmlUtils;

/**
 * A picker's options as HTML, written in one pass and put in the page with {@code th:utext}: a province's unit picker has
 * over a thousand options, and three template expressions for each were a third of the people list's time. Every value
 * and label is escaped.
 */
public final class HtmlOptions {

    private HtmlOptions() {
    }

    /** An option per item, {@code selected} (compared with each value, may be null) marked as chosen. */
    public static <T> String of(List<T> items, Function<T, Object> value, Function<T, String> label, Object selected) {
        StringBuilder html = new StringBuilder(items.size() * 64);
        String chosen = selected == null ? null : selected.toString();
        for (T item : items) {
            String itemValue = Objects.toString(value.apply(item), "");
            html.append("<option value=\"").append(escape(itemValue)).append('"');
            if (itemValue.equals(chosen)) {
                html.append(" selected=\"selected\"");
            }
            html.append('>').append(escape(label.apply(item))).append("</option>\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
