package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Sales-cycle (age) forecast. The simple model of worked example 3: a deal open for a share of the
 * typical cycle has that share as its probability (2 of 4 months → 50 %), at most 100 %. The
 * empirical model: the probability that a deal of its age is won within the period, from the
 * time-to-close distribution of closed deals (among deals that lasted longer than its age, the share
 * won within the period's days).
 */
public final class AgeForecast {

    private AgeForecast() {
    }

    /**
     * @param age          how long the deal has been open (any unit)
     * @param typicalCycle how long deals typically take to close (the same unit, positive)
     * @return min(1, age / typicalCycle), six decimals HALF_UP
     */
    public static BigDecimal simpleProbability(BigDecimal age, BigDecimal typicalCycle) {
        if (typicalCycle.signum() <= 0) {
            throw new IllegalArgumentException("the typical cycle must be positive: " + typicalCycle);
        }
        if (age.signum() < 0) {
            throw new IllegalArgumentException("a deal's age cannot be negative: " + age);
        }
        return age.divide(typicalCycle, Money.RATIO_SCALE, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }

    /**
     * @return Σ amount × P(won within {@code days} | age) over {@code deals}, exact: the amounts of the
     *         deals of one age are added first and multiplied by their probability once
     *         ({@link ExactWeightedSum})
     */
    static BigDecimal empirical(List<OpenDeal> deals, TimeToClose cycles, long days) {
        ExactWeightedSum<Long> byAge = new ExactWeightedSum<>();
        for (OpenDeal d : deals) {
            byAge.add(d.ageDays(), d.amount());
        }
        return byAge.sum(age -> BigDecimal.valueOf(cycles.winWithin(age, days)));
    }

    /** @return Σ amount × min(1, age / typical cycle) over {@code deals} */
    static BigDecimal simple(List<OpenDeal> deals, double typicalCycleDays) {
        BigDecimal typical = BigDecimal.valueOf(typicalCycleDays);
        BigDecimal sum = BigDecimal.ZERO;
        for (OpenDeal d : deals) {
            sum = sum.add(d.amount().multiply(simpleProbability(BigDecimal.valueOf(d.ageDays()), typical)));
        }
        return sum;
    }
}
