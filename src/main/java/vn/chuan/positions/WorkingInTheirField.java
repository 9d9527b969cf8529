package vn.chuan.positions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.chuan.reports.IndicatorCount;
import vn.chuan.security.UserScope;
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
        return "Tỷ lệ cán bộ, công chức được bố trí đúng chuyên môn";
    }

    @Override
    public String source() {
        return "Nghĩa Tá (Chợ Đồn): 100% cán bộ, công chức xã được bố trí việc làm phù hợp với chuyên môn được đào tạo (seeds/001)";
    }

    @Override
    public String description() {
        return "Người được bố trí vào vị trí việc làm, đã biết chuyên ngành; đạt: chuyên ngành phù hợp vị trí";
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
