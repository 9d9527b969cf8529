package vn.chuan.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.chuan.shared.Dimension;
import vn.chuan.standards.StandardsEngine;

/**
 * The standards of one date as SQL conditions over a row of {@code report_history h} joined to its
 * unit {@code u}: the same compiled rules {@link StandardsEngine#assess} applies (minimum rank per
 * dimension, in difficult areas the lower one; age bounds; field keywords), so that the database
 * counts verdicts and unmet criteria without sending the rows ({@code ReportConsistencyTest} checks
 * both agree with the kept verdicts of today).
 */
final class StandardsSql {

    private final Map<String, StandardsEngine.Requirements> byTitle;
    private final LocalDate date;
    private final Map<String, Object> params;
    private final String name;
    /** The aliases of the history row judged and of its unit. */
    private final String row;
    private final String unit;
    private int next;

    /** {@code engine}: the set in force on {@code date}, null when none is (no title has standards). */
    StandardsSql(StandardsEngine engine, LocalDate date, Map<String, Object> params, String name) {
        this(engine == null ? Map.of() : new TreeMap<>(engine.requirements()), date, params, name, "h", "u");
    }

    private StandardsSql(Map<String, StandardsEngine.Requirements> byTitle, LocalDate date, Map<String, Object> params, String name,
            String row, String unit) {
        this.byTitle = byTitle;
        this.date = date;
        this.params = params;
        this.name = name;
        this.row = row;
        this.unit = unit;
    }

    /**
     * The person of the principal row {@code h} meets the standards of every post held on :d: one post
     * (principal or concurrent) meets its title's, none fails its own (as {@code Standards.assessPosts}
     * judges today). The concurrent rows are looked up only for persons who ever held one.
     */
    String personMet() {
        return "(not " + personUnmet() + " and " + anyMet() + ")";
    }

    /**
     * A post the person of {@code h} held on :d meets its title's standards. After {@link #personUnmet}
     * in a CASE (the dated verdicts), this alone says "met": the unmet posts are not looked up twice.
     */
    String anyMet() {
        return "(" + met() + " or (case when h.has_concurrent then " + concurrent(true) + " else false end))";
    }

    /** A post the person of {@code h} held on :d fails its title's standards. */
    String personUnmet() {
        return "((" + applicable() + " and not " + met() + ") or (case when h.has_concurrent then " + concurrent(false) + " else false end))";
    }

    /** A concurrent post held on :d by the person of {@code h} that meets ({@code met}) or fails its title's standards. */
    private String concurrent(boolean met) {
        StandardsSql k = new StandardsSql(byTitle, date, params, name + (met ? "km" : "ku"), "k", "uk");
        return "exists (select 1 from report_history k join unit uk on uk.id = k.unit_id where k.person_id = h.person_id and not k.principal"
                + " and k.started_on <= :d and (k.ended_on is null or k.ended_on >= :d) and " + k.applicable() + " and "
                + (met ? "" : "not ") + k.met() + ")";
    }

    /** The post's title has standards in the set. */
    String applicable() {
        if (byTitle.isEmpty()) {
            return "(1 = 0)";
        }
        return "(" + row + ".title_code in (:" + param(List.copyOf(byTitle.keySet())) + "))";
    }

    /** The post meets its title's standards (false for a title without any). */
    String met() {
        List<String> branches = new ArrayList<>();
        byTitle.forEach((title, requirements) -> {
            List<String> parts = new ArrayList<>();
            for (Dimension dimension : Dimension.values()) {
                String reached = levelMet(requirements, dimension);
                if (reached != null) {
                    parts.add(reached);
                }
            }
            if (requirements.minAge() >= 0) {
                parts.add(minAge(requirements));
            }
            if (requirements.maxAge() >= 0) {
                parts.add(maxAge(requirements));
            }
            if (!requirements.fieldKeywords().isEmpty()) {
                parts.add(field(requirements));
            }
            branches.add("when :" + param(title) + " then " + (parts.isEmpty() ? "(1 = 1)" : "(" + String.join(" and ", parts) + ")"));
        });
        return cases(branches);
    }

    /** The criteria of these gap codes, as the engine names them (a dimension's name, MIN_AGE, MAX_AGE, FIELD). */
    Set<String> gapCodes() {
        Set<String> codes = new LinkedHashSet<>();
        byTitle.values().forEach(r -> {
            for (Dimension dimension : Dimension.values()) {
                if (r.minRank()[dimension.ordinal()] > 0 || r.minRankDifficult()[dimension.ordinal()] > 0) {
                    codes.add(dimension.name());
                }
            }
            if (r.minAge() >= 0) {
                codes.add("MIN_AGE");
            }
            if (r.maxAge() >= 0) {
                codes.add("MAX_AGE");
            }
            if (!r.fieldKeywords().isEmpty()) {
                codes.add("FIELD");
            }
        });
        return codes;
    }

    /** The criterion of this gap code is unmet by the post (false for a title without it). */
    String unmet(String gapCode) {
        List<String> branches = new ArrayList<>();
        byTitle.forEach((title, requirements) -> {
            String met = switch (gapCode) {
                case "MIN_AGE" -> requirements.minAge() >= 0 ? minAge(requirements) : null;
                case "MAX_AGE" -> requirements.maxAge() >= 0 ? maxAge(requirements) : null;
                case "FIELD" -> requirements.fieldKeywords().isEmpty() ? null : field(requirements);
                default -> levelMet(requirements, Dimension.valueOf(gapCode));
            };
            if (met != null) {
                branches.add("when :" + param(title) + " then not " + met);
            }
        });
        return cases(branches);
    }

    private String cases(List<String> branches) {
        return branches.isEmpty() ? "(1 = 0)" : "(case " + row + ".title_code " + String.join(" ", branches) + " else false end)";
    }

    /** The rank the title asks of the dimension held on the date (with the difficult-area one), or null when it asks none. */
    private String levelMet(StandardsEngine.Requirements requirements, Dimension dimension) {
        int ordinary = requirements.minRank()[dimension.ordinal()];
        int difficult = requirements.minRankDifficult()[dimension.ordinal()];
        if (ordinary == 0 && difficult == 0) {
            return null;
        }
        if (ordinary == difficult) {
            return reached(dimension, ordinary);
        }
        return "(case when " + unit + ".difficult_area then " + reached(dimension, difficult) + " else " + reached(dimension, ordinary) + " end)";
    }

    private String reached(Dimension dimension, int rank) {
        if (rank == 0) {
            return "(1 = 1)";
        }
        String column = row + "." + dimension.key() + "_" + rank;
        return "(" + column + " is not null and " + column + " <= :d)";
    }

    private String minAge(StandardsEngine.Requirements requirements) {
        return "(" + row + ".birth_date <= :" + param(date.minusYears(requirements.minAge())) + ")";
    }

    private String maxAge(StandardsEngine.Requirements requirements) {
        return "(" + row + ".birth_date > :" + param(date.minusYears(requirements.maxAge() + 1L)) + ")";
    }

    /** The field of study (kept folded) contains one of the keywords. */
    private String field(StandardsEngine.Requirements requirements) {
        List<String> any = new ArrayList<>();
        for (String keyword : requirements.fieldKeywords()) {
            any.add(row + ".field_of_study like :" + param("%" + keyword + "%"));
        }
        return "(" + row + ".field_of_study is not null and (" + String.join(" or ", any) + "))";
    }

    private String param(Object value) {
        String key = name + "_" + next++;
        params.put(key, value);
        return key;
    }
}
