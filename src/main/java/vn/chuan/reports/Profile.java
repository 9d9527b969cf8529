package vn.chuan.reports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
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

    /** The facts of a person as of {@code date}; {@code verdict} is the stored standards verdict, null for past dates. */
    static List<String> facts(Gender gender, String ethnicity, boolean partyMember, LocalDate birthDate, String titleCode,
            Map<Dimension, ScaleLevel> levels, LocalDate date, String verdict) {
        List<String> facts = new ArrayList<>(16);
        facts.add(ALL);
        facts.add(gender == Gender.NU ? WOMAN : MAN);
        facts.add(partyMember ? PARTY : NON_PARTY);
        facts.add(Ethnicity.isMinority(ethnicity) ? MINORITY : KINH);
        if (ethnicity != null && !ethnicity.isBlank()) {
            facts.add(ETHNICITY + ethnicity);
        }
        facts.add(AGE + AgeBand.of(Period.between(birthDate, date).getYears()).name());
        facts.add(TITLE + titleCode);
        for (Dimension dimension : Dimension.values()) {
            ScaleLevel level = levels.get(dimension);
            facts.add(levelFact(dimension, level == null ? dimension.lowest().code() : level.code()));
        }
        if (verdict != null) {
            facts.add(VERDICT + verdict);
        }
        return facts;
    }

    static String levelFact(Dimension dimension, String code) {
        return dimension.name() + ":" + code;
    }

    /** The age bands of the forms (BM02/BNV §3 of regulations.md). */
    enum AgeBand {
        DUOI_30("Dưới 30"), TU_30_DEN_40("30 – 40"), TU_41_DEN_50("41 – 50"), TU_51_DEN_60("51 – 60"), TREN_60("Trên 60");

        final String label;

        AgeBand(String label) {
            this.label = label;
        }

        static AgeBand of(int age) {
            return age < 30 ? DUOI_30 : age <= 40 ? TU_30_DEN_40 : age <= 50 ? TU_41_DEN_50 : age <= 60 ? TU_51_DEN_60 : TREN_60;
        }
    }
}
