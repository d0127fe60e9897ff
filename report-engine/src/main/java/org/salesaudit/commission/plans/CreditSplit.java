package org.salesaudit.commission.plans;

import java.math.BigDecimal;
import java.util.Objects;

import org.salesaudit.model.SourceRef;

/** A rep's share of a deal's credit ({@code share} as a fraction: 0.6 = 60 %). */
public record CreditSplit(String dealId, String repId, BigDecimal share, SourceRef source) {

    public CreditSplit {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(source, "source");
    }
}
