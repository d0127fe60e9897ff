package org.salesaudit.forecast;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The first three cumulants (mean, variance, third central moment) of a sum of independent
 * non-negative terms, added term by term (cumulants of independent terms add up), and the quantiles
 * of the translated gamma distribution that has the same three: the gamma shape follows from the
 * skewness γ (shape 4/γ², scale σ·γ/2), the shift from the mean. A negative skewness mirrors the gamma;
 * a negligible one (shape above {@value #NORMAL_SHAPE}) gives the normal distribution. Quantiles are
 * kept at or above 0, as the sum is.
 */
final class Cumulants {

    /** Beyond this gamma shape (skewness below 0.002) the normal quantile is used. */
    static final double NORMAL_SHAPE = 1e6;

    private double mean;
    private double variance;
    private double third;

    /** Adds a term equal to {@code amount} with probability {@code p}, else 0. */
    void addBernoulli(double amount, double p) {
        if (p <= 0) {
            return;
        }
        double q = 1 - p;
        double square = amount * amount;
        mean += amount * p;
        variance += square * p * q;
        third += square * amount * p * q * (q - p);
    }

    /**
     * Adds a compound Poisson sum: a Poisson({@code rate}) number of independent terms whose raw
     * moments are {@code m1}, {@code m2} and {@code m3}; its cumulants are rate × the raw moments.
     */
    void addCompoundPoisson(double rate, double m1, double m2, double m3) {
        if (rate <= 0) {
            return;
        }
        mean += rate * m1;
        variance += rate * m2;
        third += rate * m3;
    }

    double mean() {
        return mean;
    }

    double variance() {
        return variance;
    }

    double thirdCentralMoment() {
        return third;
    }

    /** @return the {@code probability} quantile (0 to 1, exclusive) of the translated gamma, at least 0 */
    double quantile(double probability) {
        if (variance <= 0) {
            return Math.max(mean, 0);
        }
        double sd = Math.sqrt(variance);
        double skewness = third / (variance * sd);
        double shape = 4 / (skewness * skewness);
        double x;
        if (!(shape <= NORMAL_SHAPE)) {
            x = mean + sd * new NormalDistribution(null, 0, 1).inverseCumulativeProbability(probability);
        } else {
            double scale = sd * Math.abs(skewness) / 2;
            GammaDistribution gamma = new GammaDistribution(null, shape, 1);
            x = skewness > 0 ? mean + scale * (gamma.inverseCumulativeProbability(probability) - shape)
                    : mean - scale * (gamma.inverseCumulativeProbability(1 - probability) - shape);
        }
        return Math.max(x, 0);
    }
}
