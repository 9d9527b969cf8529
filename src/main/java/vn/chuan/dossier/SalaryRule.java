package vn.chuan.dossier;

import java.util.Optional;

import vn.chuan.shared.Messages;

/**
 * What a salary step must be to be recorded (regulations.md §12), each with its source; the
 * registry asks every rule before it writes, and refuses with the first unmet.
 */
enum SalaryRule {
    /** The step exists in the rank's scale. */
    STEP_OF_RANK("NĐ 204/2004/NĐ-CP") {
        @Override
        Optional<String> unmet(SalaryRank rank, int step, int overCeilingPercent) {
            return step < 1 || step > rank.steps() ? Optional.of(Messages.text("dossier.salary.rule.stepOfRank", rank.label(), rank.steps()))
                    : Optional.empty();
        }
    },
    /** The over-ceiling allowance is paid at the last step only, from 5 %. */
    OVER_CEILING_AT_LAST_STEP("NĐ 204/2004/NĐ-CP Điều 6") {
        @Override
        Optional<String> unmet(SalaryRank rank, int step, int overCeilingPercent) {
            if (overCeilingPercent == 0) {
                return Optional.empty();
            }
            return step != rank.steps() || overCeilingPercent < FIRST_OVER_CEILING || overCeilingPercent > 100
                    ? Optional.of(Messages.text("dossier.salary.rule.overCeiling", rank.steps(), FIRST_OVER_CEILING)) : Optional.empty();
        }
    };

    static final int FIRST_OVER_CEILING = 5;

    private final String source;

    SalaryRule(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    abstract Optional<String> unmet(SalaryRank rank, int step, int overCeilingPercent);
}
