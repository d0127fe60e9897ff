package org.salesaudit.forecast.timeseries;

/**
 * Classical multiplicative decomposition: the seasonal index of each month is the mean ratio of the
 * series to its centred 2×12 moving average, normalised to average 1. Dividing by the indices
 * seasonally adjusts a series; multiplying reseasonalises a forecast.
 */
public final class SeasonalIndices {

    private final double[] indices;

    private SeasonalIndices(double[] indices) {
        this.indices = indices;
    }

    /** @return indices of 1 (no seasonality) */
    public static SeasonalIndices none() {
        return none(SeasonalityTest.PERIOD);
    }

    /** @return {@code m} indices of 1 */
    public static SeasonalIndices none(int m) {
        double[] ones = new double[m];
        java.util.Arrays.fill(ones, 1);
        return new SeasonalIndices(ones);
    }

    /** Estimates the indices of {@code y} (at least two full years, all values positive). */
    public static SeasonalIndices estimate(double[] y) {
        return estimate(y, SeasonalityTest.PERIOD);
    }

    /**
     * Estimates {@code m} indices of {@code y} (at least two full years, all values positive) with the
     * centred 2×m moving average; for an odd {@code m} the plain centred average of m values.
     */
    public static SeasonalIndices estimate(double[] y, int m) {
        int n = y.length;
        if (n < 2 * m) {
            throw new IllegalArgumentException("classical decomposition needs two years, got " + n + " periods");
        }
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = m / 2; t < n - m / 2; t++) {
            double ma = 0;
            for (int j = -m / 2; j <= m / 2; j++) {
                double w = m % 2 == 0 && Math.abs(j) == m / 2 ? 0.5 : 1;
                ma += w * y[t + j];
            }
            ma /= m;
            if (ma > 0) {
                sum[t % m] += y[t] / ma;
                count[t % m]++;
            }
        }
        double[] idx = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            idx[i] = count[i] == 0 ? 1 : sum[i] / count[i];
            total += idx[i];
        }
        for (int i = 0; i < m; i++) {
            idx[i] = idx[i] * m / total;
        }
        return new SeasonalIndices(idx);
    }

    /** @return the number of indices (periods in a year) */
    public int period() {
        return indices.length;
    }

    /** @return the index of time {@code t} (0 = the series' first month; also beyond its end) */
    public double at(int t) {
        return indices[Math.floorMod(t, indices.length)];
    }

    /** @return {@code y} divided by the index of each month */
    public double[] adjust(double[] y) {
        double[] a = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            a[t] = y[t] / at(t);
        }
        return a;
    }
}
