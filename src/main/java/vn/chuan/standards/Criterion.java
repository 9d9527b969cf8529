package vn.chuan.standards;

import java.util.List;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.ScaleLevel;

/**
 * One named rule of a standard set for one title, citing where it comes from. Each kind says
 * "met" or "unmet, because …" through {@link StandardsEngine}.
 */
public sealed interface Criterion {

    String titleCode();

    String source();

    /** A stable code for filtering ("everyone lacking …"): the dimension, or the kind. */
    String gapCode();

    /** A minimum level on a dimension; in especially difficult / ethnic-minority areas, optionally a lower one. */
    record MinimumLevel(String titleCode, Dimension dimension, ScaleLevel level, ScaleLevel difficultAreaLevel,
            String source) implements Criterion {

        public MinimumLevel {
            if (!level.dimension().equals(dimension.name())
                    || (difficultAreaLevel != null && !difficultAreaLevel.dimension().equals(dimension.name()))) {
                throw new IllegalArgumentException(Messages.text("standards.levelNotOfDimension", level.label(), dimension.label()));
            }
        }

        @Override
        public String gapCode() {
            return dimension.name();
        }
    }

    /** Age at least {@code years} on the assessment date. */
    record MinimumAge(String titleCode, int years, String source) implements Criterion {
        @Override
        public String gapCode() {
            return "MIN_AGE";
        }
    }

    /** Age at most {@code years} on the assessment date. */
    record MaximumAge(String titleCode, int years, String source) implements Criterion {
        @Override
        public String gapCode() {
            return "MAX_AGE";
        }
    }

    /** A field of study matching one of the keywords ("chuyên ngành phù hợp"), folded without diacritics. */
    record FieldOfStudy(String titleCode, List<String> keywords, String source) implements Criterion {

        public FieldOfStudy {
            keywords = List.copyOf(keywords);
        }

        @Override
        public String gapCode() {
            return "FIELD";
        }
    }
}
