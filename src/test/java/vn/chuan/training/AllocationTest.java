package vn.chuan.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The greedy allocation against the best one, found by trying every assignment on small cases. */
class AllocationTest {

    @Test
    void theGreedyAllocationKeepsSeatsBudgetAndOnePlacePerPerson() {
        List<Allocation.Option> options = List.of(new Allocation.Option(0, 0, 9, 10), new Allocation.Option(0, 1, 8, 0),
                new Allocation.Option(1, 0, 7, 10), new Allocation.Option(2, 0, 6, 10), new Allocation.Option(2, 1, 1, 0));

        List<Allocation.Option> chosen = Allocation.greedy(options, new int[] {1, 5}, 10);

        // By value alone: 0 takes class 0 (9), 1 finds it full, 2 goes to class 1 (1): 10. Moving 0 to
        // class 1 (8) frees the seat for 1 (7): 16, the best.
        assertThat(chosen).containsExactlyInAnyOrder(new Allocation.Option(0, 1, 8, 0), new Allocation.Option(1, 0, 7, 10),
                new Allocation.Option(2, 1, 1, 0));
        assertThat(Allocation.best(options, 3, new int[] {1, 5}, 10)).isEqualTo(Allocation.total(chosen));
    }

    @Test
    void onRandomSmallCasesTheGreedyAllocationIsCloseToTheBest() {
        Random random = new Random(20261123);
        double sum = 0;
        double worst = 1;
        int cases = 500;
        for (int n = 0; n < cases; n++) {
            int persons = 3 + random.nextInt(5);
            int classes = 1 + random.nextInt(3);
            int[] seats = new int[classes];
            long[] cost = new long[classes];
            for (int c = 0; c < classes; c++) {
                seats[c] = 1 + random.nextInt(3);
                cost[c] = random.nextInt(3) * 5L;
            }
            List<Allocation.Option> options = new ArrayList<>();
            for (int p = 0; p < persons; p++) {
                for (int c = 0; c < classes; c++) {
                    if (random.nextInt(3) > 0) {
                        options.add(new Allocation.Option(p, c, 1 + random.nextInt(10), cost[c]));
                    }
                }
            }
            long budget = random.nextInt(4) * 5L;
            double best = Allocation.best(options, persons, seats, budget);
            double greedy = Allocation.total(Allocation.greedy(options, seats, budget));
            assertThat(greedy).isLessThanOrEqualTo(best);
            double ratio = best == 0 ? 1 : greedy / best;
            sum += ratio;
            worst = Math.min(worst, ratio);
        }
        System.out.printf("[allocation] greedy vs best over %d random small cases: mean %.1f%%, worst %.1f%%%n", cases,
                100 * sum / cases, 100 * worst);
        assertThat(sum / cases).isGreaterThan(0.95);
        assertThat(worst).isGreaterThan(0.5);
    }
}
