package org.salesaudit.commission.plans;

import java.time.LocalDate;
import java.util.Objects;

import org.salesaudit.model.SourceRef;

/** A won deal cancelled or refunded on {@code date}. */
public record Cancellation(String dealId, LocalDate date, SourceRef source) {

    public Cancellation {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
