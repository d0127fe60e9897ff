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

    /**
     * Optimised Theta (Fiorucci et al. 2016) with y = 10, 20, 30, α = 0.5, ℓ₀ = 10, θ = 2 (weight
     * 1 − 1/θ = 0.5). Levels ℓ = 10, 15, 22.5. The least-squares line of all three values is
     * A = 0, B = 10. Static (OTM): μ₁ = 10 + 0.5·(1·0 + (1 − 0.5)/0.5·10) = 15,
     * μ₂ = 10 + 0.5·(0.5·0 + (1 − 0.25)/0.5·10) = 17.5, μ₃ = 15 + 0.5·(0.25·0 + 1.75·10) = 23.75.
     * Dynamic (DOTM) starts from A₀ = y₁ = 10, B₀ = 0: μ₁ = 10 + 0.5·10 = 15; the line through one point
     * stays A₁ = 10, B₁ = 0: μ₂ = 10 + 0.5·0.5·10 = 12.5; through two points A₂ = 0, B₂ = 10:
     * μ₃ = 23.75. Both forecast ℓ₃ + 0.5·(0.125·0 + (h − 1 + (1 − 0.5⁴)/0.5)·10) = 22.5 + 5·(h + 0.875):
     * 31.875, 36.875. With θ = 1 the forecast is simple smoothing's last level, 22.5.
     */
    @Test
    void optimisedTheta() {
        double[] y = {10, 20, 30};
        OptimisedTheta otm = OptimisedTheta.of(y, 0.5, 10, 2, false);
        assertArrayEquals(new double[] {15, 17.5, 23.75}, otm.fitted(), EPS);
        assertArrayEquals(new double[] {31.875, 36.875}, otm.forecast(2), EPS);
        OptimisedTheta dotm = OptimisedTheta.of(y, 0.5, 10, 2, true);
        assertArrayEquals(new double[] {15, 12.5, 23.75}, dotm.fitted(), EPS);
        assertArrayEquals(new double[] {31.875, 36.875}, dotm.forecast(2), EPS);
        assertArrayEquals(new double[] {22.5, 22.5}, OptimisedTheta.of(y, 0.5, 10, 1, true).forecast(2), EPS);
        // on an exact linear series the fit extrapolates more of the trend than classical Theta (θ > 2),
        // close to the line's next value 11 (θ is bounded by 10, so at most 10.9 with α = 1)
        OptimisedTheta fitted = OptimisedTheta.fit(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, true);
        org.junit.jupiter.api.Assertions.assertTrue(fitted.theta() > 2, "θ = " + fitted.theta());
        assertEquals(11, fitted.forecast(1)[0], 0.3);
    }
}
