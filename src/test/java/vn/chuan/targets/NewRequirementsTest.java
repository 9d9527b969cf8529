package vn.chuan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.PersonRegistry;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.StaffCategory;
import vn.chuan.standards.StandardSet;
import vn.chuan.standards.Standards;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;
import vn.chuan.support.OnTheDayWritten;

/**
 * Newly required levels: a standard set put in force from a date before a target's deadline is what
 * the projection of a target on the standards verdict starts from.
 */
@Tag("db")
@OnTheDayWritten
@SpringBootTest
@DirtiesContext
class NewRequirementsTest {

    @Autowired
    Targets targets;
    @Autowired
    Standards standards;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void aSetComingIntoForceBeforeTheDeadlineIsWhatTheProjectionStartsFrom() {
        LocalDate today = LocalDate.now(clock);
        TestProvince province = TestProvince.create(units, registry, transaction, "NR");
        for (String name : List.of("Một", "Hai", "Ba")) {
            var person = province.person("Nguyễn Văn " + name, province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 1, 1));
            province.grant(person, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2010, 1, 1));
            province.grant(person, Dimension.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2012, 1, 1));
            province.grant(person, Dimension.IT, "CO_BAN", LocalDate.of(2012, 1, 1));
        }
        long indicator = targets.defineIndicator(TestProvince.EVERYTHING, new Indicator.Definition("Công chức xã đạt chuẩn", null,
                Set.of(StaffCategory.CC), true, Set.of(), null, null, "dat_chuan"));
        long id = targets.defineTarget(TestProvince.EVERYTHING, new Target.Definition(indicator, null, province.province.id().value(),
                BigDecimal.valueOf(100), LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31), List.of()));
        Target target = targets.target(id).orElseThrow();
        TargetProgress before = targets.progress(TestProvince.EVERYTHING, province.province, today).get(0);
        assertThat(before.projection().newRequirements()).as("no other set before the deadline").isNull();

        // From 2028, Văn phòng - thống kê must also hold English B2, which nobody has.
        StandardSet inForce = standards.inForceOn(today).orElseThrow();
        StandardSet draft = standards.copyAsDraft(TestProvince.EVERYTHING, inForce.id());
        standards.addMinimumLevel(TestProvince.EVERYTHING, draft.id(), "VP_TK", "ngoai_ngu", "B2", "Thử: yêu cầu mới");
        standards.putInForce(TestProvince.EVERYTHING, draft.id(), LocalDate.of(2028, 1, 1));

        TargetProgress after = targets.progressBelow(TestProvince.EVERYTHING, province.province, target, today).get(0);
        assertThat(after.today().population()).isEqualTo(3);
        assertThat(after.projection().newRequirements()).isNotNull();
        assertThat(after.projection().newRequirements().from()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(after.projection().newRequirements().value()).isCloseTo(0.0, within(1e-9));
        assertThat(after.projection().projected()).as("no history of verdicts, so no trend").isCloseTo(0.0, within(1e-9));
        assertThat(after.status()).isEqualTo(TargetStatus.OFF_TRACK);
    }
}
