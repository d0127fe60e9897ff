package org.salesaudit.forecast.timeseries;

/**
 * Damped-trend exponential smoothing, ETS(A,Ad,N) (Gardner and McKenzie): with ŷₜ = ℓₜ₋₁ + φbₜ₋₁ and
 * eₜ = yₜ − ŷₜ, ℓₜ = ℓₜ₋₁ + φbₜ₋₁ + αeₜ and bₜ = φbₜ₋₁ + βeₜ; the h-step forecast is
 * ℓₙ + (φ + … + φʰ)bₙ. α, β ≤ α, φ ∈ [0.8, 0.98], ℓ₀ and b₀ are fitted by least squares.
 */
public final class DampedTrendSmoothing extends FittedModel {

    static final double PHI_MIN = 0.8;
    static final double PHI_MAX = 0.98;

    private final double alpha;
    private final double beta;
    private final double phi;
    private final double level;
    private final double trend;

    private DampedTrendSmoothing(double[] y, double alpha, double beta, double phi, double level0, double trend0) {
        super(y, run(y, alpha, beta, phi, level0, trend0, null), 5);
        this.alpha = alpha;
        this.beta = beta;
        this.phi = phi;
        double[] state = new double[2];
        run(y, alpha, beta, phi, level0, trend0, state);
        this.level = state[0];
        this.trend = state[1];
    }

    /** Fits the model to {@code y} (at least three values). */
    public static DampedTrendSmoothing fit(double[] y) {
        Bounds b = Bounds.of(y);
        double slope = initialSlope(y);
        double[] start = {UnitBoxOptimizer.unscale(0.3, SimpleExponentialSmoothing.ALPHA_MIN,
                SimpleExponentialSmoothing.ALPHA_MAX), 0.1, 0.5, b.unscaleLevel(y[0] - slope), b.unscaleTrend(slope)};
        double[] u = UnitBoxOptimizer.minimize(p -> {
            double a = alpha(p[0]);
            return sse(y, a, a * p[1], phi(p[2]), b.level(p[3]), b.trend(p[4]));
        }, start);
        double a = alpha(u[0]);
        return new DampedTrendSmoothing(y, a, a * u[1], phi(u[2]), b.level(u[3]), b.trend(u[4]));
    }

    /** A model with given parameters (for tests and reference values). */
    public static DampedTrendSmoothing of(double[] y, double alpha, double beta, double phi, double level0,
            double trend0) {
        return new DampedTrendSmoothing(y, alpha, beta, phi, level0, trend0);
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public double phi() {
        return phi;
    }

    @Override
    public String method() {
        return "damped";
    }

    @Override
    public double[] forecast(int h) {
        return dampedPath(level, trend, phi, h);
    }

    /** @return level + (φ + φ² + … + φ^k) · trend for k = 1 … h: the damped trend's path ahead */
    static double[] dampedPath(double level, double trend, double phi, int h) {
        double[] f = new double[h];
        double damping = 0;
        double power = 1;
        for (int i = 0; i < h; i++) {
            power *= phi;
            damping += power;
            f[i] = level + damping * trend;
        }
        return f;
    }

    @Override
    protected double[] errorWeights(int h) {
        double[] c = new double[h];
        for (int j = 1; j <= h; j++) {
            c[j - 1] = alpha + beta * phi * (1 - Math.pow(phi, j)) / (1 - phi);
        }
        return c;
    }

    private static double alpha(double u) {
        return UnitBoxOptimizer.scale(u, SimpleExponentialSmoothing.ALPHA_MIN, SimpleExponentialSmoothing.ALPHA_MAX);
    }

    private static double phi(double u) {
        return UnitBoxOptimizer.scale(u, PHI_MIN, PHI_MAX);
    }

    /** @return the least-squares slope of the first ten values (or fewer) */
    static double initialSlope(double[] y) {
        int n = Math.min(10, y.length);
        if (n < 2) {
            return 0;
        }
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (int t = 0; t < n; t++) {
            my += y[t];
        }
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - mx) * (y[t] - my);
            sxx += (t - mx) * (t - mx);
        }
        return sxy / sxx;
    }

    private static double[] run(double[] y, double alpha, double beta, double phi, double l0, double b0,
            double[] finalState) {
        double[] fitted = new double[y.length];
        double l = l0;
        double b = b0;
        for (int t = 0; t < y.length; t++) {
            double f = l + phi * b;
            fitted[t] = f;
            double e = y[t] - f;
            l = f + alpha * e;
            b = phi * b + beta * e;
        }
        if (finalState != null) {
            finalState[0] = l;
            finalState[1] = b;
        }
        return fitted;
    }

    private static double sse(double[] y, double alpha, double beta, double phi, double l0, double b0) {
        double l = l0;
        double b = b0;
        double s = 0;
        for (double v : y) {
            double f = l + phi * b;
            double e = v - f;
            s += e * e;
            l = f + alpha * e;
            b = phi * b + beta * e;
        }
        return s;
    }
}
