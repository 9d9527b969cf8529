package vn.chuan.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonId;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.UserScope;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.CommuneType;
import vn.chuan.units.NewUnit;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/**
 * Object mother: a small province built through the public facades. Two districts with two
 * communes each until 30/6/2025; from 1/7/2025 the communes of district A merge into one.
 */
public class TestProvince {

    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    public static final UserScope EVERYTHING = UserScope.everything(true);

    public final Unit province;
    public final Unit districtA;
    public final Unit districtB;
    public final Unit communeA1;
    public final Unit communeA2;
    public final Unit communeB1;
    public final Unit communeB2;
    public final Unit mergedA;

    private final PersonRegistry people;
    private final TransactionTemplate transaction;
    private int sequence;

    private TestProvince(Units units, PersonRegistry people, TransactionTemplate transaction, String prefix) {
        this.people = people;
        this.transaction = transaction;
        LocalDate from = LocalDate.of(2004, 1, 1);
        province = units.register(new NewUnit(prefix, "Tỉnh Thử " + prefix, UnitLevel.PROVINCE, null, null, from, false));
        districtA = units.register(new NewUnit(prefix + "1", "Huyện Đông", UnitLevel.DISTRICT, null, province.id(), from, false));
        districtB = units.register(new NewUnit(prefix + "2", "Huyện Tây", UnitLevel.DISTRICT, null, province.id(), from, false));
        communeA1 = units.register(new NewUnit(prefix + "101", "Xã Nghĩa Tá", UnitLevel.COMMUNE, CommuneType.XA, districtA.id(), from, false));
        communeA2 = units.register(new NewUnit(prefix + "102", "Xã Bằng Phúc", UnitLevel.COMMUNE, CommuneType.XA, districtA.id(), from, true));
        communeB1 = units.register(new NewUnit(prefix + "201", "Thị trấn Bằng Lũng", UnitLevel.COMMUNE, CommuneType.THI_TRAN,
                districtB.id(), from, false));
        communeB2 = units.register(new NewUnit(prefix + "202", "Xã Yên Mỹ", UnitLevel.COMMUNE, CommuneType.XA, districtB.id(), from, false));
        mergedA = units.merge(List.of(communeA1.id(), communeA2.id()),
                new NewUnit(prefix + "101", "Xã Nghĩa Tá Mới", UnitLevel.COMMUNE, CommuneType.XA, province.id(), REFORM, false));
        units.dissolve(districtA.id(), REFORM.minusDays(1));
    }

    /**
     * A letter and eight random digits: tests share their context's database, so each province needs
     * codes of its own (four digits collided now and then).
     */
    public static String uniquePrefix(String letter) {
        return letter + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 8);
    }

    /** Builds the province in its own transaction; {@code prefix} keeps codes apart between tests. */
    public static TestProvince create(Units units, PersonRegistry people, TransactionTemplate transaction, String prefix) {
        return transaction.execute(status -> new TestProvince(units, people, transaction, prefix));
    }

    public PersonId person(String fullName, Unit unit, StaffCategory category, String title, LocalDate from) {
        return person(fullName, Gender.NAM, unit, category, title, from);
    }

    public PersonId person(String fullName, Gender gender, Unit unit, StaffCategory category, String title, LocalDate from) {
        String code = province.code() + "-" + (++sequence);
        return people.register(EVERYTHING, new PersonDetails(code, fullName, LocalDate.of(1980, 5, 17), gender, "Kinh",
                null, false, null), new NewAssignment(unit.id(), category, title, from, AssignmentReason.TUYEN_DUNG));
    }

    public long grant(PersonId person, Dimension dimension, String level, LocalDate on) {
        return people.grantQualification(EVERYTHING, person,
                new QualificationDetails(dimension, dimension.level(level), null, null, on, null));
    }

    public TransactionTemplate transaction() {
        return transaction;
    }
}
