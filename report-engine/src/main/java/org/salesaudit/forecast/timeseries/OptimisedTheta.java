package org.salesaudit.forecast.timeseries;

/**
 * The optimised Theta models of Fiorucci, Pellegrini, Louzada, Petropoulos and Koehler (2016),
 * <i>Models for optimising the theta method and their relationship to state space models</i>,
 * International Journal of Forecasting 32(4), 1151–1161, in their state-space form:
 * <pre>
 * yₜ = μₜ + εₜ
 * μₜ = ℓₜ₋₁ + (1 − 1/θ)·((1 − α)^(t−1)·Aₜ₋₁ + ((1 − (1 − α)^t)/α)·Bₜ₋₁)
 * ℓₜ = α·yₜ + (1 − α)·ℓₜ₋₁
 * </pre>
 * where Aₜ and Bₜ are the intercept and slope of the least-squares line through y₁…yₜ. The
 * <b>dynamic</b> model (DOTM) updates them with every observation; the static one (OTM) uses Aₙ, Bₙ
 * throughout; before the first observation the dynamic line is A₀ = y₁, B₀ = 0. α, ℓ₀ and θ ≥ 1 are fitted by least squares of the one-step errors; θ = 2 with a static
 * line is the classical Theta method, θ = 1 simple exponential smoothing. The h-step forecast is
 * ℓₙ + (1 − 1/θ)·((1 − α)ⁿ·Aₙ + ((h − 1) + (1 − (1 − α)^(n+1))/α)·Bₙ); its standard errors are those of
 * simple exponential smoothing with the same α.
 */
public final class OptimisedTheta extends FittedModel {

    /** θ is searched in [1, {@value #THETA_MAX}]. */
    static final double THETA_MAX = 10;

    private final double alpha;
    private final double theta;
    private final double level;
    private final double intercept;
    private final double slope;
    private final int n;
    private final boolean dynamic;

    private OptimisedTheta(double[] y, double alpha, double level0, double theta, boolean dynamic) {
        super(y, run(y, alpha, level0, theta, dynamic), 3);
        this.alpha = alpha;
        this.theta = theta;
        this.dynamic = dynamic;
        this.n = y.length;
        double l = level0;
        for (double v : y) {
            l = alpha * v + (1 - alpha) * l;
        }
        this.level = l;
        double[] line = line(y, y.length);
        this.intercept = line[0];
        this.slope = line[1];
    }

    /** Fits α, ℓ₀ and θ to {@code y} (at least two values); {@code dynamic} for DOTM, else OTM. */
    public static OptimisedTheta fit(double[] y, boolean dynamic) {
        Bounds b = Bounds.of(y);
        double[] start = {UnitBoxOptimizer.unscale(0.3, SimpleExponentialSmoothing.ALPHA_MIN,
                SimpleExponentialSmoothing.ALPHA_MAX), b.unscaleLevel(y[0]), UnitBoxOptimizer.unscale(2, 1, THETA_MAX)};
        double[] u = UnitBoxOptimizer.minimize(p -> sse(y, alpha(p[0]), b.level(p[1]),
                UnitBoxOptimizer.scale(p[2], 1, THETA_MAX), dynamic), start);
        return new OptimisedTheta(y, alpha(u[0]), b.level(u[1]), UnitBoxOptimizer.scale(u[2], 1, THETA_MAX), dynamic);
    }

    /** A model with given parameters (for tests and reference values). */
    public static OptimisedTheta of(double[] y, double alpha, double level0, double theta, boolean dynamic) {
        return new OptimisedTheta(y, alpha, level0, theta, dynamic);
    }

    public double alpha() {
        return alpha;
    }

    public double theta() {
        return theta;
    }

    @Override
    public String method() {
        return dynamic ? "dotm" : "otm";
    }

    @Override
    public double[] forecast(int h) {
        double w = 1 - 1 / theta;
        double[] f = new double[h];
        double decay = Math.pow(1 - alpha, n);
        double tail = (1 - Math.pow(1 - alpha, n + 1)) / alpha;
        for (int i = 0; i < h; i++) {
            f[i] = level + w * (decay * intercept + (i + tail) * slope);
        }
        return f;
    }

    @Override
    protected double[] errorWeights(int h) {
        double[] c = new double[h];
        java.util.Arrays.fill(c, alpha);
        return c;
    }

    private static double alpha(double u) {
        return UnitBoxOptimizer.scale(u, SimpleExponentialSmoothing.ALPHA_MIN, SimpleExponentialSmoothing.ALPHA_MAX);
    }

    /** @return the one-step forecasts μ₁…μₙ */
    private static double[] run(double[] y, double alpha, double level0, double theta, boolean dynamic) {
        double[] mu = new double[y.length];
        iterate(y, alpha, level0, theta, dynamic, mu);
        return mu;
    }

    private static double sse(double[] y, double alpha, double level0, double theta, boolean dynamic) {
        return iterate(y, alpha, level0, theta, dynamic, null);
    }

    private static double iterate(double[] y, double alpha, double level0, double theta, boolean dynamic,
            double[] mu) {
        double w = 1 - 1 / theta;
        double[] fixed = dynamic ? null : line(y, y.length);
        double a = dynamic ? y[0] : fixed[0];
        double b = dynamic ? 0 : fixed[1];
        double l = level0;
        double decay = 1;
        double sse = 0;
        // running sums of t and y for the dynamic least-squares line
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        for (int t = 1; t <= y.length; t++) {
            double m = l + w * (decay * a + (1 - decay * (1 - alpha)) / alpha * b);
            if (mu != null) {
                mu[t - 1] = m;
            }
            double e = y[t - 1] - m;
            sse += e * e;
            l = alpha * y[t - 1] + (1 - alpha) * l;
            decay *= 1 - alpha;
            if (dynamic) {
                st += t;
                sy += y[t - 1];
                stt += (double) t * t;
                sty += t * y[t - 1];
                double den = t * stt - st * st;
                b = den == 0 ? 0 : (t * sty - st * sy) / den;
                a = sy / t - b * st / t;
            }
        }
        return sse;
    }

    /** @return {intercept, slope} of the least-squares line through (1, y₁) … (k, yₖ) */
    static double[] line(double[] y, int k) {
        double mx = (k + 1) / 2.0;
        double my = 0;
        for (int t = 0; t < k; t++) {
            my += y[t];
        }
        my /= k;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < k; t++) {
            sxy += (t + 1 - mx) * (y[t] - my);
            sxx += (t + 1 - mx) * (t + 1 - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }
}
