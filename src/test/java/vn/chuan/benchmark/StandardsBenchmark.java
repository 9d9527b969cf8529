package vn.chuan.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.people.NewAssignment;
import vn.chuan.people.PersonDetails;
import vn.chuan.people.PersonHistory;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.QualificationDetails;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;
import vn.chuan.standards.StandardSet;
import vn.chuan.standards.Standards;
import vn.chuan.standards.StandardsEngine;
import vn.chuan.standards.StandardsProfile;
import vn.chuan.units.CommuneType;
import vn.chuan.units.NewUnit;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/**
 * The assessment engine alone (profiles per second on one thread), then re-assessing 100,000
 * persons end to end (read, assess, store). Prints figures, asserts nothing:
 * {@code ./mvnw -Pbenchmark test -Dtest=StandardsBenchmark [-Dchuan.test.database=postgresql]}.
 */
@Tag("benchmark")
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StandardsBenchmark {

    private static final int PERSONS = 100_000;

    @Autowired
    Standards standards;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Units units;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void engineAndReassessment() throws Exception {
        StringBuilder report = new StringBuilder();
        LocalDate today = Dates.today();
        StandardSet set = standards.inForceOn(today).orElseThrow();
        StandardsEngine engine = StandardsEngine.compile(set);
        List<String> titles = PositionTitle.all().stream().map(PositionTitle::code).toList();
        SplittableRandom random = new SplittableRandom(1);
        StandardsProfile[] profiles = new StandardsProfile[1 << 16];
        for (int i = 0; i < profiles.length; i++) {
            int[] ranks = new int[Dimension.values().length];
            for (Dimension d : Dimension.values()) {
                ranks[d.ordinal()] = random.nextInt(d.levels().size());
            }
            profiles[i] = new StandardsProfile(titles.get(random.nextInt(titles.size())),
                    LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1), random.nextInt(10) == 0, ranks,
                    random.nextBoolean() ? "Luật" : "Kế toán");
        }
        long unmet = 0;
        for (int round = 0; round < 5; round++) {
            int n = 10_000_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (engine.assess(profiles[i & (profiles.length - 1)], today).gaps().size() > 0) {
                    unmet++;
                }
            }
            double perSecond = n / ((System.nanoTime() - start) / 1e9);
            if (round >= 2) {
                report.append(String.format("engine, one thread: %.1f million profiles/s (round %d)%n", perSecond / 1e6, round));
            }
        }
        report.append("(unmet seen: ").append(unmet).append(")\n");

        Unit commune = transaction.execute(s -> {
            Unit province = units.register(new NewUnit("B9", "Tỉnh đo", UnitLevel.PROVINCE, null, null, LocalDate.of(2004, 1, 1), false));
            return units.register(new NewUnit("B9001", "Xã đo", UnitLevel.COMMUNE, CommuneType.XA, province.id(),
                    LocalDate.of(2004, 1, 1), false));
        });
        long loadStart = System.nanoTime();
        transaction.executeWithoutResult(s -> {
            List<PersonHistory> batch = new ArrayList<>();
            SplittableRandom r = new SplittableRandom(2);
            for (int i = 0; i < PERSONS; i++) {
                boolean cadre = r.nextInt(3) == 0;
                String title = cadre ? "CT_UBND" : "VP_TK";
                batch.add(new PersonHistory(new PersonDetails("B" + i, "Người Đo " + i, LocalDate.of(1970 + r.nextInt(30), 1, 1),
                        Gender.NAM, "Kinh", null, false, null),
                        List.of(new PersonHistory.Post(new NewAssignment(commune.id(), cadre ? StaffCategory.CB : StaffCategory.CC,
                                title, LocalDate.of(2015, 1, 1), AssignmentReason.TUYEN_DUNG), null, null)),
                        List.of(level(Dimension.GENERAL_EDUCATION, "THPT"), level(Dimension.PROFESSIONAL, r.nextBoolean() ? "DAI_HOC" : "TRUNG_CAP"),
                                level(Dimension.POLITICAL_THEORY, r.nextBoolean() ? "TRUNG_CAP" : "SO_CAP"))));
                if (batch.size() == 5_000) {
                    registry.load(batch);
                    batch.clear();
                }
            }
            registry.load(batch);
        });
        report.append(String.format("loading %,d persons (incl. assessing them as they are written): %.1f s%n", PERSONS,
                (System.nanoTime() - loadStart) / 1e9));
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            int assessed = standards.reassessAll();
            report.append(String.format("re-assessing %,d persons end to end (read, assess, store): %.1f s%n", assessed,
                    (System.nanoTime() - start) / 1e9));
        }
        report.append("database: ").append(System.getProperty("chuan.test.database", "h2")).append('\n');
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "standards-" + System.getProperty("chuan.test.database", "h2") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static QualificationDetails level(Dimension d, String code) {
        return new QualificationDetails(d, d.level(code), null, null, null, null);
    }
}
