package vn.chuan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Tests that speak of deadlines still ahead of the day they were written (the standards deadline of
 * 1/8/2028, the 2030 targets, years of service left, terms and pools counted from a merge in 2025)
 * run on that day, whatever the suite's clock ({@code -Dchuan.test.today}): their figures are facts
 * about that day, not about the calendar. Read today from the injected {@code Clock} in them.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = "chuan.clock.fixed=" + OnTheDayWritten.DAY)
public @interface OnTheDayWritten {

    /** The day these tests were written. */
    String DAY = "2026-12-06";
}
