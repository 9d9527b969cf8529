package vn.chuan.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.chuan.shared.Dates;

/**
 * Dates as officers type them (15/03/2025, also 2025-03-15), for every date a page's address or form
 * sends: a controller's {@code LocalDate} parameter or form field reads through this one parser
 * ({@link Dates#parse}), registered once with MVC's conversion service. An unreadable date is a type
 * mismatch: a form's field error (binding code {@code typeMismatch}), or {@code WebShellAdvice}'s
 * answer for a parameter.
 */
class DateFormatter implements Formatter<LocalDate> {

    /** Registers the formatter (a configurer, so that web-slice tests have it too). */
    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addFormatters(FormatterRegistry registry) {
            registry.addFormatterForFieldType(LocalDate.class, new DateFormatter());
        }
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        return Dates.parse(text).orElseThrow(() -> new ParseException(text, 0));
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return Dates.format(date);
    }
}
