package vn.chuan.targets;

import java.util.List;

import vn.chuan.shared.Refused;

/** A refused indicator, plan or target: every problem found, in Vietnamese, by form field. */
public class InvalidTargetException extends RuntimeException implements Refused {

    /** One problem: the form field it belongs to and what is wrong. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidTargetException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    static InvalidTargetException of(String field, String message) {
        return new InvalidTargetException(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
