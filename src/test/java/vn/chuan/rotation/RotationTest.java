package vn.chuan.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;
import vn.chuan.support.OnTheDayWritten;

/** Moves between a commune and a district of a hand-built province: posts, counts by direction, bad input, who is overdue. */
@Tag("db")
@OnTheDayWritten
@SpringBootTest
class RotationTest {

    @Autowired
    Clock clock;

    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Rotations rotations;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;
    UserScope scope;
    PersonId accountant;
    PersonId secretary;
    PersonId clerk;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("R"));
        scope = UserScope.of(province.province, true);
        accountant = province.person("Nông Văn Kế", province.communeB1, StaffCategory.CC, "TC_KT", LocalDate.of(2015, 3, 1));
        secretary = province.person("Hà Thị Văn", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2018, 1, 1));
        clerk = province.person("Lục Văn Phòng", province.districtB, StaffCategory.CC, "VP_TK", LocalDate.of(2016, 1, 1));
    }

    private String code(PersonId id) {
        return registry.get(scope, id).code();
    }

    @Test
    void movesStartTheNewPostAndAreCountedByDirection() {
        rotations.record(scope, new Rotations.Move(code(secretary), RotationKind.LUAN_CHUYEN, province.districtB.code(), "VP_TK",
                LocalDate.of(2026, 3, 1), null, "QĐ 15/QĐ-UBND"));
        rotations.record(scope, new Rotations.Move(code(clerk), RotationKind.DIEU_DONG, province.communeB2.code(), "VP_TK",
                LocalDate.of(2026, 4, 1), null, "QĐ 16/QĐ-UBND"));
        rotations.record(scope, new Rotations.Move(code(accountant), RotationKind.BIET_PHAI, province.communeB2.code(), "TC_KT",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31), "QĐ 17/QĐ-UBND"));

        PersonRecord moved = registry.get(scope, secretary);
        assertThat(moved.assignmentOn(LocalDate.of(2026, 3, 1)).orElseThrow().unitId()).isEqualTo(province.districtB.id());
        assertThat(moved.assignmentOn(LocalDate.of(2026, 2, 28)).orElseThrow().unitId()).isEqualTo(province.communeB1.id());
        assertThat(moved.assignmentOn(LocalDate.of(2026, 3, 1)).orElseThrow().decision()).as("the post keeps the move's decision")
                .isEqualTo("QĐ 15/QĐ-UBND");
        // A secondment keeps the post and adds a seconded one where the person is lent, for the secondment's time.
        PersonRecord lent = registry.get(scope, accountant);
        assertThat(lent.assignmentOn(LocalDate.of(2026, 6, 1)).orElseThrow().unitId()).isEqualTo(province.communeB1.id());
        assertThat(lent.postsOn(LocalDate.of(2026, 6, 1))).extracting(a -> a.unitId(), a -> a.kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(province.communeB1.id(), vn.chuan.shared.PostKind.CHINH),
                        org.assertj.core.groups.Tuple.tuple(province.communeB2.id(), vn.chuan.shared.PostKind.BIET_PHAI));
        assertThat(lent.postsOn(LocalDate.of(2026, 11, 1))).as("the secondment ended on its last day").hasSize(1);

        List<Rotation> year = rotations.list(scope, 2026);
        assertThat(year).hasSize(3);
        var counts = Rotations.counts(year);
        assertThat(counts.get(Direction.UP).get(RotationKind.LUAN_CHUYEN)).isEqualTo(1);
        assertThat(counts.get(Direction.DOWN).get(RotationKind.DIEU_DONG)).isEqualTo(1);
        assertThat(counts.get(Direction.BETWEEN_COMMUNES).get(RotationKind.BIET_PHAI)).isEqualTo(1);
        assertThat(rotations.list(scope, 2025)).isEmpty();
        // Another commune's officer does not see the moves of the first commune's people.
        assertThat(rotations.list(UserScope.of(province.communeB2, false), 2026)).extracting(Rotation::personName)
                .containsExactly("Lục Văn Phòng");
        assertThat(rotations.ofPerson(scope, secretary.value())).extracting(Rotation::decision).containsExactly("QĐ 15/QĐ-UBND");
    }

    @Test
    void aMoveEndingBeforeItStartsOrOutsideTheScopeIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> rotations.record(scope, new Rotations.Move(code(accountant), RotationKind.BIET_PHAI,
                province.communeB2.code(), "TC_KT", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), "QĐ 1")))
                .isInstanceOf(InvalidRotationException.class).hasMessageContaining("trước ngày bắt đầu");
        assertThatThrownBy(() -> rotations.record(UserScope.of(province.communeB1, true), new Rotations.Move(code(accountant),
                RotationKind.DIEU_DONG, province.communeB2.code(), "TC_KT", LocalDate.of(2026, 5, 1), null, "QĐ 2")))
                .isInstanceOf(InvalidRotationException.class).hasMessageContaining("ngoài phạm vi");
        assertThatThrownBy(() -> rotations.record(scope, new Rotations.Move("KHONG-CO", RotationKind.DIEU_DONG,
                province.communeB2.code(), "TC_KT", LocalDate.of(2026, 5, 1), null, "QĐ 3")))
                .isInstanceOf(InvalidRotationException.class).hasMessageContaining("KHONG-CO");
        assertThat(rotations.list(scope, null)).isEmpty();
        assertThat(registry.get(scope, accountant).assignments()).hasSize(1);
    }

    @Test
    void whoHoldsAPostToRotateForItsNumberOfYearsIsFlaggedAcrossAMergeOfUnits() {
        // Five years are reached on the anniversary; the run of posts with the same title counts as one.
        LocalDate today = LocalDate.now(clock);
        PersonId justFive = province.person("Đúng Năm Năm", province.communeB2, StaffCategory.CC, "TC_KT", today.minusYears(5));
        PersonId almost = province.person("Chưa Đủ", province.communeB2, StaffCategory.CC, "TC_KT", today.minusYears(5).plusDays(1));
        PersonId earlier = province.person("Qua Sáp Nhập", province.communeB2, StaffCategory.CC, "TC_KT", today.minusYears(6));
        registry.assign(scope, earlier, new NewAssignment(province.communeB1.id(), StaffCategory.CC, "TC_KT",
                today.minusYears(1), AssignmentReason.SAP_XEP));

        List<Rotations.Overdue> overdue = rotations.overdue(UserScope.of(province.province, false));
        assertThat(overdue).extracting(Rotations.Overdue::fullName).contains("Đúng Năm Năm", "Qua Sáp Nhập", "Nông Văn Kế")
                .doesNotContain("Chưa Đủ");
        assertThat(overdue).filteredOn(o -> o.fullName().equals("Qua Sáp Nhập")).singleElement()
                .satisfies(o -> assertThat(o.years()).isEqualTo(6));
        rotations.setSensitivePost(TestProvince.EVERYTHING, "TC_KT", 12, "Thử");
        assertThat(rotations.overdue(UserScope.of(province.province, false))).isEmpty();
        assertThatThrownBy(() -> rotations.setSensitivePost(TestProvince.EVERYTHING, "TC_KT", 0, null)).isInstanceOf(InvalidRotationException.class);
        rotations.setSensitivePost(TestProvince.EVERYTHING, "TC_KT", 5, "NĐ 59/2019/NĐ-CP Điều 37");
        assertThat(justFive).isNotNull();
        assertThat(almost).isNotNull();
    }
}
