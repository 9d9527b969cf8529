package vn.chuan.standards;

import org.springframework.stereotype.Component;

/** Criteria in words, for pages. */
@Component("standardsText")
public class StandardsText {

    public String describe(Criterion criterion) {
        if (criterion instanceof Criterion.MinimumLevel l) {
            return l.dimension().label() + ": " + l.level().label() + " trở lên"
                    + (l.difficultAreaLevel() == null ? "" : " (vùng khó khăn: " + l.difficultAreaLevel().label() + " trở lên)");
        }
        if (criterion instanceof Criterion.MinimumAge a) {
            return "Tuổi: từ " + a.years() + " tuổi trở lên";
        }
        if (criterion instanceof Criterion.MaximumAge a) {
            return "Tuổi: không quá " + a.years() + " tuổi";
        }
        Criterion.FieldOfStudy f = (Criterion.FieldOfStudy) criterion;
        return "Chuyên ngành phù hợp: " + String.join(", ", f.keywords());
    }
}
