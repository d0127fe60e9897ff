package org.salesaudit.benchmarks.m3;

import org.salesaudit.forecast.timeseries.SeasonalIndices;
import org.salesaudit.forecast.timeseries.SeasonalityTest;

/**
 * The M3/M4 reference forecast: the last seasonally adjusted value repeated and reseasonalised
 * (when the series is seasonal), else the last value. Used as the OWA reference on the holdout.
 */
final class Naive2 {

    private Naive2() {
    }

    static double[] forecast(double[] y, int h) {
        boolean seasonal = SeasonalityTest.isSeasonal(y);
        SeasonalIndices idx = seasonal ? SeasonalIndices.estimate(y) : SeasonalIndices.none();
        double last = y[y.length - 1] / idx.at(y.length - 1);
        double[] f = new double[h];
        for (int i = 0; i < h; i++) {
            f[i] = last * idx.at(y.length + i);
        }
        return f;
    }
}
