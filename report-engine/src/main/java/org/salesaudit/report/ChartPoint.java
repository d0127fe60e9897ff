package org.salesaudit.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One point of a chart series.
 *
 * @param label the category (for BAR and FUNNEL, a period or stage) or the point's label (SCATTER);
 *              may be {@code null} for LINE and STEP
 * @param x     the x value (null for categorical charts)
 * @param y     the y value
 * @param low   the lower bound of an interval, or null
 * @param high  the upper bound of an interval, or null
 */
public record ChartPoint(Label label, BigDecimal x, BigDecimal y, BigDecimal low, BigDecimal high) {

    public ChartPoint {
        Objects.requireNonNull(y, "y");
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("an interval needs both bounds");
        }
    }

    public static ChartPoint category(Label label, BigDecimal y) {
        return new ChartPoint(Objects.requireNonNull(label), null, y, null, null);
    }

    public static ChartPoint xy(BigDecimal x, BigDecimal y) {
        return new ChartPoint(null, Objects.requireNonNull(x), y, null, null);
    }
}
