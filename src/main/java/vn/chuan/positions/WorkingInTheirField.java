package vn.chuan.positions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.chuan.reports.IndicatorCount;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.targets.FigureSource;
import vn.chuan.units.Unit;

/** The Chợ Đồn figure as a target indicator: of those placed in a position, the share working in their field. */
@Component
class WorkingInTheirField implements FigureSource {

    private final JobPositions positions;

    WorkingInTheirField(JobPositions positions) {
        this.positions = positions;
    }

    @Override
    public String key() {
        return "dung-chuyen-mon";
    }

    @Override
    public String name() {
        return Messages.text("positions.indicator.title");
    }

    @Override
    public String source() {
        return Messages.text("positions.indicator.source");
    }

    @Override
    public String description() {
        return Messages.text("positions.indicator.explanation");
    }

    @Override
    public Map<Long, IndicatorCount> counts(UserScope scope, Unit root, LocalDate date) {
        Map<Long, IndicatorCount> result = new HashMap<>();
        if (!scope.covers(root)) {
            return result;
        }
        positions.fieldMatchOn(root, date).forEach((unit, c) -> result.put(unit, new IndicatorCount(true, c[0], c[1], 0, 0)));
        return result;
    }
}
