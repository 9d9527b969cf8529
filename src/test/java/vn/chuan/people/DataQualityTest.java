package vn.chuan.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/** Each rule flags exactly the records it is about, within the scope. */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DataQualityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @Autowired
    DataQuality quality;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("Q"));
    }

    private Map<String, List<String>> findings(UserScope scope) {
        return quality.check(scope, Optional.empty(), TODAY, 100).results().stream()
                .collect(Collectors.toMap(r -> r.rule().code(), r -> r.shown().stream().map(QualityFinding::fullName).toList()));
    }

    private PersonId person(String name, String title, StaffCategory category) {
        PersonId id = province.person(name, province.communeB1, category, title, LocalDate.of(2010, 1, 1));
        jdbc.sql("update person set citizen_id = :c where id = :id")
                .param("c", String.format("%012d", id.value())).param("id", id.value()).update();
        province.grant(id, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(id, Dimension.PROFESSIONAL, "DAI_HOC", null);
        province.grant(id, Dimension.POLITICAL_THEORY, "TRUNG_CAP", null);
        return id;
    }

    @Test
    void aCleanRecordIsFlaggedByNoRule() {
        person("Nguyễn Văn Sạch", "VP_TK", StaffCategory.CC);
        assertThat(findings(UserScope.of(province.province, false)).values()).allSatisfy(list -> assertThat(list).isEmpty());
    }

    @Test
    void eachDuplicateIsFlaggedOnceNamingAnotherRecordOfItsGroup() {
        PersonId first = person("Trùng Tên", "VP_TK", StaffCategory.CC);
        PersonId second = person("Trùng Tên", "TC_KT", StaffCategory.CC);
        PersonId third = person("Trùng Tên", "VP_TK", StaffCategory.CC);
        PersonId pairA = person("Cùng Căn Cước A", "VP_TK", StaffCategory.CC);
        PersonId pairB = person("Cùng Căn Cước B", "VP_TK", StaffCategory.CC);
        jdbc.sql("update person set citizen_id = '001080000001' where id in (:ids)")
                .param("ids", List.of(pairA.value(), pairB.value())).update();

        Map<String, List<QualityFinding>> shown = quality.check(UserScope.of(province.province, false), Optional.empty(), TODAY, 100)
                .results().stream().collect(Collectors.toMap(r -> r.rule().code(), r -> r.shown()));

        assertThat(shown.get("TRUNG_HO_TEN_NGAY_SINH")).extracting(QualityFinding::personId)
                .containsExactlyInAnyOrder(first.value(), second.value(), third.value());
        assertThat(shown.get("TRUNG_HO_TEN_NGAY_SINH")).allSatisfy(f -> assertThat(f.detail())
                .matches("Trùng với hồ sơ (.+) và 1 hồ sơ khác")
                .doesNotContain(f.personCode()));
        assertThat(shown.get("TRUNG_CCCD")).hasSize(2).allSatisfy(f -> assertThat(f.detail())
                .isEqualTo("Cùng số CCCD với hồ sơ " + shown.get("TRUNG_CCCD").stream()
                        .filter(other -> other.personId() != f.personId()).findFirst().orElseThrow().personCode()));
    }

    @Test
    void aLevelWrittenForNoRecordedPersonIsShownOnlyToWhoeverSeesTheWholeDatabase(@Autowired List<UnitFindings> unitFindings) {
        UnitFindings orphans = unitFindings.stream().filter(OrphanRows.class::isInstance).findFirst().orElseThrow();
        transaction.executeWithoutResult(status -> {
            long nobody = jdbc.sql("select max(id) + 1000 from person").query(Long.class).single();
            jdbc.sql("insert into qualification (person_id, dimension, level_code, level_rank, version) "
                    + "values (:p, 'PROFESSIONAL', 'DAI_HOC', 5, 0)").param("p", nobody).update();

            assertThat(orphans.findings(UserScope.everything(false))).singleElement()
                    .extracting(UnitFindings.Finding::detail).asString().startsWith("1 trình độ, 0 chức vụ, 0 kết quả chuẩn hóa");
            assertThat(orphans.findings(UserScope.of(province.province, true))).isEmpty();
            status.setRollbackOnly();
        });
        assertThat(orphans.findings(UserScope.everything(false))).isEmpty();
    }

    @Test
    void eachRuleFlagsTheRecordsItIsAbout() {
        PersonId twoPosts = person("Hai Chức Vụ", "VP_TK", StaffCategory.CC);
        jdbc.sql("insert into assignment (person_id, unit_id, category, title_code, started_on, start_reason, version) "
                        + "values (:p, :u, 'CC', 'TC_KT', :d, 'BO_NHIEM', 0)")
                .param("p", twoPosts.value()).param("u", province.communeB2.id().value()).param("d", LocalDate.of(2020, 1, 1)).update();
        PersonId dangling = person("Không Chức Vụ", "VP_TK", StaffCategory.CC);
        registry.endAssignment(TestProvince.EVERYTHING, dangling,
                registry.get(TestProvince.EVERYTHING, dangling).assignments().get(0).id(), 0, LocalDate.of(2024, 12, 31),
                AssignmentReason.DIEU_DONG);
        PersonId retired = person("Đã Nghỉ Hưu", "VP_TK", StaffCategory.CC);
        registry.endAssignment(TestProvince.EVERYTHING, retired,
                registry.get(TestProvince.EVERYTHING, retired).assignments().get(0).id(), 0, LocalDate.of(2024, 12, 31),
                AssignmentReason.NGHI_HUU);
        PersonId first = person("Trùng Tên", "VP_TK", StaffCategory.CC);
        PersonId second = person("Trùng Tên", "TC_KT", StaffCategory.CC);
        jdbc.sql("update person set citizen_id = '001080000001' where id in (:ids)")
                .param("ids", List.of(first.value(), second.value())).update();
        PersonId badId = person("Căn Cước Sai", "VP_TK", StaffCategory.CC);
        jdbc.sql("update person set citizen_id = '12345' where id = :id").param("id", badId.value()).update();
        PersonId noId = person("Chưa Căn Cước", "VP_TK", StaffCategory.CC);
        jdbc.sql("update person set citizen_id = null where id = :id").param("id", noId.value()).update();
        PersonId early = person("Văn Bằng Sớm", "VP_TK", StaffCategory.CC);
        jdbc.sql("update qualification set acquired_on = date '1970-01-01' where person_id = :id and dimension = 'PROFESSIONAL'")
                .param("id", early.value()).update();
        PersonId backwards = person("Ngày Ngược", "VP_TK", StaffCategory.CC);
        jdbc.sql("insert into assignment (person_id, unit_id, category, title_code, started_on, ended_on, start_reason, version) "
                        + "values (:p, :u, 'CC', 'VP_TK', date '2005-05-01', date '2005-01-01', 'TUYEN_DUNG', 0)")
                .param("p", backwards.value()).param("u", province.communeB1.id().value()).update();
        PersonId cadre = province.person("Thiếu Lý Luận", Gender.NU, province.communeB1, StaffCategory.CB, "CT_HLHPN",
                LocalDate.of(2015, 1, 1));
        jdbc.sql("update person set citizen_id = '001080000009' where id = :id").param("id", cadre.value()).update();
        province.grant(cadre, Dimension.GENERAL_EDUCATION, "THPT", null);
        province.grant(cadre, Dimension.PROFESSIONAL, "DAI_HOC", null);

        Map<String, List<String>> found = findings(UserScope.of(province.province, false));

        assertThat(found.get("HAI_CHUC_VU")).containsExactly("Hai Chức Vụ");
        assertThat(found.get("KHONG_CO_CHUC_VU")).containsExactly("Không Chức Vụ");
        assertThat(found.get("TRUNG_HO_TEN_NGAY_SINH")).containsExactly("Trùng Tên", "Trùng Tên");
        assertThat(found.get("TRUNG_CCCD")).containsExactly("Trùng Tên", "Trùng Tên");
        assertThat(found.get("CCCD_SAI")).containsExactly("Căn Cước Sai");
        assertThat(found.get("THIEU_CCCD")).containsExactly("Chưa Căn Cước");
        assertThat(found.get("VAN_BANG_TRUOC_NGAY_SINH")).containsExactly("Văn Bằng Sớm");
        assertThat(found.get("KET_THUC_TRUOC_BAT_DAU")).containsExactly("Ngày Ngược");
        assertThat(found.get("CONG_TAC_TRUOC_15_TUOI")).isEmpty();
        assertThat(found.get("THIEU_TRINH_DO")).containsExactly("Thiếu Lý Luận");
        assertThat(quality.rules()).hasSize(found.size());

        Map<String, List<String>> inB2 = findings(UserScope.of(province.communeB2, false));
        assertThat(inB2.get("HAI_CHUC_VU")).as("home unit: the post started last").containsExactly("Hai Chức Vụ");
        assertThat(inB2.get("CCCD_SAI")).isEmpty();
    }
}
