package vn.chuan.reports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.UnitLevel;

/**
 * What the reports count of one person as of a date: where the post is (the unit's path and level),
 * its category, and the person's facts, each a single value of one attribute ("CHUYEN_MON:DAI_HOC",
 * "GT:NU", "TUOI:30_40"). Both engines count these facts: the kept tallies (today) and the dated
 * records (any other date), so a column means the same in both.
 */
record Profile(long personId, long unitId, String unitPath, UnitLevel unitLevel, StaffCategory category, List<String> facts) {

    static final String ALL = "ALL";
    static final String WOMAN = "GT:NU";
    static final String MAN = "GT:NAM";
    static final String PARTY = "DV";
    static final String NON_PARTY = "DV:KHONG";
    static final String MINORITY = "DTTS";
    static final String KINH = "KINH";
    static final String ETHNICITY = "DT:";
    static final String AGE = "TUOI:";
    static final String TITLE = "CD:";
    static final String VERDICT = "V:";
    /** A criterion of the standards unmet: "THIEU:POLITICAL_THEORY", "THIEU:MAX_AGE" (the criterion's gap code). */
    static final String UNMET = "THIEU:";

    /**
     * The facts of a person as of {@code date}; {@code verdict} is the standards verdict (null when
     * not assessed) and {@code unmet} the codes of the criteria unmet.
     */
    static List<String> facts(Gender gender, String ethnicity, boolean partyMember, LocalDate birthDate, String titleCode,
            Map<Dimension, ScaleLevel> levels, LocalDate date, String verdict, List<String> unmet) {
        Dimension[] dimensions = Dimension.values();
        String[] codes = new String[dimensions.length];
        for (int i = 0; i < dimensions.length; i++) {
            ScaleLevel level = levels.get(dimensions[i]);
            codes[i] = level == null ? dimensions[i].lowest().code() : level.code();
        }
        return facts(gender == Gender.NU, partyMember, ethnicity == null ? "" : ethnicity,
                AgeBand.of(Period.between(birthDate, date).getYears()).name(), titleCode, codes, verdict == null ? "" : verdict,
                unmet == null ? List.of() : unmet);
    }

    /** The facts from their values (the level codes in {@link Dimension} order; "" for no ethnic group, no verdict). */
    private static List<String> facts(boolean woman, boolean partyMember, String ethnicity, String ageBand, String titleCode,
            String[] levelCodes, String verdict, List<String> unmet) {
        List<String> facts = new ArrayList<>(16);
        facts.add(ALL);
        facts.add(woman ? WOMAN : MAN);
        facts.add(partyMember ? PARTY : NON_PARTY);
        facts.add(Ethnicity.isMinority(ethnicity) ? MINORITY : KINH);
        if (!ethnicity.isBlank()) {
            facts.add(fact(ETHNICITY, ethnicity));
        }
        facts.add(fact(AGE, ageBand));
        facts.add(fact(TITLE, titleCode));
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            facts.add(levelFact(dimensions[i], levelCodes[i]));
        }
        if (!verdict.isEmpty()) {
            facts.add(fact(VERDICT, verdict));
        }
        for (String code : unmet) {
            facts.add(fact(UNMET, code));
        }
        return facts;
    }

    /**
     * The facts, kept compactly in {@code report_person}: only their values, in a fixed order
     * (gender, party, ethnic group, age band, title, the level of each dimension, verdict, the criteria
     * unmet): "NU|1|Tày|TU_30_DEN_40|CT_UBND|THPT|DAI_HOC|…|CHUA_DAT|POLITICAL_THEORY,IT", a third of
     * the facts' length.
     */
    static String encode(List<String> facts) {
        List<String> values = new ArrayList<>(6 + Dimension.values().length);
        values.add(facts.contains(WOMAN) ? "NU" : "NAM");
        values.add(facts.contains(PARTY) ? "1" : "0");
        values.add(valueOf(facts, ETHNICITY));
        values.add(valueOf(facts, AGE));
        values.add(valueOf(facts, TITLE));
        for (Dimension dimension : Dimension.values()) {
            values.add(valueOf(facts, dimension.name() + ":"));
        }
        values.add(valueOf(facts, VERDICT));
        List<String> unmet = new ArrayList<>();
        for (String fact : facts) {
            if (fact.startsWith(UNMET)) {
                unmet.add(fact.substring(UNMET.length()));
            }
        }
        values.add(String.join(",", unmet));
        return String.join("|", values);
    }

    /** The facts {@link #encode} kept. */
    static List<String> decode(String encoded) {
        String[] values = encoded.split("\\|", -1);
        int dimensions = Dimension.values().length;
        // Kept before the criteria unmet were (no last value): none.
        String unmet = values.length > 6 + dimensions ? values[6 + dimensions] : "";
        return facts(values[0].equals("NU"), values[1].equals("1"), values[2], values[3], values[4],
                Arrays.copyOfRange(values, 5, 5 + dimensions), values[5 + dimensions], unmet.isEmpty() ? List.of() : List.of(unmet.split(",")));
    }

    private static String valueOf(List<String> facts, String prefix) {
        for (String fact : facts) {
            if (fact.startsWith(prefix)) {
                return fact.substring(prefix.length());
            }
        }
        return "";
    }

    static String levelFact(Dimension dimension, String code) {
        return FACTS.computeIfAbsent(dimension.name() + ":" + code, f -> f);
    }

    /** Facts recur for every person: one string each (a bulk load builds millions of profiles). */
    private static final Map<String, String> FACTS = new ConcurrentHashMap<>();

    private static String fact(String prefix, String value) {
        return FACTS.computeIfAbsent(prefix + value, f -> f);
    }

    /** The age bands of the forms (BM02/BNV §3 of regulations.md). */
    enum AgeBand {
        DUOI_30(Messages.text("reports.column.under30")), TU_30_DEN_40("30 – 40"), TU_41_DEN_50("41 – 50"), TU_51_DEN_60("51 – 60"),
                TREN_60(Messages.text("reports.column.over60"));

        final String label;

        AgeBand(String label) {
            this.label = label;
        }

        static AgeBand of(int age) {
            return age < 30 ? DUOI_30 : age <= 40 ? TU_30_DEN_40 : age <= 50 ? TU_41_DEN_50 : age <= 60 ? TU_51_DEN_60 : TREN_60;
        }
    }
}
