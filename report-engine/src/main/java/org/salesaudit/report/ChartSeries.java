package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * A named series of points.
 *
 * @param dashed drawn dashed (forecasts, past forecasts in a backtest)
 */
public record ChartSeries(Label name, List<ChartPoint> points, boolean dashed) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
