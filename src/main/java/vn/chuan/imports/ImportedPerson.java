package vn.chuan.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.chuan.people.PersonDetails;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Unit;

/**
 * A row that passed every check: identity, the post it states and the levels it states. A blank
 * cell states nothing ({@code partyMember} null, a dimension absent from {@code levels}).
 */
record ImportedPerson(int row, PersonDetails details, Boolean partyMember, Unit unit, StaffCategory category,
        String titleCode, LocalDate startedOn, Map<Dimension, ScaleLevel> levels, String fieldOfStudy, List<String> concurrentTitleCodes) {
}
