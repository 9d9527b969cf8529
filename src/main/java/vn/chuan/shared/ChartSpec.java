package vn.chuan.shared;

import java.util.List;

/**
 * What {@code static/js/charts.js} draws, written as JSON into a page: a type ({@code bar},
 * {@code line} or {@code donut}), the categories, the series, an address per category to open on a
 * click (may be empty) and a suffix for the values (such as "%").
 */
public record ChartSpec(String type, List<String> categories, List<Series> series, List<String> links, String suffix) {

    /** One series: its name in the legend, its colour, a value per category (null: none), dashed or not. */
    public record Series(String name, String color, List<? extends Number> data, boolean dashed) {

        public Series(String name, String color, List<? extends Number> data) {
            this(name, color, data, false);
        }
    }
}
