package org.salesaudit.forecast.timeseries;

/** The corrected Akaike information criterion for Gaussian errors, to choose between fitted models. */
public final class InformationCriterion {

    private InformationCriterion() {
    }

    /**
     * @param sse sum of squared one-step errors
     * @param n   observations
     * @param k   estimated parameters (smoothing parameters and initial states)
     * @return n·ln(SSE/n) + 2(k+1) + 2(k+1)(k+2)/(n−k−2), counting the error variance as a parameter;
     *         +∞ when n is too small for k
     */
    public static double aicc(double sse, int n, int k) {
        int p = k + 1;
        if (n - p - 1 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double s = Math.max(sse, 1e-300);
        return n * Math.log(s / n) + 2.0 * p + 2.0 * p * (p + 1) / (n - p - 1);
    }
}
