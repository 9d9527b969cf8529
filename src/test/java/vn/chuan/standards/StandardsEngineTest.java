package vn.chuan.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.chuan.shared.Dimension;

/** Each seeded set, criterion by criterion, at its edges; and the properties every assessment keeps. */
class StandardsEngineTest {

    private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
    private static final StandardsEngine ND33 = StandardsEngine.compile(SeededStandardSets.nd33());
    private static final StandardsEngine TT13 = StandardsEngine.compile(SeededStandardSets.tt13());
    private static final StandardsEngine QD04 = StandardsEngine.compile(SeededStandardSets.qd04());

    /** A profile builder: an adult with THPT and nothing else. */
    static final class Profile {
        String title = "VP_TK";
        LocalDate birth = LocalDate.of(1985, 1, 1);
        boolean difficult;
        final int[] ranks = new int[Dimension.values().length];
        String field;

        Profile() {
            ranks[Dimension.GENERAL_EDUCATION.ordinal()] = Dimension.GENERAL_EDUCATION.level("THPT").rank();
        }

        static Profile of(String title) {
            Profile p = new Profile();
            p.title = title;
            return p;
        }

        Profile with(Dimension d, String level) {
            ranks[d.ordinal()] = d.level(level).rank();
            return this;
        }

        Profile born(LocalDate date) {
            birth = date;
            return this;
        }

        Profile difficult() {
            difficult = true;
            return this;
        }

        Profile field(String f) {
            field = f;
            return this;
        }

        StandardsProfile build() {
            return new StandardsProfile(title, birth, difficult, ranks.clone(), field);
        }
    }

    private static Assessment assess(StandardsEngine engine, Profile profile) {
        return engine.assess(profile.build(), DATE);
    }

    @ParameterizedTest(name = "NĐ 33/2023, {0}: chuyên môn {1}, LLCT {2}, vùng khó khăn {3} → {4}")
    @CsvSource({
            // Điều 8 khoản 3: Chủ tịch UBND needs THPT, đại học (trung cấp in difficult areas), LLCT trung cấp
            "CT_UBND, DAI_HOC, TRUNG_CAP, false, DAT",
            "CT_UBND, CAO_DANG, TRUNG_CAP, false, CHUA_DAT",
            "CT_UBND, TRUNG_CAP, TRUNG_CAP, true, DAT",
            "CT_UBND, SO_CAP, TRUNG_CAP, true, CHUA_DAT",
            "CT_UBND, DAI_HOC, SO_CAP, false, CHUA_DAT",
            "CT_UBND, THAC_SI, CU_NHAN, false, DAT",
            // Điều 8: party secretary and heads of organisations need đại học
            "BI_THU_DU, DAI_HOC, CHUA_CO, false, DAT",
            "CT_HLHPN, CAO_DANG, CHUA_CO, false, CHUA_DAT",
            "CT_HLHPN, TRUNG_CAP, CHUA_CO, true, DAT",
            // Điều 10 khoản 1: military commander, trung cấp
            "CHT_QS, TRUNG_CAP, CHUA_CO, false, DAT",
            "CHT_QS, SO_CAP, CHUA_CO, false, CHUA_DAT",
            // Điều 10 khoản 2, 3: civil servants
            "VP_TK, DAI_HOC, CHUA_CO, false, DAT",
            "VP_TK, CAO_DANG, CHUA_CO, false, CHUA_DAT",
            "VP_TK, TRUNG_CAP, CHUA_CO, true, DAT",
            // No standard for part-time posts
            "KCT_KHAC, CHUA_DAO_TAO, CHUA_CO, false, KHONG_AP_DUNG"})
    void nd33Edges(String title, String professional, String theory, boolean difficult, Verdict expected) {
        Profile p = Profile.of(title).with(Dimension.PROFESSIONAL, professional).with(Dimension.POLITICAL_THEORY, theory);
        if (difficult) {
            p.difficult();
        }
        assertThat(assess(ND33, p).verdict()).isEqualTo(expected);
    }

    @Test
    void nd33NamesEveryGapInVietnameseWithItsSource() {
        Assessment a = assess(ND33, Profile.of("CT_UBND").with(Dimension.GENERAL_EDUCATION, "THCS")
                .with(Dimension.PROFESSIONAL, "CAO_DANG").with(Dimension.POLITICAL_THEORY, "SO_CAP"));
        assertThat(a.verdict()).isEqualTo(Verdict.CHUA_DAT);
        assertThat(a.gaps()).extracting(Assessment.Gap::message).containsExactlyInAnyOrder(
                "Trình độ văn hóa: cần Trung học phổ thông trở lên, hiện có Trung học cơ sở",
                "Trình độ chuyên môn: cần Đại học trở lên, hiện có Cao đẳng",
                "Lý luận chính trị: cần Trung cấp trở lên, hiện có Sơ cấp");
        assertThat(a.gaps()).allSatisfy(g -> assertThat(g.source()).startsWith("NĐ 33/2023/NĐ-CP Điều 8 khoản 3"));
        Assessment difficult = assess(ND33, Profile.of("CT_UBND").difficult().with(Dimension.PROFESSIONAL, "SO_CAP")
                .with(Dimension.POLITICAL_THEORY, "TRUNG_CAP"));
        assertThat(difficult.gaps()).extracting(Assessment.Gap::message)
                .containsExactly("Trình độ chuyên môn: cần Trung cấp trở lên (vùng khó khăn), hiện có Sơ cấp");
    }

