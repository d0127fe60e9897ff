package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Funnel arithmetic with whole entities (domain worked example 1): forward, the whole customers a
 * number of leads yields at given step conversion rates (the product, rounded down: 150 × 50 % × 25 %
 * = 18.75, i.e. 18 customers); backward, the entities needed at each step for a number of customers
 * (each step's need divided by the rate into it, rounded up to a whole entity).
 */
final class FunnelArithmetic {

    private FunnelArithmetic() {
    }

    /** @return the whole customers {@code leads} yield at the step rates (exact product, rounded down) */
    static long expectedCustomers(long leads, List<BigDecimal> rates) {
        BigDecimal expected = BigDecimal.valueOf(leads);
        for (BigDecimal rate : rates) {
            expected = expected.multiply(requireRate(rate));
        }
        return expected.setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    /**
     * @return the entities needed at the top of each step, top first, ending with {@code customers}
     *         itself (one more element than {@code rates}); empty when a rate is zero (no volume of
     *         leads reaches the target)
     */
    static List<Long> neededPerStep(long customers, List<BigDecimal> rates) {
        List<Long> needed = new ArrayList<>();
        long next = customers;
        needed.add(next);
        for (int i = rates.size() - 1; i >= 0; i--) {
            BigDecimal rate = requireRate(rates.get(i));
            if (rate.signum() == 0) {
                return List.of();
            }
            next = BigDecimal.valueOf(next).divide(rate, 0, RoundingMode.CEILING).longValueExact();
            needed.add(0, next);
        }
        return needed;
    }

    private static BigDecimal requireRate(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a conversion rate lies within 0 and 1, got " + rate);
        }
        return rate;
    }
}
