package vn.chuan.recruitment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.chuan.reports.IndicatorCount;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.targets.FigureSource;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** The Cần Thơ figure as a target indicator: of the year's new hires, those under 30 with an excellent or very good degree. */
@Component
class YoungExcellentHires implements FigureSource {

    private final Recruitment recruitment;
    private final Units units;

    YoungExcellentHires(Recruitment recruitment, Units units) {
        this.recruitment = recruitment;
        this.units = units;
    }

    @Override
    public String key() {
        return "tuyen-dung-tre-gioi";
    }

    @Override
    public String name() {
        return Messages.text("recruitment.indicator.title");
    }

    @Override
    public String source() {
        return Messages.text("recruitment.indicator.source");
    }

    @Override
    public String description() {
        return Messages.text("recruitment.indicator.explanation");
    }

    @Override
    public Map<Long, IndicatorCount> counts(UserScope scope, Unit root, LocalDate date) {
        LocalDate from = LocalDate.of(date.getYear(), 1, 1);
        List<Unit> rows = units.subtree(root, date);
        Map<Long, long[]> counts = new HashMap<>();
        for (Recruitment.Round round : recruitment.rounds(scope)) {
            for (Recruitment.Hire hire : round.hires()) {
                if (hire.hiredOn().isBefore(from) || hire.hiredOn().isAfter(date)) {
                    continue;
                }
                for (Unit unit : rows) {
                    if (round.unitPath().startsWith(unit.path())) {
                        long[] c = counts.computeIfAbsent(unit.id().value(), k -> new long[2]);
                        c[0]++;
                        c[1] += hire.youngAndExcellent() ? 1 : 0;
                    }
                }
            }
        }
        Map<Long, IndicatorCount> result = new HashMap<>();
        counts.forEach((unit, c) -> result.put(unit, new IndicatorCount(true, c[0], c[1], 0, 0)));
        return result;
    }
}
