package org.salesaudit.commission.calculation;

import java.math.BigDecimal;

import org.salesaudit.commission.plans.DrawType;

/**
 * The draw of one month and the balance a rep owes, carried from month to month.
 *
 * <p>When the variable pay earned is below the draw, the draw is paid; under a recoverable draw the
 * difference is added to the balance. A negative month (clawbacks above earnings) pays nothing and
 * adds the negative part to the balance, whatever the draw. When earnings exceed the draw, the balance
 * is recovered from the excess, as far as it goes.
 *
 * @param paid          the variable pay for the month, never negative
 * @param drawTopUp     what was paid above the earnings because of the draw
 * @param recovered     the part of the balance recovered this month
 * @param balanceAfter  what the rep owes after this month
 */
public record DrawLedger(BigDecimal paid, BigDecimal drawTopUp, BigDecimal recovered, BigDecimal balanceAfter) {

    /**
     * @param earned        the variable pay earned in the month (commission + SPIFs − clawbacks + adjustments)
     * @param draw          the month's draw (zero for none)
     * @param balanceBefore the balance carried from the previous month
     */
    public static DrawLedger settle(BigDecimal earned, BigDecimal draw, DrawType type, BigDecimal balanceBefore) {
        BigDecimal zero = earned.multiply(BigDecimal.ZERO);
        BigDecimal positive = earned.max(zero);
        BigDecimal negative = earned.min(zero).negate();
        if (positive.compareTo(draw) < 0) {
            BigDecimal topUp = draw.subtract(positive);
            BigDecimal owed = negative.add(type == DrawType.RECOVERABLE ? topUp : zero);
            return new DrawLedger(draw, topUp, zero, balanceBefore.add(owed));
        }
        BigDecimal recovered = balanceBefore.min(positive.subtract(draw)).max(zero);
        return new DrawLedger(positive.subtract(recovered), zero, recovered,
                balanceBefore.subtract(recovered).add(negative));
    }
}
