package vn.chuan.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.chuan.shared.Messages;

/**
 * The cap on "excellent" (NĐ 335/2025, regulations.md §4): in a unit, those graded HTXS may not be
 * more than 20 % of those graded HTT (read literally: HTXS ≤ 20 % × HTT, rounded down). It holds
 * at every save and at approval; the exception the decree allows units with outstanding results is
 * marked per unit and round by the approvers, with a reason ({@link Evaluations#allowAboveQuota}).
 */
final class Quota {

    static final int PERCENT_OF_GOOD = 20;

    private Quota() {
    }

    /** The warning, naming the rule and the numbers, when the grades break the cap. */
    static Optional<String> check(Map<Grade, Integer> counts) {
        int excellent = counts.getOrDefault(Grade.HTXS, 0);
        int good = counts.getOrDefault(Grade.HTT, 0);
        int allowed = good * PERCENT_OF_GOOD / 100;
        if (excellent <= allowed) {
            return Optional.empty();
        }
        return Optional.of(Messages.text("evaluation.quota.exceeded", Grade.HTXS.label().toLowerCase(Locale.ROOT), PERCENT_OF_GOOD,
                excellent, allowed, good));
    }
}
