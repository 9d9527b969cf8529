package vn.chuan.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.chuan.shared.Messages;

/**
 * A competency test session (sát hạch định kỳ; a local process, regulations.md §4): subjects with
 * weights, the maximum score of each subject and the pass mark of the weighted total.
 */
public record CompetencyTest(long id, String name, LocalDate heldOn, long unitId, String unitName, BigDecimal passMark,
        BigDecimal maxScore, List<Subject> subjects) {

    public record Subject(String name, BigDecimal weight) {

        /**
         * Subjects as an officer types them: "Kiến thức pháp luật: 2; Kỹ năng xử lý tình huống: 1"
         * (a name, then its weight; one without a weight weighs 1), separated by ";" or new lines.
         */
        public static List<Subject> parseAll(String text) {
            List<Subject> subjects = new ArrayList<>();
            for (String part : (text == null ? "" : text).split("[;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] nameAndWeight = part.split(":");
                subjects.add(new Subject(nameAndWeight[0].strip(),
                        nameAndWeight.length > 1 ? CompetencyTests.number(nameAndWeight[1],
                                Messages.text("evaluation.tests.weight")) : BigDecimal.ONE));
            }
            return subjects;
        }
    }

    /** One person's attempt: scores in subject order (null: not scored yet), the weighted total, the consequence decided. */
    public record Sitting(long id, long personId, String personCode, String personName, int attempt, List<BigDecimal> scores,
            BigDecimal total, Consequence consequence, String note) {

        public boolean scored() {
            return total != null;
        }
    }

    /** What follows a failed test, once decided. */
    public enum Consequence {
        DAO_TAO(Messages.text("evaluation.tests.consequence.training")),
        LUAN_CHUYEN(Messages.text("evaluation.tests.consequence.otherPost")),
        XEM_XET(Messages.text("evaluation.tests.consequence.review"));

        private final String label;

        Consequence(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The weighted mean of the scores (weights need not add up to one), two decimals. */
    public BigDecimal total(List<BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < subjects.size(); i++) {
            sum = sum.add(scores.get(i).multiply(subjects.get(i).weight()));
            weights = weights.add(subjects.get(i).weight());
        }
        return weights.signum() == 0 ? BigDecimal.ZERO : sum.divide(weights, 2, RoundingMode.HALF_UP);
    }

    public boolean passed(Sitting sitting) {
        return sitting.total() != null && sitting.total().compareTo(passMark) >= 0;
    }
}
