package vn.chuan.benchmark;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.support.TestProvince;
import vn.chuan.training.Funding;
import vn.chuan.training.Programme;
import vn.chuan.training.Training;
import vn.chuan.training.TrainingClass;
import vn.chuan.training.TrainingPlan;
import vn.chuan.training.TrainingPlans;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * Times the yearly training plan of a province of 20,000 people holding a post (the demo generator
 * at that size, with its plan and targets) with 50 classes next year. Not a test: it prints the
 * figures. Run it with {@code ./mvnw -Pbenchmark test -Dtest=TrainingPlanBenchmark}.
 */
@Tag("benchmark")
@Tag("db")
@SpringBootTest(properties = {"chuan.demo.load-on-empty=true", "chuan.demo.persons=20000", "logging.level.vn.chuan=WARN"})
class TrainingPlanBenchmark {

    private static final int CLASSES = 50;

    @Autowired
    TrainingPlans plans;
    @Autowired
    Training training;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Clock clock;

    @Test
    void yearlyPlan() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() + 1;
        UserScope everything = UserScope.everything(true);
        Unit province = units.roots().get(0);
        List<Programme> conferring = training.programmes().stream().filter(p -> p.confers().isPresent()).toList();
        long already = training.classes().stream().filter(c -> c.startsOn().getYear() == year).count();
        for (int i = 0; i < CLASSES - already; i++) {
            Programme programme = conferring.get(i % conferring.size());
            LocalDate starts = LocalDate.of(year, 1 + i % 12, 1 + i % 25);
            training.openClass(TestProvince.EVERYTHING, new TrainingClass.Definition(programme.id(), "BENCH-" + year + "-" + i, starts,
                    starts.plusDays(30),
                    "Trường Chính trị tỉnh", 40 + i % 30, BigDecimal.valueOf(2_000_000L + 500_000L * (i % 10)),
                    i % 5 == 0 ? Funding.TU_TUC : Funding.NGAN_SACH));
        }
        long people = registry.ids(everything, PersonSearch.fromParameters(Map.of(), today)).size();
        List<Double> timings = new ArrayList<>();
        TrainingPlan plan = null;
        for (int run = 0; run < 11; run++) {
            long started = System.nanoTime();
            plan = plans.propose(everything, province, year, 1_500_000_000L, TrainingPlan.Weights.DEFAULT);
            if (run > 0) {
                timings.add((System.nanoTime() - started) / 1e6);
            }
        }
        timings.sort(null);
        String out = String.format("[bench] training plan of %s: %,d people holding a post, %d classes next year, %,d candidates, "
                        + "%,d places proposed (cost %,d of %,d): median %.0f ms, max %.0f ms (runs: %s)%n[bench] database: %s, %d cores%n",
                province.name(), people, plan.classes().size(), plan.candidates(), plan.places().size(), plan.cost(), plan.budget(),
                timings.get(timings.size() / 2), timings.get(timings.size() - 1),
                timings.stream().map(t -> String.valueOf(Math.round(t))).collect(Collectors.joining(" ")),
                System.getProperty("chuan.test.database", "h2"), Runtime.getRuntime().availableProcessors());
        System.out.println(out);
        Path file = Path.of("target", "benchmarks", "training-plan.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }
}
