package vn.chuan.evaluation;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.chuan.people.UnitFindings;
import vn.chuan.security.UserScope;

/** Past rounds recorded as decided over the cap on "excellent": findings of the data-quality page, not refusals. */
@Component
class DecidedQuotaBreaches implements UnitFindings {

    private final Evaluations evaluations;

    DecidedQuotaBreaches(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String title() {
        return "Kết quả đánh giá đã ghi nhận vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ (NĐ 335/2025)";
    }

    @Override
    public List<Finding> findings(UserScope scope) {
        return evaluations.decidedBreaches(scope).stream().map(b -> new Finding(b.unitName(), b.detail())).toList();
    }
}
