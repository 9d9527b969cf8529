package vn.chuan.targets;

import java.util.Set;
import java.util.stream.Collectors;

import vn.chuan.reports.Condition;
import vn.chuan.reports.Population;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;

/**
 * A share to watch: of the people in a population (categories, commune posts only or not, titles,
 * ages), how many meet a condition ({@link ConditionText}). {@code source} says where it comes from
 * (a plan, an article).
 */
public record Indicator(long id, String name, String source, Population population, String condition) {

    /** The condition of an indicator another module counts ({@link FigureSource}): this prefix and its key. */
    static final String FIGURE_PREFIX = "figure:";

    /** Counted by another module, not by population and condition. */
    public boolean isFigure() {
        return condition.startsWith(FIGURE_PREFIX);
    }

    String figureKey() {
        return condition.substring(FIGURE_PREFIX.length());
    }

    public Condition parsedCondition() {
        if (isFigure()) {
            throw new IllegalStateException("Indicator " + id + " is counted by " + figureKey() + ", not by a condition");
        }
        return ConditionText.parse(condition);
    }

    /** "Trình độ chuyên môn từ Đại học trở lên và …"; for a counted figure, what it counts. */
    public String conditionText() {
        return isFigure() ? (source == null ? "" : source) : ConditionText.describe(condition);
    }

    /** "Cán bộ, Công chức · cấp xã · Chủ tịch UBND, … · 30–45 tuổi". */
    public String populationText() {
        StringBuilder text = new StringBuilder(population.categories().stream().sorted().map(StaffCategory::label)
                .collect(Collectors.joining(", ")));
        text.append(population.communePostsOnly() ? Messages.text("targets.condition.communeSuffix") : "");
        if (!population.titleCodes().isEmpty()) {
            text.append(" · ").append(population.titleCodes().stream().sorted()
                    .map(PositionTitle::nameOf)
                    .collect(Collectors.joining(", ")));
        }
        if (population.minAge() != null || population.maxAge() != null) {
            text.append(" · ").append(population.minAge() == null ? Messages.text("targets.condition.upTo", population.maxAge())
                    : population.maxAge() == null ? Messages.text("targets.condition.from",
                            population.minAge()) : population.minAge() + "–" + population.maxAge())
                    .append(Messages.text("targets.condition.ageSuffix"));
        }
        return text.toString();
    }

    /** What a new indicator is made of, as the form or a seed gives it. */
    public record Definition(String name, String source, Set<StaffCategory> categories, boolean communePostsOnly,
            Set<String> titleCodes, Integer minAge, Integer maxAge, String condition) {
    }
}
