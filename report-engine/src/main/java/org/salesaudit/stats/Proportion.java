package org.salesaudit.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A share of successes among trials with its Wilson score interval (Wilson 1927; Newcombe 1998,
 * method 3). The Wilson interval stays within [0, 1] and behaves well for small counts and for
 * shares near 0 or 1, unlike the normal-approximation ("Wald") interval.
 *
 * @param successes  the count of successes (0..trials)
 * @param trials     the count of trials (at least 1)
 * @param confidence the two-sided confidence level of the interval, e.g. 0.95
 * @param low        the lower bound of the interval
 * @param high       the upper bound of the interval
 */
public record Proportion(long successes, long trials, double confidence, double low, double high) {

    /** The confidence level used throughout the report. */
    public static final double CONFIDENCE_95 = 0.95;

    public Proportion {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("a proportion needs 0 <= successes <= trials and trials >= 1, got "
                    + successes + "/" + trials);
        }
    }

    /** @return the share with its 95 % Wilson interval */
    public static Proportion of(long successes, long trials) {
        return wilson(successes, trials, CONFIDENCE_95);
    }

    /** @return the share with its Wilson interval at the given two-sided confidence level */
    public static Proportion wilson(long successes, long trials, double confidence) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("a proportion needs 0 <= successes <= trials and trials >= 1, got "
                    + successes + "/" + trials);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new Proportion(successes, trials, confidence, low, high);
    }

    /** @return successes / trials */
    public double estimate() {
        return (double) successes / trials;
    }

    /** @return whether {@code value} lies within the interval (both ends included) */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
