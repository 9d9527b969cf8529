package vn.chuan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import vn.chuan.demo.DemoProvince.DemoPerson;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

class DemoProvinceGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 12, 31);

    private final DemoProvince province = new DemoProvinceGenerator(2026, TODAY).generate(2500);

    @Test
    void theSameSeedGivesTheSameProvince() {
        DemoProvince again = new DemoProvinceGenerator(2026, TODAY).generate(2500);
        assertThat(again.people()).isEqualTo(province.people());
        assertThat(again.units()).isEqualTo(province.units());
    }

    @Test
    void itSpansBothErasWithDistrictsBeforeTheReformAndMergedCommunesAfter() {
        long districtsBefore = province.units().stream()
                .filter(u -> u.level() == UnitLevel.DISTRICT && u.isValidOn(BEFORE_REFORM)).count();
        long communesBefore = province.units().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.isValidOn(BEFORE_REFORM)).count();
        long communesAfter = province.units().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.isValidOn(TODAY)).count();
        assertThat(districtsBefore).isBetween(3L, 10L);
        assertThat(communesBefore).isBetween(90L, 130L);
        assertThat(communesAfter).isBetween(communesBefore / 4, communesBefore / 2);
        assertThat(province.units().stream().filter(u -> u.level() == UnitLevel.DISTRICT && u.isValidOn(TODAY))).isEmpty();
        assertThat(province.activeOn(TODAY)).hasSize(2500);
        assertThat(province.activeOn(BEFORE_REFORM).size()).isGreaterThan(2000);
        // In most merged communes the Party secretary chairs the People's Council as a concurrent post.
        long concurrent = province.activeOn(TODAY).stream().filter(p -> !p.concurrentOn(TODAY).isEmpty()).count();
        assertThat(concurrent).isBetween(communesAfter / 2, communesAfter);
        assertThat(province.activeOn(BEFORE_REFORM)).allSatisfy(p -> assertThat(p.concurrentOn(BEFORE_REFORM)).isEmpty());
    }

    @Test
    void itsDistributionsResembleTheSeeds() {
        List<DemoPerson> before = province.activeOn(BEFORE_REFORM);
        List<DemoPerson> civilServants = before.stream().filter(p -> p.postOn(BEFORE_REFORM).category() == StaffCategory.CC).toList();
        List<DemoPerson> cadres = before.stream().filter(p -> p.postOn(BEFORE_REFORM).category() == StaffCategory.CB).toList();

        double university = share(civilServants, p -> rank(p, Dimension.PROFESSIONAL) >= 4);
        double intermediateTheory = share(cadres, p -> rank(p, Dimension.POLITICAL_THEORY) >= 2);
        double women = share(before, p -> p.gender() == Gender.NU);
        double minorities = share(before, p -> Ethnicity.isMinority(p.ethnicity()));
        double belowUniversityCadres = share(cadres, p -> rank(p, Dimension.PROFESSIONAL) < 4);

        assertThat(university).as("commune civil servants with a degree").isBetween(0.70, 0.95);
        assertThat(intermediateTheory).as("cadres with intermediate political theory or above").isBetween(0.55, 0.80);
        assertThat(women).isBetween(0.15, 0.45);
        assertThat(minorities).isBetween(0.10, 0.45);
        assertThat(belowUniversityCadres).as("cadres lacking the degree their title needs").isBetween(0.05, 0.40);
    }

    private static int rank(DemoPerson p, Dimension d) {
        var q = p.highest(d, BEFORE_REFORM);
        return q == null ? 0 : q.level().rank();
    }

    private static double share(List<DemoPerson> people, Predicate<DemoPerson> condition) {
        return people.stream().filter(condition).count() / (double) people.size();
    }
}
