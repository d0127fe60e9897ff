package org.salesaudit.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the problems of one run and applies the {@link ProblemPolicy} at the end of reading. Not thread-safe. */
public final class ProblemLog {

    private final ProblemPolicy policy;
    private final List<Problem> problems = new ArrayList<>();

    public ProblemLog(ProblemPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Records a problem; the run goes on. */
    public void report(Problem problem) {
        problems.add(Objects.requireNonNull(problem));
    }

    /**
     * Applies the policy once reading is done.
     *
     * @throws InvalidInputException under {@link ProblemPolicy#STRICT} when any problem was recorded
     */
    public void enforcePolicy() throws InvalidInputException {
        if (policy == ProblemPolicy.STRICT && !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Records a problem that makes the input unusable whatever the policy, and stops. */
    public InvalidInputException fatal(Problem problem) {
        problems.add(Objects.requireNonNull(problem));
        return new InvalidInputException(problem);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
