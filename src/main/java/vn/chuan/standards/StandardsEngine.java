package vn.chuan.standards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.VietnameseText;

/**
 * The assessment: a pure function from a profile and a standard set to a verdict. A set is compiled
 * once into per-title arrays of minimum ranks, so that assessing is a handful of integer comparisons;
 * the Vietnamese explanation is built only for what is unmet.
 */
public final class StandardsEngine {

    private static final int DIMENSIONS = Dimension.values().length;

    private final Map<String, TitleRules> byTitle;
    private final StandardSet.Deadline deadline;

    private StandardsEngine(Map<String, TitleRules> byTitle, StandardSet.Deadline deadline) {
        this.byTitle = byTitle;
        this.deadline = deadline;
    }

    public static StandardsEngine compile(StandardSet set) {
        Map<String, TitleRules> rules = new HashMap<>();
        for (Criterion criterion : set.criteria()) {
            rules.computeIfAbsent(criterion.titleCode(), t -> new TitleRules()).add(criterion);
        }
        return new StandardsEngine(Map.copyOf(rules), set.deadline());
    }

    /**
     * What each title requires, as the compiled rules hold it: minimum ranks by dimension ordinal (in
     * ordinary and in difficult areas), age bounds (-1: none), folded field keywords (empty: none).
     * The same rules {@link #assess} applies, for a database to count verdicts without reading the rows.
     */
    public record Requirements(int[] minRank, int[] minRankDifficult, int minAge, int maxAge, List<String> fieldKeywords) {
    }

    public Map<String, Requirements> requirements() {
        Map<String, Requirements> all = new HashMap<>();
        byTitle.forEach((title, rules) -> all.put(title, new Requirements(rules.minRank.clone(), rules.minRankDifficult.clone(),
                rules.minAge, rules.maxAge, rules.foldedFields == null ? List.of() : rules.foldedFields)));
        return all;
    }

    public Assessment assess(StandardsProfile profile, LocalDate date) {
        TitleRules rules = byTitle.get(profile.titleCode());
        if (rules == null) {
            return Assessment.NOT_APPLICABLE;
        }
        int[] minimum = profile.difficultArea() ? rules.minRankDifficult : rules.minRank;
        int[] ranks = profile.ranks();
        boolean met = true;
        for (int d = 0; d < DIMENSIONS; d++) {
            if (ranks[d] < minimum[d]) {
                met = false;
                break;
            }
        }
        int age = -1;
        if (met && (rules.minAge >= 0 || rules.maxAge >= 0)) {
            age = (int) ChronoUnit.YEARS.between(profile.birthDate(), date);
            met = (rules.minAge < 0 || age >= rules.minAge) && (rules.maxAge < 0 || age <= rules.maxAge);
        }
        if (met && rules.fields != null) {
            met = matchesField(rules.foldedFields, profile.fieldOfStudy());
        }
        if (met) {
            return Assessment.MET;
        }
        Assessment unmet = explain(rules, profile, date);
        // Those below the standards before the deadline still have time to reach them.
        return deadline != null && date.isBefore(deadline.date())
                ? new Assessment(unmet.verdict(), unmet.gaps(), deadline) : unmet;
    }

    /** Builds the Vietnamese list of what is unmet; only called for the minority that fails. */
    private static Assessment explain(TitleRules rules, StandardsProfile profile, LocalDate date) {
        List<Assessment.Gap> gaps = new ArrayList<>();
        for (Criterion.MinimumLevel level : rules.levels) {
            Dimension dimension = level.dimension();
            ScaleLevel required = profile.difficultArea() && level.difficultAreaLevel() != null
                    ? level.difficultAreaLevel() : level.level();
            int held = profile.ranks()[dimension.ordinal()];
            if (held < required.rank()) {
                gaps.add(new Assessment.Gap(dimension.name(), dimension.label() + ": cần " + required.label() + " trở lên"
                        + (required != level.level() ? " (vùng khó khăn)" : "") + ", hiện có "
                        + dimension.levels().get(held).label(), level.source()));
            }
        }
        int age = (int) ChronoUnit.YEARS.between(profile.birthDate(), date);
        if (rules.minAgeCriterion != null && age < rules.minAge) {
            gaps.add(new Assessment.Gap("MIN_AGE", "Tuổi: cần từ " + rules.minAge + " tuổi, hiện " + age + " tuổi",
                    rules.minAgeCriterion.source()));
        }
        if (rules.maxAgeCriterion != null && age > rules.maxAge) {
            gaps.add(new Assessment.Gap("MAX_AGE", "Tuổi: không quá " + rules.maxAge + " tuổi, hiện " + age + " tuổi",
                    rules.maxAgeCriterion.source()));
        }
        if (rules.fields != null && !matchesField(rules.foldedFields, profile.fieldOfStudy())) {
            gaps.add(new Assessment.Gap("FIELD", "Chuyên ngành: cần ngành phù hợp (" + String.join(", ", rules.fields.keywords())
                    + "), hiện có " + (profile.fieldOfStudy() == null || profile.fieldOfStudy().isBlank()
                    ? "chưa ghi chuyên ngành" : profile.fieldOfStudy()), rules.fields.source()));
        }
        return new Assessment(Verdict.CHUA_DAT, List.copyOf(gaps));
    }

    private static boolean matchesField(List<String> keywords, String field) {
        if (field == null || field.isBlank()) {
            return false;
        }
        String folded = VietnameseText.fold(field);
        for (String keyword : keywords) {
            if (folded.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** The criteria of one title, as arrays of minimum ranks by dimension ordinal (0: no requirement). */
    private static final class TitleRules {
        final int[] minRank = new int[DIMENSIONS];
        final int[] minRankDifficult = new int[DIMENSIONS];
        final List<Criterion.MinimumLevel> levels = new ArrayList<>();
        int minAge = -1;
        int maxAge = -1;
        Criterion.MinimumAge minAgeCriterion;
        Criterion.MaximumAge maxAgeCriterion;
        Criterion.FieldOfStudy fields;
        List<String> foldedFields;

        TitleRules() {
            Arrays.fill(minRank, 0);
            Arrays.fill(minRankDifficult, 0);
        }

        void add(Criterion criterion) {
            if (criterion instanceof Criterion.MinimumLevel level) {
                int d = level.dimension().ordinal();
                minRank[d] = Math.max(minRank[d], level.level().rank());
                int difficult = level.difficultAreaLevel() == null ? level.level().rank() : level.difficultAreaLevel().rank();
                minRankDifficult[d] = Math.max(minRankDifficult[d], difficult);
                levels.add(level);
            } else if (criterion instanceof Criterion.MinimumAge min) {
                minAge = Math.max(minAge, min.years());
                minAgeCriterion = min;
            } else if (criterion instanceof Criterion.MaximumAge max) {
                maxAge = maxAge < 0 ? max.years() : Math.min(maxAge, max.years());
                maxAgeCriterion = max;
            } else if (criterion instanceof Criterion.FieldOfStudy field) {
                fields = field;
                foldedFields = field.keywords().stream().map(VietnameseText::fold).toList();
            }
        }
    }
}
