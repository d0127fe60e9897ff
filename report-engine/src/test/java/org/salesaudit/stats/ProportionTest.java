package org.salesaudit.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionTest {

    /**
     * Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
     * Medicine 17:857-872, table I, example 81/263, method 3 (Wilson score): 0.2553 to 0.3662. The
     * full-precision values and the other rows come from the closed formula in a Python 3 script
     * using only the standard library (z = statistics.NormalDist().inv_cdf(0.975) = 1.9599639845400536):
     * <pre>
     * p=k/n; d=1+z*z/n; c=(p+z*z/(2*n))/d; h=z/d*sqrt(p*(1-p)/n+z*z/(4*n*n)); low=c-h; high=c+h
     * </pre>
     */
    @ParameterizedTest
    @CsvSource({
            "81, 263, 0.2552885198782743, 0.3662095769828001",
            "31, 100, 0.2277969721237604, 0.40626055719489407",
            "0, 10, 0.0, 0.27753279986288915",
            "10, 10, 0.7224672001371109, 1.0",
            "1, 2, 0.09453120573423074, 0.9054687942657693" })
    void wilsonIntervalMatchesReferenceValues(long successes, long trials, double low, double high) {
        Proportion p = Proportion.of(successes, trials);
        assertEquals(low, p.low(), 1e-12);
        assertEquals(high, p.high(), 1e-12);
        assertEquals((double) successes / trials, p.estimate(), 0);
    }

    @Test
    void publishedExampleToFourDecimals() {
        Proportion p = Proportion.of(81, 263);
        assertEquals(0.2553, p.low(), 0.00005);
        assertEquals(0.3662, p.high(), 0.00005);
    }

    @ParameterizedTest
    @CsvSource({ "0, 1", "1, 1", "3, 7", "50, 51", "1, 1000", "999, 1000", "5000, 12000" })
    void intervalIsWithinZeroAndOneAndContainsTheEstimate(long successes, long trials) {
        Proportion p = Proportion.of(successes, trials);
        assertTrue(p.low() >= 0 && p.high() <= 1, p.toString());
        assertTrue(p.contains(p.estimate()), p.toString());
        assertTrue(p.low() <= p.high(), p.toString());
    }

    @Test
    void higherConfidenceGivesAWiderInterval() {
        Proportion p90 = Proportion.wilson(31, 100, 0.90);
        Proportion p99 = Proportion.wilson(31, 100, 0.99);
        assertTrue(p99.low() < p90.low() && p99.high() > p90.high());
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(3, 2));
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Proportion.of(-1, 5));
    }
}
