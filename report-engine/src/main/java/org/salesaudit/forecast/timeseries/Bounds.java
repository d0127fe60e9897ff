package org.salesaudit.forecast.timeseries;

/** Search ranges of initial states, from the range of the series. */
record Bounds(double min, double max, double slope) {

    static Bounds of(double[] y) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = Math.max(max - min, Math.max(Math.abs(max), 1e-9) * 1e-3);
        return new Bounds(min - 0.1 * range, max + 0.1 * range, 2 * range / Math.max(1, y.length / 2.0));
    }

    double level(double u) {
        return UnitBoxOptimizer.scale(u, min, max);
    }

    double unscaleLevel(double level) {
        return UnitBoxOptimizer.unscale(level, min, max);
    }

    double trend(double u) {
        return UnitBoxOptimizer.scale(u, -slope, slope);
    }

    double unscaleTrend(double trend) {
        return UnitBoxOptimizer.unscale(trend, -slope, slope);
    }
}
