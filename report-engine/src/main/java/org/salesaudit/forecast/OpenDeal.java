package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.salesaudit.model.Deal;

/**
 * A deal as it stood on a date: open, in a stage (null when the data cannot tell), with an amount
 * and an expected close date (null when unknown) as recorded then.
 *
 * @param ageDays days since creation on that date
 */
record OpenDeal(Deal deal, String stage, BigDecimal amount, LocalDate expectedClose, long ageDays) {

    OpenDeal {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(amount, "amount");
    }

    String owner() {
        return deal.ownerId() == null ? "" : deal.ownerId();
    }
}
