package org.salesaudit.examples;

import java.util.List;
import java.util.Random;

/**
 * Random draws for the generator. It wraps {@link java.util.Random}, whose algorithms (including
 * {@code nextGaussian}) are fixed by its specification, and uses {@link StrictMath} only, so
 * the draws are the same on every JVM.
 */
final class Rng {

    private final Random random;

    Rng(long seed) {
        this.random = new Random(seed);
    }

    /** An independent generator seeded from this one, so parts of the data do not disturb each other. */
    Rng child() {
        return new Rng(random.nextLong());
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** A whole number between {@code low} and {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian() {
        return random.nextGaussian();
    }

    /** A log-normal draw with the given median and shape (the standard deviation of its logarithm). */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * random.nextGaussian());
    }

    /** A Poisson draw (Knuth's method; meant for small means). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** A binomial draw by counting successes. */
    int binomial(int trials, double probability) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < probability) {
                successes++;
            }
        }
        return successes;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }

    static double logit(double p) {
        return StrictMath.log(p / (1.0 - p));
    }

    /** Scales the odds of a probability by {@code factor}. */
    static double scaleOdds(double probability, double factor) {
        double odds = probability / (1.0 - probability) * factor;
        return odds / (1.0 + odds);
    }
}
