package vn.chuan.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who goes to which class: options (a person in a class, its value and its cost to the budget) under
 * the seats of each class, one place per person, and the budget. {@link #greedy} takes the options
 * by value (then by lower cost), skipping any that no longer fits, then improves the result by
 * moves: a person left out takes the seat of someone who can go to another class with a free seat,
 * when that raises the total; {@link #best} searches every assignment (small cases only: it measures
 * how far the greedy one is from the best).
 */
final class Allocation {

    /** One possible place: person and class by index, its value and its cost to the budget. */
    record Option(int person, int trainingClass, double value, long cost) {
    }

    private Allocation() {
    }

    static List<Option> greedy(List<Option> options, int[] seats, long budget) {
        List<Option> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparingDouble(Option::value).reversed().thenComparingLong(Option::cost)
                .thenComparingInt(Option::person).thenComparingInt(Option::trainingClass));
        int[] free = seats.clone();
        Set<Integer> placed = new HashSet<>();
        long left = budget;
        List<Option> chosen = new ArrayList<>();
        for (Option option : sorted) {
            if (option.value() <= 0 || placed.contains(option.person()) || free[option.trainingClass()] == 0 || option.cost() > left) {
                continue;
            }
            chosen.add(option);
            placed.add(option.person());
            free[option.trainingClass()]--;
            left -= option.cost();
        }
        return improve(chosen, sorted, free, left);
    }

    /**
     * A person left out (their best option first) takes a seat in a full class whose holder moves to
     * another of their options with a free seat, when the total value rises and the budget allows.
     */
    private static List<Option> improve(List<Option> chosen, List<Option> sorted, int[] free, long left) {
        Map<Integer, Option> placeOf = new HashMap<>();
        Map<Integer, List<Option>> holders = new HashMap<>();
        for (Option o : chosen) {
            placeOf.put(o.person(), o);
            holders.computeIfAbsent(o.trainingClass(), k -> new ArrayList<>()).add(o);
        }
        Map<Integer, List<Option>> byPerson = new HashMap<>();
        sorted.forEach(o -> byPerson.computeIfAbsent(o.person(), k -> new ArrayList<>()).add(o));
        Set<Integer> tried = new HashSet<>();
        for (Option wanted : sorted) {
            // Each person left out is tried once, with their most valuable option in a full class.
            if (wanted.value() <= 0 || placeOf.containsKey(wanted.person()) || free[wanted.trainingClass()] > 0
                    || !tried.add(wanted.person())) {
                continue;
            }
            Option bestHolder = null;
            Option bestMove = null;
            double bestGain = 0;
            for (Option holder : holders.getOrDefault(wanted.trainingClass(), List.of())) {
                for (Option move : byPerson.get(holder.person())) {
                    long extra = wanted.cost() + move.cost() - holder.cost();
                    double gain = wanted.value() + move.value() - holder.value();
                    if (move != holder && move.value() > 0 && free[move.trainingClass()] > 0 && extra <= left && gain > bestGain) {
                        bestHolder = holder;
                        bestMove = move;
                        bestGain = gain;
                    }
                }
            }
            if (bestHolder != null) {
                free[bestMove.trainingClass()]--;
                left -= wanted.cost() + bestMove.cost() - bestHolder.cost();
                holders.get(wanted.trainingClass()).remove(bestHolder);
                holders.get(wanted.trainingClass()).add(wanted);
                holders.computeIfAbsent(bestMove.trainingClass(), k -> new ArrayList<>()).add(bestMove);
                placeOf.put(bestHolder.person(), bestMove);
                placeOf.put(wanted.person(), wanted);
            }
        }
        List<Option> improved = new ArrayList<>(placeOf.values());
        improved.sort(Comparator.comparingDouble(Option::value).reversed().thenComparingInt(Option::person));
        return improved;
    }

    /** The best total value, trying every assignment (each person: no place, or one of their options). */
    static double best(List<Option> options, int persons, int[] seats, long budget) {
        List<List<Option>> byPerson = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            byPerson.add(new ArrayList<>());
        }
        options.forEach(o -> byPerson.get(o.person()).add(o));
        return search(byPerson, 0, seats.clone(), budget);
    }

    private static double search(List<List<Option>> byPerson, int person, int[] free, long left) {
        if (person == byPerson.size()) {
            return 0;
        }
        double best = search(byPerson, person + 1, free, left);
        for (Option option : byPerson.get(person)) {
            if (free[option.trainingClass()] > 0 && option.cost() <= left && option.value() > 0) {
                free[option.trainingClass()]--;
                best = Math.max(best, option.value() + search(byPerson, person + 1, free, left - option.cost()));
                free[option.trainingClass()]++;
            }
        }
        return best;
    }

    static double total(List<Option> chosen) {
        return chosen.stream().map(Option::value).reduce(0.0, Double::sum);
    }
}
