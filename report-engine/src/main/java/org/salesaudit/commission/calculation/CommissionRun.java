package org.salesaudit.commission.calculation;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The result of a calculation: the statements of the requested month, one per rep on a plan (sorted
 * by rep id), and every month computed before it (for clawbacks, draws and rerun comparisons).
 */
public record CommissionRun(YearMonth period, Currency currency, List<RepMonth> statements,
        Map<YearMonth, List<RepMonth>> history) {

    public CommissionRun {
        statements = List.copyOf(statements);
        history = Map.copyOf(history);
    }

    /** @return the months of {@code month}, or an empty list when it was not computed */
    public List<RepMonth> month(YearMonth month) {
        return history.getOrDefault(month, List.of());
    }
}
