package vn.chuan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonRegistry;
import vn.chuan.rotation.Rotations;
import vn.chuan.shared.Dates;
import vn.chuan.shared.StaffCategory;
import vn.chuan.standards.StandardSet;
import vn.chuan.standards.Standards;
import vn.chuan.support.TestProvince;
import vn.chuan.targets.Indicator;
import vn.chuan.targets.Plan;
import vn.chuan.targets.Targets;
import vn.chuan.training.Funding;
import vn.chuan.training.Programme;
import vn.chuan.training.Training;
import vn.chuan.training.TrainingClass;
import vn.chuan.units.Units;

/**
 * The table of province-wide settings holds in the facades, whatever page or program calls them: a
 * commune officer (or a district one, or a program's key) is refused every change with the same
 * sentence, and nothing is written; the province officer's change goes through.
 */
@Tag("db")
@SpringBootTest
@DirtiesContext
class ProvinceSettingTest {

    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Training training;
    @Autowired
    Targets targets;
    @Autowired
    Rotations rotations;
    @Autowired
    Standards standards;

    TestProvince province;
    UserScope commune;
    UserScope district;
    UserScope provinceOfficer;
    String p;

    @BeforeEach
    void setUp() {
        p = TestProvince.uniquePrefix("S");
        province = TestProvince.create(units, registry, transaction, p);
        commune = new UserScope(province.communeB1.id(), province.communeB1.path(), true, Role.COMMUNE);
        district = new UserScope(province.districtB.id(), province.districtB.path(), true, Role.DISTRICT);
        provinceOfficer = new UserScope(province.province.id(), province.province.path(), true, Role.PROVINCE);
    }

    @Test
    void everyProvinceWideSettingIsRefusedToCommuneAndDistrictOfficersAndAllowedToTheProvince() {
        for (UserScope below : List.of(commune, district)) {
            refused(ProvinceSetting.TRAINING_CLASSES, () -> training.defineProgramme(below, programme(p + "-X")));
            refused(ProvinceSetting.TRAINING_CLASSES, () -> training.openClass(below, trainingClass(1, p + "-L")));
            refused(ProvinceSetting.ROTATION_PERIODS, () -> rotations.setSensitivePost(below, "TC_KT", 3, "Thử"));
            refused(ProvinceSetting.TARGET_PLANS, () -> targets.definePlan(below, new Plan(0, p + "/KH-UBND", "Kế hoạch thử", null, null)));
            refused(ProvinceSetting.TARGET_PLANS, () -> targets.defineIndicator(below, indicator()));
            long inForce = standards.inForceOn(Dates.today()).map(StandardSet::id).orElseThrow();
            refused(ProvinceSetting.STANDARD_SETS, () -> standards.copyAsDraft(below, inForce));
        }
        assertThat(training.programmes()).noneMatch(pr -> pr.code().startsWith(p));
        assertThat(targets.plans()).noneMatch(plan -> plan.number().startsWith(p));

        long programme = transaction.execute(s -> training.defineProgramme(provinceOfficer, programme(p + "-T")));
        transaction.executeWithoutResult(s -> training.openClass(provinceOfficer, trainingClass(programme, p + "-K1")));
        transaction.executeWithoutResult(s -> targets.definePlan(provinceOfficer, new Plan(0, p + "/KH-UBND", "Kế hoạch thử", null, null)));
        transaction.executeWithoutResult(s -> rotations.setSensitivePost(provinceOfficer, "TC_KT", 4, "Thử"));
        assertThat(training.classes()).anyMatch(c -> c.code().equals(p + "-K1"));
        assertThat(rotations.sensitivePosts()).anyMatch(s -> s.titleCode().equals("TC_KT") && s.maxYears() == 4);
    }

    private void refused(ProvinceSetting setting, Runnable change) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> change.run())).hasMessage(setting.refusal());
    }

    private static Programme.Definition programme(String code) {
        return new Programme.Definition(code, "Bồi dưỡng thử " + code, "VTVL", null, null, 5, null);
    }

    private static TrainingClass.Definition trainingClass(long programme, String code) {
        return new TrainingClass.Definition(programme, code, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), "Thử", 10,
                BigDecimal.ZERO, Funding.NGAN_SACH);
    }

    private Indicator.Definition indicator() {
        return new Indicator.Definition("Thử " + p, null, Set.of(StaffCategory.CC), true, Set.of(), null, null, "chuyen_mon>=DAI_HOC");
    }
}
