package vn.chuan.evaluation;

import java.util.List;

import vn.chuan.shared.Messages;

/** A survey: questions on a 1–5 scale (no choices) or multiple choice, answered about people of a unit. */
public record Survey(long id, String name, long unitId, String unitName, List<Question> questions) {

    public record Question(String text, List<String> choices) {

        public boolean scale() {
            return choices.isEmpty();
        }
    }

    /** Who answers about the person. */
    public enum Respondent {
        BAN_THAN(Messages.text("evaluation.surveys.self")),
        CAP_TREN(Messages.text("evaluation.surveys.superior")),
        NGUOI_DAN(Messages.text("evaluation.surveys.citizen"));

        private final String label;

        Respondent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One person's answers summarized: per question, the mean (scale) or the count of each choice, and how many answered. */
    public record PersonSummary(long personId, String code, String name, String unitName, int responses, List<String> perQuestion) {
    }
}
