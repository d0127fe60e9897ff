package org.salesaudit.engine;

import java.nio.file.Path;
import java.util.List;

import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.diff.Change;
import org.salesaudit.problem.Problem;

/**
 * What a commission run produced.
 *
 * @param files    the files written, manifest.json last
 * @param changes  the lines changed since the previous run (empty without {@code --previous})
 * @param problems the data warnings found (errors stop the run)
 */
public record CommissionResult(Path outputDirectory, List<Path> files, CommissionRun run, List<Change> changes,
        List<Problem> problems) {

    public CommissionResult {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }
}
