package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.util.Optional;

import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.problem.Severity;

/** Turns rows of a Quotas sheet into {@link Quota}s. A period is {@code YYYY-MM}, {@code YYYY-Qn} or a date (its month). */
final class QuotaRowMapper {

    Optional<Quota> map(RowReader row) {
        Optional<String> rep = row.text("rep", true);
        Optional<BigDecimal> amount = row.amount("amount", true);
        Optional<Period> period = PeriodCells.read(row, "period", true);
        if (row.rejected() || period.isEmpty()) {
            return Optional.empty();
        }
        if (amount.get().signum() < 0) {
            row.problem(Severity.ERROR, "amount.negative", "amount", "a quota of zero or more",
                    amount.get().toPlainString(), "row left out");
            return Optional.empty();
        }
        return Optional.of(new Quota(rep.get(), period.get(), amount.get(), row.source()));
    }
}
