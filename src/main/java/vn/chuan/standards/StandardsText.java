package vn.chuan.standards;

import org.springframework.stereotype.Component;

import vn.chuan.shared.Messages;

/** Criteria in words, for pages. */
@Component("standardsText")
public class StandardsText {

    public String describe(Criterion criterion) {
        if (criterion instanceof Criterion.MinimumLevel l) {
            return l.difficultAreaLevel() == null
                    ? Messages.text("standards.criterion.level", l.dimension().label(), l.level().label())
                    : Messages.text("standards.criterion.levelWithDifficult", l.dimension().label(), l.level().label(),
                            l.difficultAreaLevel().label());
        }
        if (criterion instanceof Criterion.MinimumAge a) {
            return Messages.text("standards.criterion.minAge", a.years());
        }
        if (criterion instanceof Criterion.MaximumAge a) {
            return Messages.text("standards.criterion.maxAge", a.years());
        }
        Criterion.FieldOfStudy f = (Criterion.FieldOfStudy) criterion;
        return Messages.text("standards.criterion.field", String.join(", ", f.keywords()));
    }
}
