package org.salesaudit.commission.calculation;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a calculation: the statements of the requested month, one per rep on a plan (sorted
 * by rep id), every month computed before it (for clawbacks, draws and rerun comparisons), and the
 * rounding rule of every money step.
 */
public record CommissionRun(YearMonth period, Currency currency, List<RepMonth> statements,
        Map<YearMonth, List<RepMonth>> history, RoundingMode rounding) {

    public CommissionRun {
        statements = List.copyOf(statements);
        history = Map.copyOf(history);
        Objects.requireNonNull(rounding, "rounding");
    }

    /** A run whose money steps were rounded half-up. */
    public CommissionRun(YearMonth period, Currency currency, List<RepMonth> statements,
            Map<YearMonth, List<RepMonth>> history) {
        this(period, currency, statements, history, RoundingMode.HALF_UP);
    }

    /** @return the months of {@code month}, or an empty list when it was not computed */
    public List<RepMonth> month(YearMonth month) {
        return history.getOrDefault(month, List.of());
    }
}
