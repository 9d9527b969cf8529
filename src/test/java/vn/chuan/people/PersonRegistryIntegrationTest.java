package vn.chuan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.audit.AuditLog;
import vn.chuan.audit.AuditRecord;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PersonRegistryIntegrationTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;

    @BeforeEach
    void createProvince() {
        province = TestProvince.create(units, registry, transaction, "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase()
                .replaceAll("[^A-Z0-9]", "X"));
    }

    /** Every other person of a run, read together (a range covers them): exactly those, each with only their own posts and levels. */
    @Test
    void recordsReadTogetherAreExactlyThoseAskedWithTheirOwnPostsAndLevels() {
        List<PersonId> everyone = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PersonId id = province.person("Người Thứ " + i, i % 2 == 0 ? province.communeB1 : province.communeB2, StaffCategory.CC, "VP_TK",
                    LocalDate.of(2010, 1, 1 + i));
            province.grant(id, Dimension.PROFESSIONAL, i % 3 == 0 ? "DAI_HOC" : "TRUNG_CAP", LocalDate.of(2005, 1, 1 + i));
            everyone.add(id);
        }
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < everyone.size(); i += 2) {
            asked.add(everyone.get(i).value());
        }
        List<PersonRecord> records = registry.findByIds(TestProvince.EVERYTHING, asked);
        assertThat(records).extracting(r -> r.id().value()).containsExactlyInAnyOrderElementsOf(asked);
        for (PersonRecord record : records) {
            int i = everyone.indexOf(record.id());
            assertThat(record.fullName()).isEqualTo("Người Thứ " + i);
            assertThat(record.assignments()).singleElement().satisfies(a -> assertThat(a.startedOn()).isEqualTo(LocalDate.of(2010, 1, 1 + i)));
            assertThat(record.qualifications()).singleElement().satisfies(q -> assertThat(q.acquiredOn()).isEqualTo(LocalDate.of(2005, 1, 1 + i)));
        }
    }

    @Test
    void searchIgnoresCaseAndDiacriticsIncludingDStroke() {
        province.person("Nguyễn Văn Tuấn", province.communeB1, StaffCategory.CB, "BI_THU_DU", LocalDate.of(2010, 1, 1));
        province.person("Lê Thị Đông", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2010, 1, 1));
        UserScope scope = UserScope.of(province.province, true);

        assertThat(names(scope, "nguyen van tuan")).containsExactly("Nguyễn Văn Tuấn");
        assertThat(names(scope, "NGUYỄN văn TUẤN")).containsExactly("Nguyễn Văn Tuấn");
        assertThat(names(scope, "dong")).containsExactly("Lê Thị Đông");
        assertThat(names(scope, "đông")).containsExactly("Lê Thị Đông");
    }

    @Test
    void asOfDateAnswersFollowTransfersAndQualificationDates() {
        PersonId id = province.person("Trần Văn Bình", province.communeB1, StaffCategory.CC, "TP_HT", LocalDate.of(2012, 3, 1));
        province.grant(id, Dimension.PROFESSIONAL, "TRUNG_CAP", LocalDate.of(2005, 6, 1));
        province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(2019, 6, 1));
        registry.assign(TestProvince.EVERYTHING, id, new NewAssignment(province.communeB2.id(), StaffCategory.CC, "VP_TK",
                LocalDate.of(2020, 1, 1), AssignmentReason.DIEU_DONG));

        PersonRecord person = registry.get(TestProvince.EVERYTHING, id);

        assertThat(person.assignmentOn(LocalDate.of(2015, 1, 1))).get()
                .satisfies(a -> assertThat(a.unitId()).isEqualTo(province.communeB1.id()));
        assertThat(person.assignmentOn(LocalDate.of(2019, 12, 31))).get()
                .satisfies(a -> assertThat(a.endedOn()).isEqualTo(LocalDate.of(2019, 12, 31)));
        assertThat(person.assignmentOn(LocalDate.of(2020, 1, 1))).get()
                .satisfies(a -> assertThat(a.titleCode()).isEqualTo("VP_TK"));
        assertThat(person.assignmentOn(LocalDate.of(2011, 1, 1))).isEmpty();
        assertThat(person.levelsOn(LocalDate.of(2015, 1, 1)).get(Dimension.PROFESSIONAL).code()).isEqualTo("TRUNG_CAP");
        assertThat(person.levelsOn(LocalDate.of(2024, 1, 1)).get(Dimension.PROFESSIONAL).code()).isEqualTo("DAI_HOC");
        assertThat(person.levelsOn(LocalDate.of(2024, 1, 1)).get(Dimension.POLITICAL_THEORY).code()).isEqualTo("CHUA_CO");

        UserScope scope = UserScope.of(province.province, true);
        assertThat(registry.search(scope, new PersonSearch(null, province.communeB1.id(), null, null, List.of(),
                LocalDate.of(2015, 1, 1), 0, 25)).total()).isEqualTo(1);
        assertThat(registry.search(scope, new PersonSearch(null, province.communeB1.id(), null, null, List.of(),
                LocalDate.of(2021, 1, 1), 0, 25)).total()).isZero();
        LevelFilter university = LevelFilter.parse(Dimension.PROFESSIONAL, "DAI_HOC+").orElseThrow();
        assertThat(registry.search(scope, new PersonSearch(null, null, null, null, List.of(university),
                LocalDate.of(2015, 1, 1), 0, 25)).total()).isZero();
        assertThat(registry.search(scope, new PersonSearch(null, null, null, null, List.of(university),
                LocalDate.of(2024, 1, 1), 0, 25)).total()).isEqualTo(1);
    }

    @Test
    void aMergedCommuneCountsThePeopleMovedIntoItAndTheOldCommunesKeepTheirPast() {
        PersonId id = province.person("Hoàng Thị Mai", Gender.NU, province.communeA2, StaffCategory.CC, "VH_XH", LocalDate.of(2015, 1, 1));
        registry.assign(TestProvince.EVERYTHING, id, new NewAssignment(province.mergedA.id(), StaffCategory.CC,
                "CHUYEN_VIEN_XA", TestProvince.REFORM, AssignmentReason.SAP_XEP));
        UserScope scope = UserScope.of(province.province, true);

        assertThat(registry.headcountByUnit(scope, LocalDate.of(2024, 12, 31))).containsEntry(province.communeA2.id().value(), 1L);
        assertThat(registry.headcountByUnit(scope, LocalDate.of(2025, 7, 1))).containsEntry(province.mergedA.id().value(), 1L)
                .doesNotContainKey(province.communeA2.id().value());
        assertThat(units.findByCode(province.communeA1.code(), LocalDate.of(2024, 1, 1))).get()
                .satisfies(u -> assertThat(u.name()).isEqualTo("Xã Nghĩa Tá"));
        assertThat(units.findByCode(province.communeA1.code(), LocalDate.of(2026, 1, 1))).get()
                .satisfies(u -> assertThat(u.name()).isEqualTo("Xã Nghĩa Tá Mới"));
        assertThat(units.predecessors(province.mergedA.id())).extracting(u -> u.name())
                .containsExactlyInAnyOrder("Xã Nghĩa Tá", "Xã Bằng Phúc");
    }

    @Test
    void aCommuneScopeNeitherReadsNorChangesAnotherCommunesPerson() {
        PersonId other = province.person("Phạm Văn Hải", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        UserScope commune = UserScope.of(province.communeB1, true);

        assertThatThrownBy(() -> registry.get(commune, other)).isInstanceOf(PersonNotFoundException.class);
        assertThatThrownBy(() -> registry.grantQualification(commune, other, new QualificationDetails(Dimension.IT,
                Dimension.IT.level("CO_BAN"), null, null, null, null))).isInstanceOf(PersonNotFoundException.class);
        assertThat(registry.search(commune, PersonSearch.all(LocalDate.of(2024, 1, 1))).total()).isZero();
        assertThat(registry.get(TestProvince.EVERYTHING, other).qualifications()).isEmpty();
    }

    @Test
    void aReadOnlyScopeChangesNothing() {
        PersonId id = province.person("Vũ Văn Long", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        UserScope viewer = UserScope.of(province.province, false);

        assertThat(registry.get(viewer, id).fullName()).isEqualTo("Vũ Văn Long");
        assertThatThrownBy(() -> registry.grantQualification(viewer, id, new QualificationDetails(Dimension.IT,
                Dimension.IT.level("CO_BAN"), null, null, null, null))).hasMessageContaining("chỉ có quyền xem");
    }

    @Test
    void everyChangeLeavesAnAuditEntryWithOldAndNewValues() {
        PersonId id = province.person("Đỗ Văn Nam", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        long q = province.grant(id, Dimension.POLITICAL_THEORY, "SO_CAP", LocalDate.of(2015, 1, 1));
        PersonRecord person = registry.get(TestProvince.EVERYTHING, id);
        registry.correctQualification(TestProvince.EVERYTHING, id, q, 0, new QualificationDetails(Dimension.POLITICAL_THEORY,
                Dimension.POLITICAL_THEORY.level("TRUNG_CAP"), null, "Trường Chính trị", LocalDate.of(2015, 1, 1), "Bằng số 12"));

        List<AuditRecord> history = audit.historyOfPerson(id.value());

        assertThat(history).extracting(AuditRecord::action)
                .containsExactly("QUALIFICATION_CORRECTED", "QUALIFICATION_GRANTED", "ASSIGNMENT_STARTED", "PERSON_CREATED");
        assertThat(history.get(0).changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("Trình độ");
            assertThat(change.oldValue()).isEqualTo("Sơ cấp");
            assertThat(change.newValue()).isEqualTo("Trung cấp");
        });
        assertThat(person.qualifications()).hasSize(1);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        PersonId id = province.person("Bùi Văn Sơn", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        PersonRecord opened = registry.get(TestProvince.EVERYTHING, id);
        PersonDetails first = details(opened, "Bùi Văn Sơn A");
        PersonDetails second = details(opened, "Bùi Văn Sơn B");

        registry.correctIdentity(TestProvince.EVERYTHING, id, opened.version(), first);

        assertThatThrownBy(() -> registry.correctIdentity(TestProvince.EVERYTHING, id, opened.version(), second))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("người khác thay đổi");
        assertThat(registry.get(TestProvince.EVERYTHING, id).fullName()).isEqualTo("Bùi Văn Sơn A");
    }

    @Test
    void invalidInputNamesTheFieldAndChangesNothing() {
        PersonId id = province.person("Ngô Văn Toàn", province.communeB2, StaffCategory.CC, "TC_KT", LocalDate.of(2010, 1, 1));
        assertThatThrownBy(() -> province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", LocalDate.of(1970, 1, 1)))
                .isInstanceOf(InvalidPersonDataException.class)
                .satisfies(e -> assertThat(((InvalidPersonDataException) e).field()).isEqualTo("acquiredOn"))
                .hasMessageContaining("trước ngày sinh");
        assertThatThrownBy(() -> registry.endAssignment(TestProvince.EVERYTHING, id,
                registry.get(TestProvince.EVERYTHING, id).assignments().get(0).id(), 0, LocalDate.of(2009, 1, 1),
                AssignmentReason.NGHI_HUU))
                .hasMessageContaining("không được trước ngày bắt đầu");
        assertThatThrownBy(() -> new PersonDetails("X1", "A", LocalDate.of(1980, 1, 1), Gender.NAM, "Kinh", "12345", false, null))
                .satisfies(e -> assertThat(((InvalidPersonDataException) e).field()).isEqualTo("citizenId"));
        assertThatThrownBy(() -> new NewAssignment(province.communeB2.id(), StaffCategory.CB, "VP_TK", Dates.today(),
                AssignmentReason.TUYEN_DUNG)).hasMessageContaining("thuộc loại công chức");
        PersonRecord unchanged = registry.get(TestProvince.EVERYTHING, id);
        assertThat(unchanged.qualifications()).isEmpty();
        assertThat(unchanged.assignments()).singleElement().satisfies(a -> assertThat(a.endedOn()).isNull());
    }

    private List<String> names(UserScope scope, String text) {
        return registry.search(scope, PersonSearch.all(LocalDate.of(2024, 1, 1)).withText(text)).items().stream()
                .map(PersonSummary::fullName).toList();
    }

    private static PersonDetails details(PersonRecord p, String name) {
        return new PersonDetails(p.code(), name, p.birthDate(), p.gender(), p.ethnicity(), p.citizenId(), p.partyMember(),
                p.partyJoinedOn());
    }
}
