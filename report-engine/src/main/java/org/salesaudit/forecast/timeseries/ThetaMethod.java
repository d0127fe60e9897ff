package org.salesaudit.forecast.timeseries;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000) in the form of Hyndman and Billah
 * (2003), as R's {@code forecast::thetaf}: simple exponential smoothing plus a drift of half the
 * least-squares slope of the series, fₕ = ℓₙ + (b/2)·(h − 1 + 1/α − (1 − α)ⁿ/α). Its standard errors
 * are those of the underlying simple exponential smoothing.
 */
public final class ThetaMethod extends FittedModel {

    private final SimpleExponentialSmoothing ses;
    private final double drift;
    private final int n;

    private ThetaMethod(double[] y, SimpleExponentialSmoothing ses) {
        super(y, ses.fitted(), 3);
        this.ses = ses;
        this.drift = slope(y) / 2;
        this.n = y.length;
    }

    /** Fits the method to {@code y} (at least two values). */
    public static ThetaMethod fit(double[] y) {
        return new ThetaMethod(y, SimpleExponentialSmoothing.fit(y));
    }

    /** The method on a given simple exponential smoothing (for tests and reference values). */
    public static ThetaMethod of(double[] y, double alpha, double level0) {
        return new ThetaMethod(y, SimpleExponentialSmoothing.of(y, alpha, level0));
    }

    /** @return half the least-squares slope of the series */
    public double drift() {
        return drift;
    }

    public double alpha() {
        return ses.alpha();
    }

    @Override
    public String method() {
        return "theta";
    }

    @Override
    public double[] forecast(int h) {
        double alpha = ses.alpha();
        double[] f = ses.forecast(h);
        double tail = 1 / alpha - Math.pow(1 - alpha, n) / alpha;
        for (int i = 0; i < h; i++) {
            f[i] += drift * (i + tail);
        }
        return f;
    }

    @Override
    protected double[] errorWeights(int h) {
        return ses.errorWeights(h);
    }

    static double slope(double[] y) {
        int n = y.length;
        double mx = (n + 1) / 2.0;
        double my = 0;
        for (double v : y) {
            my += v;
        }
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t + 1 - mx) * (y[t] - my);
            sxx += (t + 1 - mx) * (t + 1 - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }
}
