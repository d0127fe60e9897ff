package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.salesaudit.model.SourceRef;

/**
 * One won deal credited to one rep: the rep's share of the deal, the credit it gives, and the
 * commission and SPIF it earned.
 *
 * @param share      the rep's share of the deal (1 without a split)
 * @param credit     the credited bookings: the deal amount times the share, split by largest remainder
 * @param commission the line's part of its segment's commission (largest remainder by credit)
 * @param spif       the SPIF bonus earned by the line (bonus × share, half-up)
 * @param plan       the plan version the line was computed under, e.g. {@code AE-SENIOR v2}
 * @param source     the deal's row in the input
 */
public record CreditLine(String dealId, String repId, String account, String product, LocalDate closeDate,
        BigDecimal dealAmount, BigDecimal share, BigDecimal credit, BigDecimal commission, BigDecimal spif,
        String plan, SourceRef source) {

    public CreditLine {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(spif, "spif");
        Objects.requireNonNull(source, "source");
    }

    /** @return commission plus SPIF */
    public BigDecimal earned() {
        return commission.add(spif);
    }

    CreditLine withEarnings(BigDecimal newCommission, BigDecimal newSpif, String planLabel) {
        return new CreditLine(dealId, repId, account, product, closeDate, dealAmount, share, credit, newCommission,
                newSpif, planLabel, source);
    }
}
