package vn.chuan.targets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.chuan.reports.Condition;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.ScaleLevel;

/**
 * An indicator's condition as stored and typed: requirements separated by ";" that must all hold,
 * each a choice of alternatives separated by "|" ("chuyen_mon>=DAI_HOC; ngoai_ngu>=A1 | tieng_dan_toc>=CO_CHUNG_CHI").
 * An alternative is {@code <dimension>>=<level>}, {@code dat_chuan}, {@code tuoi<N}, {@code nu},
 * {@code dtts} or {@code dang_vien}. The same form the officer builds with the selectors of the
 * indicator page, readable in the database and on the command line.
 */
final class ConditionText {

    static final String MEETS_STANDARDS = "dat_chuan";
    static final String WOMAN = "nu";
    static final String MINORITY = "dtts";
    static final String PARTY = "dang_vien";
    static final String YOUNGER = "tuoi<";
    static final List<Integer> AGE_CHOICES = List.of(30, 35, 40, 45);

    private ConditionText() {
    }

    /** The requirements, each a list of alternatives. */
    static List<List<String>> requirements(String text) {
        List<List<String>> requirements = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(";")) {
            List<String> alternatives = new ArrayList<>();
            for (String alternative : part.split("\\|")) {
                if (!alternative.isBlank()) {
                    alternatives.add(alternative.strip());
                }
            }
            if (!alternatives.isEmpty()) {
                requirements.add(alternatives);
            }
        }
        return requirements;
    }

    static String format(List<List<String>> requirements) {
        return String.join("; ", requirements.stream().filter(r -> !r.isEmpty()).map(r -> String.join(" | ", r)).toList());
    }

    /** The condition the text describes; a refusal names the part that is not understood. */
    static Condition parse(String text) {
        List<List<String>> requirements = requirements(text);
        if (requirements.isEmpty()) {
            throw InvalidTargetException.of("condition", Messages.text("targets.indicator.conditionRequired"));
        }
        List<Condition> all = new ArrayList<>();
        for (List<String> alternatives : requirements) {
            List<Condition> any = new ArrayList<>();
            for (String alternative : alternatives) {
                any.add(leaf(alternative).orElseThrow(() -> InvalidTargetException.of("condition",
                        Messages.text("targets.indicator.unreadableCondition", alternative))));
            }
            all.add(any.size() == 1 ? any.get(0) : new Condition.AnyOf(any));
        }
        return all.size() == 1 ? all.get(0) : new Condition.AllOf(all);
    }

    private static Optional<Condition> leaf(String text) {
        String key = text.strip();
        switch (key) {
            case MEETS_STANDARDS:
                return Optional.of(new Condition.MeetsStandards());
            case WOMAN:
                return Optional.of(new Condition.Woman());
            case MINORITY:
                return Optional.of(new Condition.Minority());
            case PARTY:
                return Optional.of(new Condition.PartyMember());
            default:
        }
        if (key.startsWith(YOUNGER)) {
            try {
                int years = Integer.parseInt(key.substring(YOUNGER.length()).strip());
                return years > 0 && years < 100 ? Optional.of(new Condition.YoungerThan(years)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        int at = key.indexOf(">=");
        if (at < 0) {
            return Optional.empty();
        }
        Optional<Dimension> dimension = Dimension.byKey(key.substring(0, at).strip());
        String code = key.substring(at + 2).strip();
        return dimension.flatMap(d -> d.levels().stream().filter(l -> l.code().equals(code)).findFirst()
                .map(level -> new Condition.AtLeast(d, level)));
    }

    /** The Vietnamese sentence for an alternative ("Trình độ chuyên môn từ Đại học trở lên"). */
    static String describeAlternative(String text) {
        return leaf(text).map(ConditionText::describe).orElse(text);
    }

    /** The Vietnamese sentence for a whole condition. */
    static String describe(String text) {
        List<String> parts = new ArrayList<>();
        List<List<String>> requirements = requirements(text);
        for (List<String> alternatives : requirements) {
            String any = String.join(Messages.text("targets.condition.or"), alternatives.stream().map(ConditionText::describeAlternative).toList());
            parts.add(alternatives.size() > 1 && requirements.size() > 1 ? "(" + any + ")" : any);
        }
        return String.join(Messages.text("targets.condition.and"), parts);
    }

    static String describe(Condition condition) {
        return condition.accept(SENTENCES);
    }

    /** Each kind of condition as the indicator page and the "who lacks what" list write it. */
    private static final Condition.Visitor<String> SENTENCES = new Condition.Visitor<>() {
        @Override
        public String atLeast(Condition.AtLeast c) {
            return c.level().rank() == c.dimension().levels().size() - 1 ? c.dimension().label() + ": " + c.level().label()
                    : Messages.text("targets.condition.levelOrAbove", c.dimension().label(), c.level().label());
        }

        @Override
        public String youngerThan(Condition.YoungerThan c) {
            return Messages.text("targets.condition.under", c.years());
        }

        @Override
        public String woman() {
            return Messages.text("targets.condition.women");
        }

        @Override
        public String minority() {
            return Messages.text("targets.condition.minority");
        }

        @Override
        public String partyMember() {
            return Messages.text("targets.condition.party");
        }

        @Override
        public String meetsStandards() {
            return Messages.text("targets.condition.meetsStandard");
        }

        @Override
        public String allOf(Condition.AllOf c) {
            return String.join(Messages.text("targets.condition.and"), c.parts().stream().map(ConditionText::describe).toList());
        }

        @Override
        public String anyOf(Condition.AnyOf c) {
            return String.join(Messages.text("targets.condition.or"), c.parts().stream().map(ConditionText::describe).toList());
        }
    };

    /** Every alternative the indicator page offers, by group, each with its sentence. */
    static Map<String, Map<String, String>> choices() {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            Map<String, String> levels = new LinkedHashMap<>();
            for (ScaleLevel level : dimension.levels()) {
                if (level.rank() > 0) {
                    String text = dimension.key() + ">=" + level.code();
                    levels.put(text, describeAlternative(text));
                }
            }
            groups.put(dimension.label(), levels);
        }
        Map<String, String> other = new LinkedHashMap<>();
        for (String text : List.of(MEETS_STANDARDS, WOMAN, MINORITY, PARTY)) {
            other.put(text, describeAlternative(text));
        }
        for (int years : AGE_CHOICES) {
            other.put(YOUNGER + years, describeAlternative(YOUNGER + years));
        }
        groups.put(Messages.text("targets.condition.other"), other);
        return groups;
    }
}
