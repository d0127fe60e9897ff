package org.salesaudit.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A rep's quota (target bookings) for one period, in the reporting currency. */
public record Quota(String repId, Period period, BigDecimal amount, SourceRef source) {

    public Quota {
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }
}
