package org.salesaudit.forecast.timeseries;

/**
 * Simple exponential smoothing, ETS(A,N,N): level ℓₜ = ℓₜ₋₁ + α eₜ with eₜ = yₜ − ℓₜ₋₁; every
 * forecast is the last level. α ∈ [0.0001, 0.9999] and ℓ₀ are fitted by least squares.
 */
public final class SimpleExponentialSmoothing extends FittedModel {

    static final double ALPHA_MIN = 1e-4;
    static final double ALPHA_MAX = 0.9999;

    private final double alpha;
    private final double level;

    private SimpleExponentialSmoothing(double[] y, double alpha, double level0) {
        super(y, run(y, alpha, level0), 2);
        this.alpha = alpha;
        this.level = finalLevel(y, alpha, level0);
    }

    /** Fits α and ℓ₀ to {@code y} (at least two values). */
    public static SimpleExponentialSmoothing fit(double[] y) {
        Bounds b = Bounds.of(y);
        double[] u = UnitBoxOptimizer.minimize(p -> sse(y, alpha(p[0]), b.level(p[1])),
                new double[] {UnitBoxOptimizer.unscale(0.3, ALPHA_MIN, ALPHA_MAX), b.unscaleLevel(y[0])});
        return new SimpleExponentialSmoothing(y, alpha(u[0]), b.level(u[1]));
    }

    /** A model with given parameters (for tests and reference values). */
    public static SimpleExponentialSmoothing of(double[] y, double alpha, double level0) {
        return new SimpleExponentialSmoothing(y, alpha, level0);
    }

    public double alpha() {
        return alpha;
    }

    /** @return the level after the last observation */
    public double level() {
        return level;
    }

    @Override
    public String method() {
        return "ses";
    }

    @Override
    public double[] forecast(int h) {
        double[] f = new double[h];
        java.util.Arrays.fill(f, level);
        return f;
    }

    @Override
    protected double[] errorWeights(int h) {
        double[] c = new double[h];
        java.util.Arrays.fill(c, alpha);
        return c;
    }

    private static double alpha(double u) {
        return UnitBoxOptimizer.scale(u, ALPHA_MIN, ALPHA_MAX);
    }

    private static double[] run(double[] y, double alpha, double level0) {
        double[] fitted = new double[y.length];
        double l = level0;
        for (int t = 0; t < y.length; t++) {
            fitted[t] = l;
            l += alpha * (y[t] - l);
        }
        return fitted;
    }

    private static double finalLevel(double[] y, double alpha, double level0) {
        double l = level0;
        for (double v : y) {
            l += alpha * (v - l);
        }
        return l;
    }

    private static double sse(double[] y, double alpha, double level0) {
        double l = level0;
        double s = 0;
        for (double v : y) {
            double e = v - l;
            s += e * e;
            l += alpha * e;
        }
        return s;
    }
}
