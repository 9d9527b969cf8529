package vn.chuan.positions;

import java.time.LocalDate;
import java.util.List;

import vn.chuan.shared.Messages;

/**
 * A job position of a unit: group, headcount allowed, description, the fields of study that match it
 * (keywords, any of them), its competency framework and the people placed in it now.
 */
public record JobPosition(long id, long unitId, String unitName, String code, String name, Group group, int headcount, String tasks,
        String outputs, List<String> fields, List<Competency> framework, List<Placement> placements) {

    /** Leadership, specialist or support, as the position list of Decree 62/2020 groups them. */
    public enum Group {
        LEADERSHIP(Messages.text("positions.group.leadership")), SPECIALIST(Messages.text("positions.group.professional")),
                SUPPORT(Messages.text("positions.group.support"));

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A competency the position asks for, and the level (1–5) required. */
    public record Competency(long id, String name, CompetencyGroup group, int requiredLevel) {
    }

    public enum CompetencyGroup {
        GENERAL(Messages.text("positions.competency.general")), SPECIALIST(Messages.text("positions.competency.professional")),
                LEADERSHIP(Messages.text("positions.competency.leadership"));

        private final String label;

        CompetencyGroup(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A person placed in the position, and whether their field of study matches it (null: not known). */
    public record Placement(long id, long personId, String personCode, String personName, LocalDate placedOn,
            String fieldOfStudy, Boolean matching) {
    }

    public int filled() {
        return placements.size();
    }

    public int vacant() {
        return Math.max(0, headcount - placements.size());
    }
}
