package vn.chuan.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.people.PersonSnapshot;
import vn.chuan.security.UserScope;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * The reports module's facade. Counts are taken from the dated records as of the report date, so a
 * report for 2012 counts the units and levels of 2012. (A first, straightforward engine: it reads
 * the people of the unit and counts in memory; per-commune aggregates will make it fast at scale.)
 */
@Service
public class Reports {

    private final PersonRegistry people;
    private final Units units;

    Reports(PersonRegistry people, Units units) {
        this.people = people;
        this.units = units;
    }

    /** The form for {@code root}'s subtree as of {@code date}, counting commune cadres and civil servants. */
    public QualityForm quality(UserScope scope, Unit root, LocalDate date) {
        if (!scope.covers(root)) {
            throw new IllegalArgumentException("Đơn vị không thuộc phạm vi của bạn");
        }
        List<Unit> children = units.subtree(root, date).stream().filter(u -> u.depth() == root.depth() + 1)
                .sorted(java.util.Comparator.comparing(Unit::code)).toList();
        List<Unit> rowUnits = children.isEmpty() ? List.of(root) : children;
        // One more row for people placed in the root itself, so that the rows add up to the total.
        long[][] counts = new long[rowUnits.size() + 1][QualityColumn.values().length];
        long[] total = new long[QualityColumn.values().length];
        List<PersonSnapshot> snapshots = people.snapshots(scope,
                new PersonSearch(null, root.id(), null, null, List.of(), date, 0, 10));
        for (PersonSnapshot person : snapshots) {
            if (person.category() != StaffCategory.CB && person.category() != StaffCategory.CC) {
                continue;
            }
            int row = rowOf(rowUnits, person.unitPath());
            for (QualityColumn column : QualityColumn.values()) {
                if (column.counts(person, date)) {
                    total[column.ordinal()]++;
                    counts[row < 0 ? rowUnits.size() : row][column.ordinal()]++;
                }
            }
        }
        List<QualityForm.Row> rows = new ArrayList<>();
        for (int i = 0; i < rowUnits.size(); i++) {
            rows.add(new QualityForm.Row(rowUnits.get(i), rowUnits.get(i).name(), counts[i]));
        }
        if (counts[rowUnits.size()][QualityColumn.TOTAL.ordinal()] > 0) {
            rows.add(new QualityForm.Row(root, root.name() + " (trực thuộc)", counts[rowUnits.size()]));
        }
        return new QualityForm(root, date, rows, new QualityForm.Row(root, "Tổng cộng", total));
    }

    private static int rowOf(List<Unit> rowUnits, String unitPath) {
        for (int i = 0; i < rowUnits.size(); i++) {
            if (unitPath != null && unitPath.startsWith(rowUnits.get(i).path())) {
                return i;
            }
        }
        return -1;
    }
}
