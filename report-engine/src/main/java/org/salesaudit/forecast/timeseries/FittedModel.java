package org.salesaudit.forecast.timeseries;

/**
 * A smoothing model fitted to one series: its in-sample one-step-ahead forecasts, its point
 * forecasts and the standard errors of those forecasts (additive Gaussian errors, the variance
 * formulas of Hyndman et al., <i>Forecasting with Exponential Smoothing</i>, 2008, ch. 6).
 */
public abstract class FittedModel {

    private final double[] y;
    private final double[] fitted;
    private final int parameterCount;

    /**
     * @param y              the series the model was fitted to
     * @param fitted         the one-step-ahead in-sample forecasts
     * @param parameterCount smoothing parameters plus estimated initial states
     */
    protected FittedModel(double[] y, double[] fitted, int parameterCount) {
        this.y = y.clone();
        this.fitted = fitted.clone();
        this.parameterCount = parameterCount;
    }

    /** @return a short name of the method, e.g. {@code ses} */
    public abstract String method();

    /** @return the point forecasts for 1..h steps ahead */
    public abstract double[] forecast(int h);

    /** @return c₁…c_{h−1}, the weights of past errors in the h-step forecast error */
    protected abstract double[] errorWeights(int h);

    /** @return the in-sample one-step-ahead forecasts */
    public double[] fitted() {
        return fitted.clone();
    }

    public int parameterCount() {
        return parameterCount;
    }

    /** @return the sum of squared one-step errors */
    public double sse() {
        double s = 0;
        for (int t = 0; t < y.length; t++) {
            double e = y[t] - fitted[t];
            s += e * e;
        }
        return s;
    }

    /** @return the residual standard deviation, √(SSE / (n − k)), with n − k at least 1 */
    public double sigma() {
        return Math.sqrt(sse() / Math.max(1, y.length - parameterCount));
    }

    /** @return the standard error of the 1..h step forecasts: σ √(1 + Σ_{j<h} c_j²) */
    public double[] standardErrors(int h) {
        double[] c = errorWeights(h);
        double[] se = new double[h];
        double sum = 1;
        double sigma = sigma();
        for (int i = 0; i < h; i++) {
            if (i > 0) {
                sum += c[i - 1] * c[i - 1];
            }
            se[i] = sigma * Math.sqrt(sum);
        }
        return se;
    }

    /** @return the corrected Akaike information criterion of the Gaussian likelihood */
    public double aicc() {
        return InformationCriterion.aicc(sse(), y.length, parameterCount);
    }
}
