package vn.chuan.standards;

import java.util.List;

/** The verdict for a person under a standard set, with every unmet criterion named in Vietnamese. */
public record Assessment(Verdict verdict, List<Gap> gaps, StandardSet.Deadline deadline) {

    public Assessment(Verdict verdict, List<Gap> gaps) {
        this(verdict, gaps, null);
    }

    public record Gap(String code, String message, String source) {
    }

    static final Assessment MET = new Assessment(Verdict.DAT, List.of());
    static final Assessment NOT_APPLICABLE = new Assessment(Verdict.KHONG_AP_DUNG, List.of());
}
