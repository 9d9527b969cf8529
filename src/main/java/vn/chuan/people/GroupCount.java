package vn.chuan.people;

import java.util.Map;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;

/**
 * The people holding a post in one unit, of one category, on a date, counted by what the reports
 * break them down by: women, party members, ethnic minorities, age bands (as the caller set them)
 * and, on each dimension, how many hold each level (by rank; rank 0 also counts those with none).
 */
public record GroupCount(long unitId, StaffCategory category, long people, long women, long partyMembers,
        long minority, long[] ageBands, Map<Dimension, long[]> levels) {
}