    @Test
    void nd33GivesThoseBelowTheStandardsADeadlineAndNoneAfterIt() {
        Profile p = Profile.of("VP_TK").with(Dimension.PROFESSIONAL, "CAO_DANG");
        Assessment before = ND33.assess(p.build(), LocalDate.of(2028, 7, 31));
        assertThat(before.verdict()).isEqualTo(Verdict.CHUA_DAT);
        assertThat(before.deadline()).isNotNull().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2028, 8, 1));
            assertThat(d.source()).startsWith("NĐ 33/2023/NĐ-CP Điều 38");
        });
        assertThat(ND33.assess(p.build(), LocalDate.of(2028, 8, 1)).deadline()).isNull();
        assertThat(ND33.assess(p.with(Dimension.PROFESSIONAL, "DAI_HOC").build(), LocalDate.of(2025, 1, 1)).deadline()).isNull();
    }

    @Test
    void civilServantsMustBeEighteenAndTheJusticeOfficerNeedsALawDegree() {
        Profile young = Profile.of("VP_TK").with(Dimension.PROFESSIONAL, "DAI_HOC").born(DATE.minusYears(18).plusDays(1));
        assertThat(assess(ND33, young).gaps()).extracting(Assessment.Gap::code).containsExactly("MIN_AGE");
        assertThat(assess(ND33, young.born(DATE.minusYears(18))).verdict()).isEqualTo(Verdict.DAT);

        Profile justice = Profile.of("TP_HT").with(Dimension.PROFESSIONAL, "DAI_HOC").field("Kế toán");
        assertThat(assess(ND33, justice).gaps()).extracting(Assessment.Gap::message)
                .containsExactly("Chuyên ngành: cần ngành phù hợp (luật), hiện có Kế toán");
        assertThat(assess(ND33, justice.field("Luật kinh tế")).verdict()).isEqualTo(Verdict.DAT);
    }

    @ParameterizedTest(name = "TT 13/2019, VP_TK: chuyên môn {0}, tin học {1}, vùng khó khăn {2} → {3}")
    @CsvSource({
            "DAI_HOC, CO_BAN, false, DAT",
            "DAI_HOC, CHUA_CO, false, CHUA_DAT",
            "CAO_DANG, CO_BAN, false, CHUA_DAT",
            "TRUNG_CAP, NANG_CAO, true, DAT"})
    void tt13Edges(String professional, String it, boolean difficult, Verdict expected) {
        Profile p = Profile.of("VP_TK").with(Dimension.PROFESSIONAL, professional).with(Dimension.IT, it);
        if (difficult) {
            p.difficult();
        }
        assertThat(assess(TT13, p).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "QĐ 04/2004, {0}: văn hóa {1}, chuyên môn {2}, vùng khó khăn {3} → {4}")
    @CsvSource({
            "VP_TK, THPT, TRUNG_CAP, false, DAT",
            "VP_TK, THCS, TRUNG_CAP, false, CHUA_DAT",
            "VP_TK, THCS, SO_CAP, true, DAT",
            "VP_TK, THPT, SO_CAP, false, CHUA_DAT",
            "BI_THU_DU, THPT, TRUNG_CAP, false, CHUA_DAT"})
    void qd04Edges(String title, String education, String professional, boolean difficult, Verdict expected) {
        Profile p = Profile.of(title).with(Dimension.GENERAL_EDUCATION, education).with(Dimension.PROFESSIONAL, professional);
        if (difficult) {
            p.difficult();
        }
        assertThat(assess(QD04, p).verdict()).isEqualTo(expected);
    }

    @Test
    void raisingAnyLevelNeverTurnsAMetVerdictIntoUnmet() {
        Random random = new Random(42);
        List<String> titles = new ArrayList<>();
        SeededStandardSets.all().forEach(set -> set.criteria().forEach(c -> titles.add(c.titleCode())));
        for (StandardsEngine engine : List.of(ND33, TT13, QD04)) {
            for (int i = 0; i < 20_000; i++) {
                Profile p = Profile.of(titles.get(random.nextInt(titles.size())));
                for (Dimension d : Dimension.values()) {
                    p.ranks[d.ordinal()] = random.nextInt(d.levels().size());
                }
                p.field = random.nextBoolean() ? "Luật" : "Kế toán";
                p.difficult = random.nextBoolean();
                Assessment before = assess(engine, p);
                Dimension raised = Dimension.values()[random.nextInt(Dimension.values().length)];
                p.ranks[raised.ordinal()] = Math.min(raised.levels().size() - 1, p.ranks[raised.ordinal()] + 1);
                Assessment after = assess(engine, p);
                if (before.verdict() == Verdict.DAT) {
                    assertThat(after.verdict()).as("raising %s of %s", raised, p.title).isEqualTo(Verdict.DAT);
                }
                assertThat(after.gaps().size()).isLessThanOrEqualTo(before.gaps().size());
            }
        }
    }

    @Test
    void theVerdictDoesNotDependOnTheOrderOfCriteria() {
        StandardSet set = SeededStandardSets.nd33();
        List<Criterion> reversed = new ArrayList<>(set.criteria());
        Collections.reverse(reversed);
        StandardsEngine other = StandardsEngine.compile(new StandardSet(0, set.code(), 1, set.name(), set.document(),
                set.effectiveFrom(), set.effectiveTo(), set.status(), null, reversed));
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            Profile p = Profile.of(random.nextBoolean() ? "CT_UBND" : "TP_HT");
            for (Dimension d : Dimension.values()) {
                p.ranks[d.ordinal()] = random.nextInt(d.levels().size());
            }
            assertThat(assess(other, p).verdict()).isEqualTo(assess(ND33, p).verdict());
            assertThat(assess(other, p).gaps()).containsExactlyInAnyOrderElementsOf(assess(ND33, p).gaps());
        }
    }
}
