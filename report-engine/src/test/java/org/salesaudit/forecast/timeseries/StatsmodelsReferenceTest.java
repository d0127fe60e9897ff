package org.salesaudit.forecast.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Simple and damped-trend exponential smoothing (and the first year of Holt–Winters, below) against
 * Python statsmodels 0.15.0
 * ({@code statsmodels.tsa.exponential_smoothing.ets.ETSModel}, additive errors, known initial
 * states, {@code smooth(params)}), on a 24-month series. statsmodels estimates σ² as SSE / n where
 * this package uses SSE / (n − k), so its standard errors are ours × √((n − k) / n); the shape of the
 * standard errors over the horizon (the error weights) must match exactly. The script:
 *
 * <pre>
 * y = pd.Series([112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118,
 *                115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140], dtype=float,
 *               index=pd.period_range("2020-01", periods=24, freq="M"))
 * r = ETSModel(y, error="add", trend=None, initialization_method="known", initial_level=110.0).smooth([0.4])
 * r = ETSModel(y, error="add", trend="add", damped_trend=True, initialization_method="known",
 *              initial_level=110.0, initial_trend=1.0).smooth([0.5, 0.1, 0.9])
 * r.fittedvalues, r.forecast(4), (pi_upper - mean) / norm.ppf(0.975) of
 * r.get_prediction(start=24, end=27).summary_frame(alpha=0.05)
 * </pre>
 */
class StatsmodelsReferenceTest {

    private static final double[] Y = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135,
        125, 149, 170, 170, 158, 133, 114, 140};

    @Test
    void simpleExponentialSmoothingMatchesStatsmodels() {
        SimpleExponentialSmoothing m = SimpleExponentialSmoothing.of(Y, 0.4, 110);
        double[] fitted = java.util.Arrays.copyOf(m.fitted(), 5);
        assertArrayEquals(new double[] {110, 110.8, 113.68, 121.008, 124.2048}, fitted, 1e-9);
        assertEquals(6595.028931038341, m.sse(), 1e-7);
        assertArrayEquals(new double[] {136.65072070196, 136.65072070196, 136.65072070196, 136.65072070196},
                m.forecast(4), 1e-9);
        assertArrayEquals(new double[] {16.576877635025, 17.853843610463, 19.045382411679, 20.166642029534},
                statsmodelsScale(m.standardErrors(4), 2), 1e-9);
    }

    @Test
    void dampedTrendSmoothingMatchesStatsmodels() {
        DampedTrendSmoothing m = DampedTrendSmoothing.of(Y, 0.5, 0.1, 0.9, 110, 1);
        double[] fitted = java.util.Arrays.copyOf(m.fitted(), 5);
        assertArrayEquals(new double[] {110.9, 112.359, 116.50529, 126.8403799, 130.443517169}, fitted, 1e-9);
        assertEquals(7002.897595274261, m.sse(), 1e-7);
        assertArrayEquals(new double[] {132.369141749252, 130.579182122719, 128.96821845884, 127.518351161348},
                m.forecast(4), 1e-9);
        assertArrayEquals(new double[] {17.081785615184, 19.833269868445, 22.907056649629, 26.195508382917},
                statsmodelsScale(m.standardErrors(4), 5), 1e-9);
    }

    /**
     * Holt–Winters, damped trend and multiplicative season with additive errors, ETS(A,Ad,M), on the
     * same values read as 24 quarters (m = 4): α = 0.4, β* = 0.25 (statsmodels' β = αβ* = 0.1), γ = 0.3,
     * φ = 0.9, ℓ₀ = 120, b₀ = 1, s = 0.9, 1.0, 1.1, 1.0. statsmodels 0.15.0
     * ({@code ETSModel(y, error="add", trend="add", damped_trend=True, seasonal="mul",
     * seasonal_periods=4, initialization_method="known", initial_level=120.0, initial_trend=1.0,
     * initial_seasonal=[0.9, 1.0, 1.1, 1.0]).smooth([0.4, 0.1, 0.3, 0.9])}) gives the first year's
     * fitted values below. From the fifth on it differs on purpose: it divides the seasonal correction
     * by the new level ℓₜ, where Hyndman et al. (2008, table 2.3) and R's {@code forecast::ets} divide by
     * ℓₜ₋₁ + φbₜ₋₁ (statsmodels 113.8398912443853 for the fifth). The rest is checked against the
     * book's error-correction form sₜ = sₜ₋ₘ + γεₜ/(ℓₜ₋₁ + φbₜ₋₁), ℓₜ = ℓₜ₋₁ + φbₜ₋₁ + αεₜ/sₜ₋ₘ,
     * bₜ = φbₜ₋₁ + αβ*εₜ/sₜ₋ₘ, computed separately (a 10-line Python loop).
     */
    @Test
    void holtWintersMatchesStatsmodelsInTheFirstYearAndTheBookAfter() {
        HoltWintersSmoothing m = HoltWintersSmoothing.of(Y, 0.4, 0.25, 0.3, 0.9, 120, 1, new double[] {0.9, 1.0, 1.1,
            1.0});
        double[] fitted = m.fitted();
        assertArrayEquals(new double[] {108.81, 123.4467777777778, 133.9733523333334, 121.3882189},
                java.util.Arrays.copyOf(fitted, 4), 1e-9);
        assertArrayEquals(new double[] {113.85139652160947, 128.40344273775221},
                java.util.Arrays.copyOfRange(fitted, 4, 6), 1e-9);
        assertEquals(9286.43996769535, m.sse(), 1e-7);
        assertArrayEquals(new double[] {122.58666783541149, 119.61513260652202, 120.42819804649828,
            126.8447356733032, 112.76592303572649, 110.7850135302824}, m.forecast(6), 1e-9);
    }

    /** @return our standard errors with statsmodels' σ² = SSE / n instead of SSE / (n − k) */
    private static double[] statsmodelsScale(double[] se, int k) {
        double[] out = se.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= Math.sqrt((Y.length - k) / (double) Y.length);
        }
        return out;
    }
}
