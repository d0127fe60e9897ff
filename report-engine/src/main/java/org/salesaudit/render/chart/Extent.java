package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.salesaudit.report.AxisScale;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;

/** The smallest and largest value of a chart along one axis, bounds of intervals included. */
record Extent(BigDecimal min, BigDecimal max) {

    static Extent ofY(List<ChartSeries> series, boolean withZero) {
        return of(series, withZero, ChartPoint::y, true);
    }

    static Extent ofX(List<ChartSeries> series) {
        return of(series, false, ChartPoint::x, false);
    }

    private static Extent of(List<ChartSeries> series, boolean withZero, Function<ChartPoint, BigDecimal> value,
            boolean withBounds) {
        BigDecimal min = withZero ? BigDecimal.ZERO : null;
        BigDecimal max = withZero ? BigDecimal.ZERO : null;
        for (ChartSeries s : series) {
            for (ChartPoint p : s.points()) {
                for (BigDecimal v : withBounds && p.low() != null ? List.of(value.apply(p), p.low(), p.high())
                        : value.apply(p) == null ? List.<BigDecimal>of() : List.of(value.apply(p))) {
                    min = min == null ? v : min.min(v);
                    max = max == null ? v : max.max(v);
                }
            }
        }
        return min == null ? new Extent(BigDecimal.ZERO, BigDecimal.ONE) : new Extent(min, max);
    }

    /** @return a scale covering this extent: months for dates, round numbers otherwise */
    NiceScale scale(AxisScale kind) {
        return kind == AxisScale.DATE ? NiceScale.months(min, max) : NiceScale.covering(min, max);
    }

    /** @return this extent widened by {@code fraction} of its span on both sides (room for scatter points) */
    Extent padded(double fraction) {
        BigDecimal pad = max.subtract(min).multiply(BigDecimal.valueOf(fraction));
        return new Extent(min.subtract(pad), max.add(pad));
    }
}
