package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A correction of an earlier month's pay found by recalculating it: the difference between what was
 * paid for a line and what the current data gives.
 *
 * @param dealId the deal line, or null for a difference not tied to one deal
 * @param reason why the amount changed, as a message key suffix (see {@code diff.ChangeReason})
 * @param amount new minus old; positive is owed to the rep
 */
public record Adjustment(String repId, YearMonth period, String dealId, String reason, BigDecimal oldAmount,
        BigDecimal newAmount, BigDecimal amount) {
}
