package org.salesaudit.engine;

import java.util.List;

import org.salesaudit.problem.Problem;
import org.salesaudit.problem.Severity;
import org.salesaudit.report.InputFile;

/**
 * The outcome of {@link ReportEngine#validate}: how each input was read and every problem found.
 */
public record ValidationResult(List<InputFile> inputs, List<Problem> problems) {

    public ValidationResult {
        inputs = List.copyOf(inputs);
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
