package vn.chuan.training;

import java.util.List;

import vn.chuan.units.Unit;

/**
 * A proposed yearly plan for a unit: who goes to which class, why, at what cost to the budget, and
 * what it changes (the standards rate and each target's value, before and after).
 */
public record TrainingPlan(Unit unit, int year, long budget, Weights weights, List<TrainingClass> classes, List<Place> places,
        List<Effect> effects, int candidates) {

    /** How much each reason counts (adjustable on the page). */
    public record Weights(double gap, double target, double priority, double pool) {

        public static final Weights DEFAULT = new Weights(3, 2, 1, 2);
    }

    /** One proposed place and the sentence that explains it. */
    public record Place(long personId, String personCode, String personName, String unitName, String titleName, long classId,
            String classCode, String programmeName, long cost, double value, String reason) {
    }

    /** A figure before and after the plan, in percent. */
    public record Effect(String label, Double before, Double after) {
    }

    public long cost() {
        return places.stream().mapToLong(Place::cost).sum();
    }

    /** What the places proposed in a class cost the budget. */
    public long costIn(long classId) {
        return placesIn(classId).stream().mapToLong(Place::cost).sum();
    }

    public List<Place> placesIn(long classId) {
        return places.stream().filter(p -> p.classId() == classId).toList();
    }
}
