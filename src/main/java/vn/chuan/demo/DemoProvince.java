package vn.chuan.demo;

import java.time.LocalDate;
import java.util.List;

import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.CommuneType;
import vn.chuan.units.UnitLevel;

/**
 * A generated province with both eras: districts and communes until 30/6/2025, merged communes
 * directly under the province from 1/7/2025. Units refer to each other by {@code key}, since a
 * merged commune keeps the code of one of its predecessors.
 */
public record DemoProvince(List<DemoUnit> units, List<DemoPerson> people, LocalDate today) {

    public record DemoUnit(int key, String code, String name, UnitLevel level, CommuneType type, Integer parentKey,
            LocalDate validFrom, LocalDate validTo, List<Integer> mergedFrom, boolean difficultArea) {

        public boolean isValidOn(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
        }
    }

    public record DemoPerson(String code, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
            String citizenId, boolean partyMember, LocalDate partyJoinedOn, List<DemoPost> posts,
            List<DemoQualification> qualifications) {

        /** The principal post held on {@code date}, or null. */
        public DemoPost postOn(LocalDate date) {
            return posts.stream().filter(p -> p.kind().isPrincipal() && p.isHeldOn(date)).reduce((a, b) -> b).orElse(null);
        }

        /** The posts held beside the principal one on {@code date}. */
        public List<DemoPost> concurrentOn(LocalDate date) {
            return posts.stream().filter(p -> !p.kind().isPrincipal() && p.isHeldOn(date)).toList();
        }

        public DemoQualification highest(Dimension dimension, LocalDate date) {
            return qualifications.stream()
                    .filter(q -> q.dimension() == dimension && !q.acquiredOn().isAfter(date))
                    .reduce((a, b) -> a.level().rank() >= b.level().rank() ? a : b).orElse(null);
        }
    }

    public record DemoPost(int unitKey, StaffCategory category, String titleCode, LocalDate startedOn,
            LocalDate endedOn, AssignmentReason startReason, AssignmentReason endReason, PostKind kind) {

        /** A principal post. */
        public DemoPost(int unitKey, StaffCategory category, String titleCode, LocalDate startedOn, LocalDate endedOn,
                AssignmentReason startReason, AssignmentReason endReason) {
            this(unitKey, category, titleCode, startedOn, endedOn, startReason, endReason, PostKind.CHINH);
        }

        public boolean isHeldOn(LocalDate date) {
            return !startedOn.isAfter(date) && (endedOn == null || !endedOn.isBefore(date));
        }
    }

    public record DemoQualification(Dimension dimension, ScaleLevel level, String fieldOfStudy,
            String institution, LocalDate acquiredOn) {
    }

    public DemoUnit unit(int key) {
        return units.get(key);
    }

    public List<DemoPerson> activeOn(LocalDate date) {
        return people.stream().filter(p -> p.postOn(date) != null).toList();
    }
}
