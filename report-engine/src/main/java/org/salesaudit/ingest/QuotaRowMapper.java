package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.salesaudit.model.Period;
import org.salesaudit.model.Quota;
import org.salesaudit.problem.Severity;

/** Turns rows of a Quotas sheet into {@link Quota}s. A period is {@code YYYY-MM}, {@code YYYY-Qn} or a date (its month). */
final class QuotaRowMapper {

    Optional<Quota> map(RowReader row) {
        Optional<String> rep = row.text("rep", true);
        Optional<BigDecimal> amount = row.amount("amount", true);
        Optional<Period> period = period(row);
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

    private static Optional<Period> period(RowReader row) {
        java.time.LocalDateTime asDate = row.dateTimeOrNull("period");
        if (asDate != null) {
            LocalDate d = asDate.toLocalDate();
            return Optional.of(Period.month(YearMonth.from(d)));
        }
        Optional<String> text = row.text("period", true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Period> period = Period.parse(text.get());
        if (period.isEmpty()) {
            row.problem(Severity.ERROR, "period.invalid", "period", "a period such as 2026-10 or 2026-Q4",
                    text.get(), "row left out");
        }
        return period;
    }
}
