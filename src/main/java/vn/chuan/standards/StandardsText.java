package vn.chuan.standards;

import org.springframework.stereotype.Component;

import vn.chuan.shared.Messages;

/** Criteria in words, for pages. */
@Component("standardsText")
public class StandardsText {

    public String describe(Criterion criterion) {
        if (criterion instanceof Criterion.MinimumLevel l) {
            return l.difficultAreaLevel() == null
                    ? Messages.text("standards.muc-tro-len", l.dimension().label(), l.level().label())
                    : Messages.text("standards.muc-tro-len-vung-kho-khan", l.dimension().label(), l.level().label(), l.difficultAreaLevel().label());
        }
        if (criterion instanceof Criterion.MinimumAge a) {
            return Messages.text("standards.tuoi-tu-tuoi-tro-len", a.years());
        }
        if (criterion instanceof Criterion.MaximumAge a) {
            return Messages.text("standards.tuoi-khong-qua-tuoi", a.years());
        }
        Criterion.FieldOfStudy f = (Criterion.FieldOfStudy) criterion;
        return Messages.text("standards.chuyen-nganh-phu-hop", String.join(", ", f.keywords()));
    }
}
