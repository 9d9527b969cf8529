package vn.chuan.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.chuan.units.Unit;

/**
 * Places ("lượt") sent to training in a unit's subtree over a period: a row per kind, a column per
 * value of the breakdown, then the total; as the seeds print them (Chợ Đồn: 877 places in eight kinds).
 */
public record PlaceTable(Unit unit, LocalDate from, LocalDate to, PlaceBreakdown by, List<TrainingKind> kinds,
        Map<String, Map<String, Long>> counts) {

    /** Places of this kind ({@code null}: every kind) with this value ({@code null}: any). */
    public long count(String kindCode, String value) {
        long total = 0;
        for (Map.Entry<String, Map<String, Long>> row : counts.entrySet()) {
            if (kindCode != null && !row.getKey().equals(kindCode)) {
                continue;
            }
            for (Map.Entry<String, Long> cell : row.getValue().entrySet()) {
                if (value == null || cell.getKey().equals(value)) {
                    total += cell.getValue();
                }
            }
        }
        return total;
    }
}
