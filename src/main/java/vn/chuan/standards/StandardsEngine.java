package vn.chuan.standards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
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
    private final Set<Integer> ageBounds;

    private StandardsEngine(Map<String, TitleRules> byTitle, StandardSet.Deadline deadline) {
        this.byTitle = byTitle;
        this.deadline = deadline;
        Set<Integer> bounds = new TreeSet<>();
        byTitle.values().forEach(rules -> {
            if (rules.minAge >= 0) {
                bounds.add(rules.minAge);
            }
            if (rules.maxAge >= 0) {
                bounds.add(rules.maxAge + 1);
            }
        });
        this.ageBounds = Collections.unmodifiableSet(bounds);
    }

    public static StandardsEngine compile(StandardSet set) {
        Map<String, TitleRules> rules = new HashMap<>();
        for (Criterion criterion : set.criteria()) {
            rules.computeIfAbsent(criterion.titleCode(), t -> new TitleRules()).add(criterion);
        }
        return new StandardsEngine(Map.copyOf(rules), set.deadline());
    }

    /** The ages at which some title's verdict may change: each minimum age, and the year after each maximum. */
    Set<Integer> ageBounds() {
        return ageBounds;
    }

    /**
     * One evaluation decides and explains: each check sets its flag (a bit per dimension, the age
     * bounds, the field), the verdict is "met" when none is set, and the Vietnamese gaps are written
     * from those same flags and the same required ranks, so the two cannot disagree.
     */
    public Assessment assess(StandardsProfile profile, LocalDate date) {
        TitleRules rules = byTitle.get(profile.titleCode());
        if (rules == null) {
            return Assessment.NOT_APPLICABLE;
        }
        Unmet unmet = unmet(rules, profile, date);
        if (unmet.none()) {
            return Assessment.MET;
        }
        boolean difficult = profile.difficultArea();
        int[] minimum = difficult ? rules.minRankDifficult : rules.minRank;
        int[] ranks = profile.ranks();
        List<Assessment.Gap> gaps = new ArrayList<>();
        // In the order of the set's criteria, each dimension once: the criterion that sets its required rank.
        for (Criterion.MinimumLevel level : rules.levels) {
            int d = level.dimension().ordinal();
            if ((unmet.dimensions() & (1 << d)) != 0 && level == (difficult ? rules.decidingDifficult[d] : rules.deciding[d])) {
                Dimension dimension = level.dimension();
                ScaleLevel required = dimension.levels().get(minimum[d]);
                gaps.add(new Assessment.Gap(dimension.name(),
                        Messages.text(difficult && minimum[d] != rules.minRank[d] ? "standards.gap.levelDifficult" : "standards.gap.level",
                        dimension.label(), required.label(), ranks[d] == 0 ? Messages.text("standards.gap.holdsNone")
                                : Messages.text("standards.gap.holds", dimension.levels().get(ranks[d]).label())), level.source()));
            }
        }
        if (unmet.tooYoung()) {
            gaps.add(new Assessment.Gap("MIN_AGE", Messages.text("standards.gap.tooYoung", rules.minAge, unmet.age()),
                    rules.minAgeCriterion.source()));
        }
        if (unmet.tooOld()) {
            gaps.add(new Assessment.Gap("MAX_AGE", Messages.text("standards.gap.tooOld", rules.maxAge, unmet.age()),
                    rules.maxAgeCriterion.source()));
        }
        if (unmet.otherField()) {
            gaps.add(new Assessment.Gap("FIELD", Messages.text("standards.gap.field", String.join(", ", rules.fields.keywords()),
                    profile.fieldOfStudy() == null || profile.fieldOfStudy().isBlank()
                            ? Messages.text("standards.gap.noField") : profile.fieldOfStudy()), rules.fields.source()));
        }
        // Those below the standards before the deadline still have time to reach them.
        return new Assessment(Verdict.CHUA_DAT, List.copyOf(gaps), deadline != null && date.isBefore(deadline.date()) ? deadline : null);
    }

    /** What one title's checks found: a bit per dimension below the required rank, the age bounds, the field. */
    private record Unmet(int dimensions, int age, boolean tooYoung, boolean tooOld, boolean otherField) {

        boolean none() {
            return dimensions == 0 && !tooYoung && !tooOld && !otherField;
        }

        /** The codes of the unmet criteria, as the assessment's gaps name them. */
        void addCodesTo(Collection<String> codes) {
            for (int d = 0; d < DIMENSIONS; d++) {
                if ((dimensions & (1 << d)) != 0) {
                    codes.add(Dimension.values()[d].name());
                }
            }
            if (tooYoung) {
                codes.add("MIN_AGE");
            }
            if (tooOld) {
                codes.add("MAX_AGE");
            }
            if (otherField) {
                codes.add("FIELD");
            }
        }
    }

    private static Unmet unmet(TitleRules rules, StandardsProfile profile, LocalDate date) {
        int[] minimum = profile.difficultArea() ? rules.minRankDifficult : rules.minRank;
        int[] ranks = profile.ranks();
        int unmetDimensions = 0;
        for (int d = 0; d < DIMENSIONS; d++) {
            if (ranks[d] < minimum[d]) {
                unmetDimensions |= 1 << d;
            }
        }
        int age = rules.minAge >= 0 || rules.maxAge >= 0 ? (int) ChronoUnit.YEARS.between(profile.birthDate(), date) : -1;
        return new Unmet(unmetDimensions, age, rules.minAge >= 0 && age < rules.minAge, rules.maxAge >= 0 && age > rules.maxAge,
                rules.fields != null && !matchesField(rules.foldedFields, profile.fieldOfStudy()));
    }

    /**
     * The verdict alone, as {@link #assess} gives it, adding the codes of the unmet criteria to {@code codes}: no
     * explanation written (the dated verdicts keep codes, and a person's history asks it at every change point).
     */
    Verdict judge(StandardsProfile profile, LocalDate date, Collection<String> codes) {
        TitleRules rules = byTitle.get(profile.titleCode());
        if (rules == null) {
            return Verdict.KHONG_AP_DUNG;
        }
        Unmet unmet = unmet(rules, profile, date);
        if (unmet.none()) {
            return Verdict.DAT;
        }
        unmet.addCodesTo(codes);
        return Verdict.CHUA_DAT;
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
        /** Per dimension, the criterion whose level is the required one (ordinary and difficult areas). */
        final Criterion.MinimumLevel[] deciding = new Criterion.MinimumLevel[DIMENSIONS];
        final Criterion.MinimumLevel[] decidingDifficult = new Criterion.MinimumLevel[DIMENSIONS];
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
                if (deciding[d] == null || level.level().rank() > minRank[d]) {
                    minRank[d] = level.level().rank();
                    deciding[d] = level;
                }
                int difficult = level.difficultAreaLevel() == null ? level.level().rank() : level.difficultAreaLevel().rank();
                if (decidingDifficult[d] == null || difficult > minRankDifficult[d]) {
                    minRankDifficult[d] = difficult;
                    decidingDifficult[d] = level;
                }
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
