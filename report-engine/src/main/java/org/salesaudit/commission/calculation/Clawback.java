package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.salesaudit.model.SourceRef;

/**
 * Commission taken back because a deal was cancelled within the plan's clawback window after it was
 * paid: the whole earning of the original line, as a negative {@code amount}.
 *
 * @param paidIn      the month the line was paid in
 * @param source      the row of the Cancellations sheet
 */
public record Clawback(String dealId, String repId, YearMonth paidIn, LocalDate cancelledOn, int days,
        BigDecimal amount, SourceRef source) {
}
