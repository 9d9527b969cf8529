package vn.chuan.targets;

import java.time.LocalDate;
import java.util.Map;

import vn.chuan.reports.IndicatorCount;
import vn.chuan.security.UserScope;
import vn.chuan.units.Unit;

/**
 * A share another module counts from its own records, usable as a target's indicator (new hires
 * under 30 with an excellent degree; people working in their field). The targets module finds the
 * sources among the beans and keeps one indicator per source; a target on it is followed like any
 * other (values by date, trend, projection, status), without a list of who is missing.
 */
public interface FigureSource {

    /** Stable key, stored in the indicator ("tuyen-dung-tre-gioi"). */
    String key();

    /** The indicator's name, unique among indicators. */
    String name();

    /** Where the figure and its target come from (an article, a plan). */
    String source();

    /** What is counted, for the indicator page ("Người mới tuyển dụng trong năm; đạt: dưới 30 tuổi, loại giỏi trở lên"). */
    String description();

    /** The count on {@code date} in {@code root} and in every unit below it, keyed by unit id. */
    Map<Long, IndicatorCount> counts(UserScope scope, Unit root, LocalDate date);
}
