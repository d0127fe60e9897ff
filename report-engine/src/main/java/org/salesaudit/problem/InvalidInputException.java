package org.salesaudit.problem;

import java.util.List;

/**
 * The input data cannot be used (or, in strict mode, has a problem). Carries every problem found so
 * far; its message is the first one, naming file, sheet and cell. Front ends turn it into exit code 3
 * or a build failure, never a stack trace.
 */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        String first = problems.get(0).message();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
