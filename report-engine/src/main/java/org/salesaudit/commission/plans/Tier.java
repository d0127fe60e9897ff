package org.salesaudit.commission.plans;

import java.math.BigDecimal;
import java.util.Objects;

import org.salesaudit.model.SourceRef;

/**
 * One attainment bracket of a plan: from {@code from} (inclusive) to {@code to} (exclusive; null for
 * no upper bound), both as fractions of the target (1 = 100 %), paid at {@code rate} (0.1 = 10 %).
 */
public record Tier(BigDecimal from, BigDecimal to, BigDecimal rate, SourceRef source) {

    public Tier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
    }

    /** @return whether an attainment falls in this bracket */
    public boolean contains(BigDecimal attainment) {
        return attainment.compareTo(from) >= 0 && (to == null || attainment.compareTo(to) < 0);
    }
}
