package org.salesaudit.ingest;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;

import org.salesaudit.model.Period;
import org.salesaudit.problem.Severity;

/** Reads a period cell: {@code 2026-10} (a month), {@code 2026-Q4} (a quarter), or a date (its month). */
final class PeriodCells {

    private PeriodCells() {
    }

    static Optional<Period> read(RowReader row, String field, boolean required) {
        LocalDateTime asDate = row.dateTimeOrNull(field);
        if (asDate != null) {
            return Optional.of(Period.month(YearMonth.from(asDate)));
        }
        Optional<String> text = row.text(field, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Period> period = Period.parse(CellParsers.asciiDigits(text.get()));
        if (period.isEmpty()) {
            row.problem(required ? Severity.ERROR : Severity.WARNING, "period.invalid", field,
                    "a period such as 2026-10 or 2026-Q4", text.get(), required ? "row left out" : "treated as blank");
        }
        return period;
    }
}
