package org.salesaudit.forecast.timeseries;

/**
 * Holt–Winters exponential smoothing with a damped trend and multiplicative seasonality (additive
 * errors): with ŷₜ = (ℓₜ₋₁ + φbₜ₋₁)·sₜ₋ₘ, ℓₜ = α·yₜ/sₜ₋ₘ + (1 − α)(ℓₜ₋₁ + φbₜ₋₁),
 * bₜ = β*(ℓₜ − ℓₜ₋₁) + (1 − β*)φbₜ₋₁ and sₜ = γ·yₜ/(ℓₜ₋₁ + φbₜ₋₁) + (1 − γ)sₜ₋ₘ. The initial
 * seasonal indices come from the classical decomposition, the initial level and trend from the
 * first year of adjusted data; α, β*, γ ≤ 1 − α and φ ∈ [0.8, 0.98] are fitted by least squares.
 * Needs positive data and at least three years; m is 12 for months, 4 for quarters.
 */
public final class HoltWintersSmoothing extends FittedModel {

    private final double alpha;
    private final double betaStar;
    private final double phi;
    private final double level;
    private final double trend;
    private final double[] season;
    private final int n;

    private HoltWintersSmoothing(double[] y, double[] p, Initial init) {
        super(y, new Run(y, p[0], p[1], p[2], p[3], init).fitted, 4 + 2 + (init.season.length - 1));
        Run run = new Run(y, p[0], p[1], p[2], p[3], init);
        this.alpha = p[0];
        this.betaStar = p[1];
        this.phi = p[3];
        this.level = run.level;
        this.trend = run.trend;
        this.season = run.season;
        this.n = y.length;
    }

    /** Fits the model to a monthly {@code y} (positive, at least 36 values). */
    public static HoltWintersSmoothing fit(double[] y) {
        return fit(y, SeasonalityTest.PERIOD);
    }

    /** Fits the model to {@code y} with {@code m} periods a year (positive, at least three years). */
    public static HoltWintersSmoothing fit(double[] y, int m) {
        Initial init = Initial.of(y, m);
        double[] u = UnitBoxOptimizer.minimize(q -> new Run(y, params(q), init).sse(y),
                new double[] {0.3, 0.1, 0.1, 0.5});
        return new HoltWintersSmoothing(y, params(u), init);
    }

    /**
     * A model with given parameters and initial states (for tests and reference values).
     *
     * @param season0 the initial seasonal indices, the first applying to the first observation
     */
    public static HoltWintersSmoothing of(double[] y, double alpha, double betaStar, double gamma, double phi,
            double level0, double trend0, double[] season0) {
        return new HoltWintersSmoothing(y, new double[] {alpha, betaStar, gamma, phi},
                new Initial(level0, trend0, season0.clone()));
    }

    private static double[] params(double[] u) {
        double a = UnitBoxOptimizer.scale(u[0], SimpleExponentialSmoothing.ALPHA_MIN,
                SimpleExponentialSmoothing.ALPHA_MAX);
        return new double[] {a, u[1], u[2] * (1 - a),
            UnitBoxOptimizer.scale(u[3], DampedTrendSmoothing.PHI_MIN, DampedTrendSmoothing.PHI_MAX)};
    }

    @Override
    public String method() {
        return "holt_winters";
    }

    @Override
    public double[] forecast(int h) {
        double[] f = DampedTrendSmoothing.dampedPath(level, trend, phi, h);
        for (int i = 0; i < h; i++) {
            f[i] *= season[Math.floorMod(n + i, season.length)];
        }
        return f;
    }

    @Override
    protected double[] errorWeights(int h) {
        double beta = alpha * betaStar;
        double[] c = new double[h];
        for (int j = 1; j <= h; j++) {
            c[j - 1] = alpha + beta * phi * (1 - Math.pow(phi, j)) / (1 - phi);
        }
        return c;
    }

    /** Initial level, trend and seasonal indices (by position t mod m in the year). */
    private record Initial(double level, double trend, double[] season) {
        static Initial of(double[] y, int m) {
            SeasonalIndices idx = SeasonalIndices.estimate(y, m);
            double[] season = new double[m];
            for (int i = 0; i < m; i++) {
                season[i] = idx.at(i);
            }
            double[] firstYear = new double[Math.min(m, y.length)];
            for (int t = 0; t < firstYear.length; t++) {
                firstYear[t] = y[t] / season[t];
            }
            double slope = DampedTrendSmoothing.initialSlope(firstYear);
            double mean = 0;
            for (double v : firstYear) {
                mean += v;
            }
            mean /= firstYear.length;
            double level0 = mean - slope * (firstYear.length + 1) / 2.0;
            return new Initial(level0, slope, season);
        }
    }

    /** One pass of the recursions. */
    private static final class Run {
        final double[] fitted;
        double level;
        double trend;
        final double[] season;

        Run(double[] y, double[] p, Initial init) {
            this(y, p[0], p[1], p[2], p[3], init);
        }

        Run(double[] y, double alpha, double betaStar, double gamma, double phi, Initial init) {
            fitted = new double[y.length];
            season = init.season.clone();
            double l = init.level;
            double b = init.trend;
            for (int t = 0; t < y.length; t++) {
                int k = t % season.length;
                double base = l + phi * b;
                double s = season[k];
                fitted[t] = base * s;
                double newLevel = alpha * y[t] / s + (1 - alpha) * base;
                b = betaStar * (newLevel - l) + (1 - betaStar) * phi * b;
                season[k] = base == 0 ? s : gamma * y[t] / base + (1 - gamma) * s;
                l = newLevel;
            }
            level = l;
            trend = b;
        }

        double sse(double[] y) {
            double s = 0;
            for (int t = 0; t < y.length; t++) {
                double e = y[t] - fitted[t];
                s += e * e;
            }
            return s;
        }
    }
}
