package org.salesaudit.forecast.timeseries;

/**
 * Whether a monthly series is seasonal: its autocorrelation at lag 12 exceeds
 * 1.645·√((1 + 2 Σₖ₌₁..₁₁ rₖ²) / n), the one-sided 95 % bound used by the M3/M4 benchmarks. Series
 * shorter than three years are treated as not seasonal.
 */
public final class SeasonalityTest {

    /** Months in a seasonal cycle. */
    public static final int PERIOD = 12;
    /** Shortest series the test is applied to (three cycles). */
    public static final int MIN_LENGTH = 3 * PERIOD;

    private SeasonalityTest() {
    }

    public static boolean isSeasonal(double[] y) {
        return isSeasonal(y, PERIOD);
    }

    /** The same test at lag {@code m} (4 for quarters), for series of at least three years. */
    public static boolean isSeasonal(double[] y, int m) {
        int n = y.length;
        if (n < 3 * m) {
            return false;
        }
        double[] r = autocorrelations(y, m);
        double sum = 0;
        for (int k = 1; k < m; k++) {
            sum += r[k] * r[k];
        }
        double limit = 1.645 * Math.sqrt((1 + 2 * sum) / n);
        return Math.abs(r[m]) > limit;
    }

    /** @return r[0..maxLag], the sample autocorrelations */
    static double[] autocorrelations(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double denominator = 0;
        for (double v : y) {
            denominator += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double s = 0;
            for (int t = k; t < n; t++) {
                s += (y[t] - mean) * (y[t - k] - mean);
            }
            r[k] = denominator == 0 ? 0 : s / denominator;
        }
        return r;
    }
}
