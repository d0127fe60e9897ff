package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.salesaudit.report.AxisScale;

/**
 * The plot area of a chart with axes: grid lines and tick labels of the value axis, the axis lines and
 * the axis titles.
 */
final class Frame {

    static final double TICK_FONT = 9;
    static final double TITLE_FONT = 10;

    final double left;
    final double top;
    final double right;
    final double bottom;

    Frame(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }

    /** @return the widest tick label of {@code scale}, to size the left margin */
    static double tickWidth(NiceScale scale, AxisScale kind, ChartText text) {
        double widest = 0;
        for (BigDecimal tick : scale.ticks()) {
            widest = Math.max(widest, ChartText.width(text.tick(kind, tick, scale.fractionDigits()), TICK_FONT));
        }
        return widest;
    }

    /** Horizontal grid lines with tick labels at the left. */
    void valueAxis(Svg svg, NiceScale y, AxisScale kind, ChartText text) {
        for (BigDecimal tick : y.ticks()) {
            double py = y.position(tick);
            svg.line(left, py, right, py, "grid");
            svg.text(left - 5, py + 3, text.tick(kind, tick, y.fractionDigits()), "end", TICK_FONT, Palette.MUTED,
                    false, 0);
        }
        svg.line(left, top, left, bottom, "axis");
    }

    /** Vertical tick marks with labels under the x axis, each label given by {@code tickText}. */
    void numericXAxis(Svg svg, NiceScale x, Function<BigDecimal, String> tickText) {
        List<BigDecimal> ticks = x.ticks();
        for (BigDecimal tick : ticks) {
            double px = x.position(tick);
            svg.line(px, bottom, px, bottom + 4, "axis");
            svg.text(px, bottom + 15, tickText.apply(tick), "middle", TICK_FONT, Palette.MUTED, false, 0);
        }
    }

    void baseline(Svg svg, double y) {
        svg.line(left, y, right, y, "axis");
    }

    /** Axis titles: x centred under the plot, y rotated along the left edge. */
    void titles(Svg svg, String xTitle, String yTitle, double xTitleY) {
        if (!xTitle.isEmpty()) {
            svg.text((left + right) / 2, xTitleY, xTitle, "middle", TITLE_FONT, Palette.TEXT, false, 0);
        }
        if (!yTitle.isEmpty()) {
            double cy = (top + bottom) / 2;
            svg.text(12, cy, yTitle, "middle", TITLE_FONT, Palette.TEXT, false, -90);
        }
    }
}
