package vn.chuan.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;

/** A column of a breakdown report: the people of one value (or "this level or above") of the attribute. */
public record BreakdownColumn(String group, String label, StaffCategory category, Predicate<String> fact, String filter,
        boolean isTotal) implements ReportColumn {

    /** The criteria of the standards by gap code, as the breakdown by criterion unmet shows them. */
    private static final String[][] UNMET = {{"PROFESSIONAL", Messages.text("reports.column.professional")}, {"POLITICAL_THEORY",
            Messages.text("reports.column.politicalTheory")},
        {"STATE_MANAGEMENT", Messages.text("reports.column.stateManagement")}, {"IT", Messages.text("reports.column.it")}, {"FOREIGN_LANGUAGE",
                Messages.text("reports.column.foreignLanguage")}, {"ETHNIC_LANGUAGE", Messages.text("reports.column.ethnicLanguage")},
        {"MIN_AGE", Messages.text("reports.gap.tooYoung")}, {"MAX_AGE", Messages.text("reports.gap.tooOld")}, {"FIELD",
                Messages.text("reports.gap.field")}};

    /**
     * What a breakdown can be by: a category, gender, ethnicity, age, party membership, standards
     * verdict or criterion unmet ({@code readsStandards}: assessed under the set in force on the
     * date), or a dimension.
     */
    public record By(String key, String label, Dimension dimension, boolean readsStandards) {

        public static final List<By> ALL;

        static {
            List<By> all = new ArrayList<>();
            for (Dimension dimension : Dimension.values()) {
                all.add(new By(dimension.key(), dimension.label(), dimension, false));
            }
            all.add(new By("loai", Messages.text("reports.by.category"), null, false));
            all.add(new By("gioi_tinh", Messages.text("reports.by.gender"), null, false));
            all.add(new By("dan_toc", Messages.text("reports.by.ethnicity"), null, false));
            all.add(new By("tuoi", Messages.text("reports.by.age"), null, false));
            all.add(new By("dang_vien", Messages.text("reports.by.party"), null, false));
            all.add(new By("chuan", Messages.text("reports.by.standard"), null, true));
            all.add(new By("thieu", Messages.text("reports.by.gap"), null, true));
            ALL = List.copyOf(all);
        }

        public static By of(String key) {
            return ALL.stream().filter(b -> b.key().equals(key)).findFirst().orElse(ALL.get(0));
        }
    }

    @Override
    public String listFilter() {
        return filter;
    }

    @Override
    public boolean counts(StaffCategory personCategory, String personFact) {
        return (category == null || category == personCategory) && fact.test(personFact);
    }

    /** The "loai" parameter of the people list for these categories (none for all four). */
    static String categoryFilter(Set<StaffCategory> categories) {
        if (categories.size() == StaffCategory.values().length) {
            return "";
        }
        return "loai=" + categories.stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + "&";
    }

    /**
     * The columns of a breakdown by {@code by} of these categories: the total, then one column per
     * value; for a dimension, each exact level, then each level "trở lên". {@code ethnicGroups}
     * are the groups present (for a breakdown by ethnicity).
     */
    static List<ReportColumn> of(By by, Set<StaffCategory> categories, Set<String> ethnicGroups) {
        String who = categoryFilter(categories);
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(new BreakdownColumn("", Messages.text("reports.total"), null, Profile.ALL::equals, who.isEmpty() ? "" : who.substring(0,
                who.length() - 1), true));
        if (by.dimension() != null) {
            Dimension dimension = by.dimension();
            for (ScaleLevel level : dimension.levels()) {
                columns.add(new BreakdownColumn(Messages.text("reports.byLevel"), level.label(), null, FactTest.level(dimension, level.code()),
                        who + dimension.key() + "=" + level.code(), false));
            }
            for (ScaleLevel level : dimension.levels().subList(1, dimension.levels().size())) {
                columns.add(new BreakdownColumn(Messages.text("reports.orAbove"), Messages.text("reports.levelOrAbove", level.label()), null,
                        FactTest.atLeast(dimension, level.rank()),
                        who + dimension.key() + "=" + level.code() + "%2B", false));
            }
            return columns;
        }
        switch (by.key()) {
            case "loai" -> {
                for (StaffCategory category : categories.stream().sorted().toList()) {
                    columns.add(new BreakdownColumn(Messages.text("reports.column.category"), category.label(), category, Profile.ALL::equals,
                            "loai=" + category.name(), false));
                }
            }
            case "gioi_tinh" -> {
                columns.add(new BreakdownColumn(Messages.text("reports.by.gender"), Gender.NAM.label(), null, Profile.MAN::equals,
                        who + "gioiTinh=NAM", false));
                columns.add(new BreakdownColumn(Messages.text("reports.by.gender"), Gender.NU.label(), null, Profile.WOMAN::equals,
                        who + "gioiTinh=NU", false));
            }
            case "dan_toc" -> {
                columns.add(new BreakdownColumn("", "Kinh", null, Profile.KINH::equals, who + "dtts=0", false));
                columns.add(new BreakdownColumn("", Messages.text("reports.column.minority"), null, Profile.MINORITY::equals, who + "dtts=1",
                        false));
                for (String group : new TreeSet<>(ethnicGroups)) {
                    if (!group.equals(Ethnicity.KINH)) {
                        String fact = Profile.ETHNICITY + group;
                        columns.add(new BreakdownColumn(Messages.text("reports.column.ofWhich"), group, null, fact::equals,
                                who + "danToc=" + URLEncoder.encode(group, StandardCharsets.UTF_8), false));
                    }
                }
            }
            case "tuoi" -> {
                int[][] bounds = {{-1, 29}, {30, 40}, {41, 50}, {51, 60}, {61, -1}};
                Profile.AgeBand[] bands = Profile.AgeBand.values();
                for (int i = 0; i < bands.length; i++) {
                    String fact = Profile.AGE + bands[i].name();
                    String range = (bounds[i][0] < 0 ? "" : "tuoiTu=" + bounds[i][0]) + (bounds[i][0] >= 0 && bounds[i][1] >= 0 ? "&" : "")
                            + (bounds[i][1] < 0 ? "" : "tuoiDen=" + bounds[i][1]);
                    columns.add(new BreakdownColumn(Messages.text("reports.by.age"), bands[i].label, null, fact::equals, who + range, false));
                }
            }
            case "dang_vien" -> {
                columns.add(new BreakdownColumn("", Messages.text("reports.by.party"), null, Profile.PARTY::equals, who + "dangVien=1", false));
                columns.add(new BreakdownColumn("", Messages.text("reports.column.notParty"), null, Profile.NON_PARTY::equals, who + "dangVien=0",
                        false));
            }
            case "chuan" -> {
                columns.add(new BreakdownColumn("", Messages.text("reports.column.meets"), null, (Profile.VERDICT + "DAT")::equals,
                        who + "chuan=DAT", false));
                columns.add(new BreakdownColumn("", Messages.text("reports.column.below"), null, (Profile.VERDICT + "CHUA_DAT")::equals,
                        who + "chuan=CHUA_DAT", false));
                columns.add(new BreakdownColumn("", Messages.text("reports.column.noStandard"), null,
                        (Profile.VERDICT + "KHONG_AP_DUNG")::equals,
                        who + "chuan=KHONG_AP_DUNG", false));
            }
            case "thieu" -> {
                // Each criterion a person leaves unmet (one person may lack several: the columns do not add up to the total).
                for (String[] criterion : UNMET) {
                    String fact = Profile.UNMET + criterion[0];
                    columns.add(new BreakdownColumn(Messages.text("reports.column.belowIn"), criterion[1], null, fact::equals,
                            who + "thieu=" + criterion[0], false));
                }
            }
            default -> throw new IllegalArgumentException("Unknown breakdown " + by.key());
        }
        return columns;
    }
}
