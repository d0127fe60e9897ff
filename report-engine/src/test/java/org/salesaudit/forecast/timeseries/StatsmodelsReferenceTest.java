package org.salesaudit.forecast.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Simple and damped-trend exponential smoothing against Python statsmodels 0.15.0
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

    /** @return our standard errors with statsmodels' σ² = SSE / n instead of SSE / (n − k) */
    private static double[] statsmodelsScale(double[] se, int k) {
        double[] out = se.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= Math.sqrt((Y.length - k) / (double) Y.length);
        }
        return out;
    }
}
