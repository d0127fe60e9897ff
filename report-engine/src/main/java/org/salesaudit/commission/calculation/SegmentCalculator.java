package org.salesaudit.commission.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.commission.plans.Tier;
import org.salesaudit.commission.plans.TierMethod;

/**
 * The commission of one plan segment: credit against target through threshold, tiers (whole credit at
 * the reached tier's rate, or bracket by bracket) and cap. Each step is rounded to the scale with the
 * configured rule (half-up unless {@code commissions.rounding} says otherwise).
 */
final class SegmentCalculator {

    private SegmentCalculator() {
    }

    /** @return the attainment credit / target, exact to 6 decimals (half-up) */
    static BigDecimal attainment(BigDecimal credit, BigDecimal target) {
        return credit.divide(target, 6, RoundingMode.HALF_UP);
    }

    /**
     * @param cap      the cap of this segment (already prorated), or null
     * @param rounding how each money step is rounded to {@code scale}
     */
    static List<CalculationStep> steps(List<Tier> tiers, TierMethod method, BigDecimal threshold, BigDecimal cap,
            BigDecimal target, BigDecimal credit, int scale, RoundingMode rounding) {
        List<CalculationStep> steps = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        if (credit.signum() <= 0) {
            return steps;
        }
        BigDecimal needed = target.multiply(threshold).setScale(scale, rounding);
        if (threshold.signum() > 0 && credit.compareTo(needed) < 0) {
            steps.add(new CalculationStep(CalculationStep.Kind.BELOW_THRESHOLD, null, threshold, needed, null, zero));
            return steps;
        }
        BigDecimal commission = zero;
        if (method == TierMethod.TIER) {
            BigDecimal reached = credit.divide(target, 12, RoundingMode.DOWN);
            for (Tier tier : tiers) {
                if (isReached(tier, credit, target)) {
                    BigDecimal amount = credit.multiply(tier.rate()).setScale(scale, rounding);
                    steps.add(new CalculationStep(CalculationStep.Kind.TIER, tier.from(), tier.to(), credit, tier.rate(),
                            amount));
                    commission = amount;
                }
            }
            if (steps.isEmpty()) {
                throw new IllegalStateException("no tier covers attainment " + reached);
            }
        } else {
            for (Tier tier : tiers) {
                BigDecimal low = target.multiply(tier.from());
                if (credit.compareTo(low) <= 0) {
                    break;
                }
                BigDecimal high = tier.to() == null ? credit : target.multiply(tier.to()).min(credit);
                BigDecimal bracket = high.subtract(low).setScale(scale, rounding);
                BigDecimal amount = bracket.multiply(tier.rate()).setScale(scale, rounding);
                steps.add(new CalculationStep(CalculationStep.Kind.BRACKET, tier.from(), tier.to(), bracket, tier.rate(),
                        amount));
                commission = commission.add(amount);
            }
        }
        if (cap != null && commission.compareTo(cap) > 0) {
            steps.add(new CalculationStep(CalculationStep.Kind.CAP, null, null, commission, null,
                    cap.setScale(scale, rounding)));
        }
        return steps;
    }

    /** @return the commission the steps arrive at: the cap when capped, else the sum of the rate steps */
    static BigDecimal commission(List<CalculationStep> steps, int scale) {
        BigDecimal sum = BigDecimal.ZERO.setScale(scale);
        for (CalculationStep step : steps) {
            switch (step.kind()) {
                case CAP -> {
                    return step.amount();
                }
                case TIER, BRACKET -> sum = sum.add(step.amount());
                case BELOW_THRESHOLD -> {
                    return step.amount();
                }
                default -> throw new IllegalStateException("unknown step " + step.kind());
            }
        }
        return sum;
    }

    /** A tier is reached when credit is at or above its start and below its end (exact, no rounding). */
    private static boolean isReached(Tier tier, BigDecimal credit, BigDecimal target) {
        boolean above = credit.compareTo(target.multiply(tier.from())) >= 0;
        boolean below = tier.to() == null || credit.compareTo(target.multiply(tier.to())) < 0;
        return above && below;
    }
}
