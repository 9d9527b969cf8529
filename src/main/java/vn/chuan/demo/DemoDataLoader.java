package vn.chuan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.demo.DemoProvince.DemoPerson;
import vn.chuan.demo.DemoProvince.DemoUnit;
import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonHistory;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.security.NewUserAccount;
import vn.chuan.security.Role;
import vn.chuan.security.UserAccounts;
import vn.chuan.units.NewUnit;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/** On a first start with an empty database, loads the demo province and its demo accounts. */
@Component
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "chuan2026";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Units units;
    private final PersonRegistry people;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final long seed;
    private final int persons;

    DemoDataLoader(Units units, PersonRegistry people, UserAccounts accounts, TransactionTemplate transaction, Clock clock,
            @Value("${chuan.demo.load-on-empty:false}") boolean enabled, @Value("${chuan.demo.seed:2026}") long seed,
            @Value("${chuan.demo.persons:2500}") int persons) {
        this.units = units;
        this.people = people;
        this.accounts = accounts;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
        this.seed = seed;
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !units.isEmpty() || people.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        DemoProvince province = new DemoProvinceGenerator(seed, LocalDate.now(clock)).generate(persons);
        transaction.executeWithoutResult(status -> load(province));
        log.info("Loaded the demo province: {} units, {} persons in {} ms", province.units().size(),
                province.people().size(), (System.nanoTime() - started) / 1_000_000);
    }

    void load(DemoProvince province) {
        Map<Integer, UnitId> ids = new HashMap<>();
        List<DemoUnit> merged = new ArrayList<>();
        for (DemoUnit unit : province.units()) {
            if (!unit.mergedFrom().isEmpty()) {
                merged.add(unit);
                continue;
            }
            Unit created = units.register(newUnit(unit, ids));
            ids.put(unit.key(), created.id());
        }
        for (DemoUnit unit : merged) {
            Unit created = units.merge(unit.mergedFrom().stream().map(ids::get).toList(), newUnit(unit, ids));
            ids.put(unit.key(), created.id());
        }
        for (DemoUnit unit : province.units()) {
            if (unit.level() == vn.chuan.units.UnitLevel.DISTRICT && unit.validTo() != null) {
                units.dissolve(ids.get(unit.key()), unit.validTo());
            }
        }
        List<PersonHistory> histories = new ArrayList<>();
        for (DemoPerson p : province.people()) {
            PersonDetails details = new PersonDetails(p.code(), p.fullName(), p.birthDate(), p.gender(), p.ethnicity(),
                    p.citizenId(), p.partyMember(), p.partyJoinedOn());
            List<PersonHistory.Post> posts = p.posts().stream().map(post -> new PersonHistory.Post(
                    new NewAssignment(ids.get(post.unitKey()), post.category(), post.titleCode(), post.startedOn(),
                            post.startReason()), post.endedOn(), post.endReason())).toList();
            List<QualificationDetails> qualifications = p.qualifications().stream().map(q -> new QualificationDetails(
                    q.dimension(), q.level(), q.fieldOfStudy(), q.institution(), q.acquiredOn(), null)).toList();
            histories.add(new PersonHistory(details, posts, qualifications));
        }
        people.load(histories);
        DemoUnit firstMerged = merged.get(0);
        accounts.create(new NewUserAccount("quantri", "Quản trị (tài khoản mẫu)", DEMO_PASSWORD, Role.ADMIN, null));
        accounts.create(new NewUserAccount("sonoivu", "Cán bộ Sở Nội vụ (tài khoản mẫu)", DEMO_PASSWORD, Role.PROVINCE,
                DemoProvinceGenerator.PROVINCE_CODE));
        accounts.create(new NewUserAccount("canboxa", "Công chức " + firstMerged.name() + " (tài khoản mẫu)", DEMO_PASSWORD,
                Role.COMMUNE, firstMerged.code()));
        accounts.create(new NewUserAccount("xem", "Người xem (tài khoản mẫu)", DEMO_PASSWORD, Role.VIEWER,
                DemoProvinceGenerator.PROVINCE_CODE));
        log.info("Demo accounts (password '{}'): quantri (administrator), sonoivu (province), canboxa ({}), xem (read-only)",
                DEMO_PASSWORD, firstMerged.name());
    }

    private static NewUnit newUnit(DemoUnit unit, Map<Integer, UnitId> ids) {
        return new NewUnit(unit.code(), unit.name(), unit.level(), unit.type(),
                unit.parentKey() == null ? null : ids.get(unit.parentKey()), unit.validFrom(), unit.difficultArea());
    }
}
