package org.salesaudit.engine;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

import org.salesaudit.commission.calculation.RunTotals;
import org.salesaudit.commission.diff.Change;
import org.salesaudit.problem.Problem;

/**
 * What a commission run produced. The statements themselves are in the files (the run does not keep
 * them: see {@link CommissionEngine#calculate} for the computed months).
 *
 * @param files    the files written, manifest.json last
 * @param totals   the number of statements and their totals, as in manifest.json
 * @param changes  the lines changed since the previous run (empty without {@code --previous})
 * @param problems the data warnings found (errors stop the run)
 */
public record CommissionResult(Path outputDirectory, List<Path> files, YearMonth period, Currency currency,
        RunTotals totals, List<Change> changes, List<Problem> problems) {

    public CommissionResult {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }
}
