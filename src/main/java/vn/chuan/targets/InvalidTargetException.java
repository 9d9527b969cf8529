package vn.chuan.targets;

import java.util.List;

import vn.chuan.shared.Refusal;

/** A refused indicator, plan or target: every problem found, in Vietnamese, by form field. */
public class InvalidTargetException extends Refusal {

    private final List<Problem> problems;

    public InvalidTargetException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    static InvalidTargetException of(String field, String message) {
        return new InvalidTargetException(List.of(new Problem(field, message)));
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }
}
