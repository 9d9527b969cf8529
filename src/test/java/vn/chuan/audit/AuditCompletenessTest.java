package vn.chuan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.Assignment;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.Qualification;
import vn.chuan.people.QualificationDetails;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.support.TestProvince;
import vn.chuan.units.Units;

/**
 * Every write to a personnel record leaves audit entries that name every field it changed, with
 * the old and the new value, deletions included: the record is read before and after each write,
 * the difference is computed field by field, and it must equal what the audit entries of that
 * write say, no more and no less.
 */
@Tag("db")
@SpringBootTest
class AuditCompletenessTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transaction;

    TestProvince province;
    PersonId person;

    @BeforeEach
    void setUp() {
        province = TestProvince.create(units, registry, transaction, TestProvince.uniquePrefix("A"));
        person = province.person("Nguyễn Văn An", province.communeB1, StaffCategory.CC, "VP_TK", LocalDate.of(2015, 3, 1));
    }

    @Test
    void everyWriteAuditsExactlyTheFieldsItChangedWithOldAndNewValues() {
        PersonRecord first = read();
        long qualification = write(() -> registry.grantQualification(TestProvince.EVERYTHING, person, new QualificationDetails(
                Dimension.PROFESSIONAL, Dimension.PROFESSIONAL.level("DAI_HOC"), "Luật", "Trường Đại học Luật Hà Nội",
                LocalDate.of(2012, 6, 30), "Bằng số 123")));
        write(() -> {
            registry.correctQualification(TestProvince.EVERYTHING, person, qualification, qualification(qualification).version(),
                    new QualificationDetails(Dimension.PROFESSIONAL, Dimension.PROFESSIONAL.level("THAC_SI"), "Luật kinh tế",
                            "Trường Đại học Luật Hà Nội", LocalDate.of(2019, 6, 30), "Bằng số 456"));
            return null;
        });
        write(() -> {
            registry.correctIdentity(TestProvince.EVERYTHING, person, read().version(), new PersonDetails(first.code(),
                    "Nguyễn Văn Ân", LocalDate.of(1981, 5, 17), Gender.NAM, "Tày", "001081000111", true, LocalDate.of(2010, 2, 3)));
            return null;
        });
        write(() -> {
            registry.assign(TestProvince.EVERYTHING, person, new NewAssignment(province.communeB2.id(), StaffCategory.CC, "TC_KT",
                    LocalDate.of(2022, 1, 1), AssignmentReason.DIEU_DONG));
            return null;
        });
        Assignment current = read().assignmentOn(LocalDate.of(2022, 1, 1)).orElseThrow();
        write(() -> {
            registry.endAssignment(TestProvince.EVERYTHING, person, current.id(), current.version(), LocalDate.of(2023, 12, 31),
                    AssignmentReason.THOI_VIEC);
            return null;
        });
        write(() -> {
            registry.removeQualification(TestProvince.EVERYTHING, person, qualification, qualification(qualification).version());
            return null;
        });
    }

    private interface Write {
        Object run();
    }

    /** Runs one write and compares the difference of the record with the audit entries it added. */
    private long write(Write write) {
        Map<String, String> before = fields(read());
        Set<Long> seen = new HashSet<>(audit.historyOfPerson(person.value()).stream().map(AuditRecord::id).toList());
        Object result = transaction.execute(status -> write.run());
        Map<String, String> after = fields(read());

        Set<String> difference = new HashSet<>();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                difference.add(key + ": " + before.get(key) + " → " + after.get(key));
            }
        }
        Set<String> audited = new HashSet<>();
        for (AuditRecord entry : audit.historyOfPerson(person.value())) {
            if (seen.contains(entry.id())) {
                continue;
            }
            for (AuditEvent.Change change : entry.changes()) {
                audited.add(entry.subjectType() + "#" + entry.subjectId() + " " + change.field() + ": " + blankToNull(change.oldValue())
                        + " → " + blankToNull(change.newValue()));
            }
        }
        assertThat(audited).as("audit of the write").isNotEmpty().containsExactlyInAnyOrderElementsOf(difference);
        return result instanceof Long id ? id : 0;
    }

    private PersonRecord read() {
        return registry.get(TestProvince.EVERYTHING, person);
    }

    private Qualification qualification(long id) {
        return read().qualifications().stream().filter(q -> q.id() == id).findFirst().orElseThrow();
    }

    /** The record as the audit names its fields: "SUBJECT#id Field" → value (absent when blank). */
    private static Map<String, String> fields(PersonRecord r) {
        Map<String, String> f = new HashMap<>();
        String p = "PERSON#" + r.id().value() + " ";
        put(f, p + "Mã cán bộ", r.code());
        put(f, p + "Họ và tên", r.fullName());
        put(f, p + "Ngày sinh", Dates.format(r.birthDate()));
        put(f, p + "Giới tính", r.gender().label());
        put(f, p + "Dân tộc", r.ethnicity());
        put(f, p + "Số CCCD", r.citizenId());
        put(f, p + "Đảng viên", r.partyMember() ? "Có" : "Không");
        put(f, p + "Ngày vào Đảng", Dates.format(r.partyJoinedOn()));
        for (Assignment a : r.assignments()) {
            String k = "ASSIGNMENT#" + a.id() + " ";
            put(f, k + "Đơn vị", a.unitName());
            put(f, k + "Loại", a.category().label());
            put(f, k + "Chức danh", a.titleName());
            put(f, k + "Ngày bắt đầu", Dates.format(a.startedOn()));
            put(f, k + "Chính hay kiêm nhiệm", a.kind().label());
            put(f, k + "Lý do", a.startReason().label());
            put(f, k + "Ngày kết thúc", Dates.format(a.endedOn()));
            put(f, k + "Lý do kết thúc", a.endReason() == null ? null : a.endReason().label());
        }
        for (Qualification q : r.qualifications()) {
            String k = "QUALIFICATION#" + q.id() + " ";
            put(f, k + "Loại trình độ", q.dimension().label());
            put(f, k + "Trình độ", q.level().label());
            put(f, k + "Chuyên ngành", q.fieldOfStudy());
            put(f, k + "Cơ sở đào tạo", q.institution());
            put(f, k + "Ngày cấp", Dates.format(q.acquiredOn()));
            put(f, k + "Văn bằng, chứng chỉ", q.evidence());
        }
        return f;
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
