package vn.chuan.reports;

import java.util.List;
import java.util.Map;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.units.Unit;

/**
 * The front page's figures for a unit, today: the way down to it (for the unit picker), the
 * quantity-and-quality form of its subtree (whose rows give compliance by unit below it), and the
 * level mix of each dimension.
 */
public record Dashboard(Unit unit, List<Unit> ancestors, ReportTable form, Map<Dimension, List<LevelCount>> levelMix) {

    /** The dimensions whose mix the page draws. */
    public static final List<Dimension> CHARTED = List.of(Dimension.PROFESSIONAL, Dimension.POLITICAL_THEORY,
            Dimension.STATE_MANAGEMENT, Dimension.IT, Dimension.FOREIGN_LANGUAGE);

    public record LevelCount(ScaleLevel level, long count) {
    }

    /** Whether the unit has units below it to drill into. */
    public boolean hasRowsBelow() {
        return !form.rows().isEmpty() && !form.rows().get(0).unit().equals(unit);
    }
}
