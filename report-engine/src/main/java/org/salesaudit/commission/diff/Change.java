package org.salesaudit.commission.diff;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.salesaudit.commission.calculation.Adjustment;

/**
 * One line whose pay changed between a previous run and the recalculation of the same month.
 *
 * @param reason one of {@link ChangeReason}'s codes
 */
public record Change(String repId, YearMonth month, String dealId, BigDecimal oldAmount, BigDecimal newAmount,
        String reason) {

    public BigDecimal difference() {
        return newAmount.subtract(oldAmount);
    }

    /** @return the change as an adjustment to pay with a later month's statement */
    public Adjustment toAdjustment() {
        return new Adjustment(repId, month, dealId, reason, oldAmount, newAmount, difference());
    }
}
