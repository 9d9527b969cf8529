package vn.chuan.evaluation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chuan.people.UnitFindings;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;

/** Past rounds recorded as decided over the cap on "excellent": findings of the data-quality page, not refusals. */
@Component
class DecidedQuotaBreaches implements UnitFindings {

    private final Evaluations evaluations;

    DecidedQuotaBreaches(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String title() {
        return Messages.text("evaluation.grades.recordedAboveQuota");
    }

    @Override
    public List<Finding> findings(UserScope scope) {
        return evaluations.decidedBreaches(scope).stream().map(b -> new Finding(b.unitName(), b.detail())).toList();
    }
}
