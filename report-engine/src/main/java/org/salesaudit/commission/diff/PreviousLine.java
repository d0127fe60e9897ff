package org.salesaudit.commission.diff;

import java.math.BigDecimal;

/** A line of a previous run's register: what was paid for one deal (or clawback) of one rep. */
public record PreviousLine(String repId, String dealId, String kind, BigDecimal credit, BigDecimal earned,
        String plan) {
}
