package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;

/**
 * One centred horizontal bar per funnel step (the points of the first series), its width in
 * proportion to the step's value; the step's name at the left, its value and its share of the first
 * step at the right. A dashed first series is drawn outlined.
 */
final class FunnelPlot {

    static final double FONT = 10;
    static final double MAX_ROW = 34;

    private FunnelPlot() {
    }

    static void draw(Svg svg, Chart chart, ChartText text, double top, double width, double height) {
        if (chart.series().isEmpty() || chart.series().get(0).points().isEmpty()) {
            return;
        }
        ChartSeries series = chart.series().get(0);
        List<ChartPoint> steps = series.points();
        BigDecimal first = steps.get(0).y();
        BigDecimal max = steps.stream().map(ChartPoint::y).reduce(BigDecimal.ZERO, BigDecimal::max);
        double labelWidth = 0;
        double valueWidth = 0;
        for (ChartPoint p : steps) {
            labelWidth = Math.max(labelWidth, ChartText.width(stepName(p, text), FONT));
            valueWidth = Math.max(valueWidth, ChartText.width(valueText(chart, p, first, text), FONT));
        }
        labelWidth = Math.min(labelWidth, width * 0.3);
        double left = 8 + labelWidth + 10;
        double right = width - 8 - valueWidth - 10;
        double row = Math.min(MAX_ROW, (height - top - 6) / steps.size());
        double centre = (left + right) / 2;
        String colour = Palette.colour(0);
        for (int i = 0; i < steps.size(); i++) {
            ChartPoint p = steps.get(i);
            double share = max.signum() <= 0 ? 0 : Math.max(0, p.y().doubleValue() / max.doubleValue());
            double w = Math.max(1, share * (right - left));
            double y = top + i * row;
            double barHeight = row * 0.72;
            if (series.dashed()) {
                svg.path("M" + Svg.num(centre - w / 2) + " " + Svg.num(y) + " h" + Svg.num(w) + " v"
                        + Svg.num(barHeight) + " h" + Svg.num(-w) + " Z", colour, 1.4, true, "#ffffff", 1);
            } else {
                svg.rect(centre - w / 2, y, w, barHeight, colour);
            }
            double baseline = y + barHeight / 2 + FONT * 0.35;
            svg.text(8 + labelWidth, baseline, Categories.shorten(stepName(p, text), labelWidth * Frame.TICK_FONT / FONT),
                    "end", FONT, Palette.TEXT, false, 0);
            svg.text(width - 8, baseline, valueText(chart, p, first, text), "end", FONT, Palette.TEXT, true, 0);
        }
    }

    private static String stepName(ChartPoint p, ChartText text) {
        return p.label() == null ? "" : text.label(p.label());
    }

    /** @return e.g. "1,200 (25.0%)": the value, and its share of the first step */
    private static String valueText(Chart chart, ChartPoint p, BigDecimal first, ChartText text) {
        AxisScale scale = chart.y().scale() == AxisScale.CATEGORY ? chart.x().scale() : chart.y().scale();
        String value = text.value(scale, p.y());
        if (first.signum() <= 0) {
            return value;
        }
        return value + " (" + text.ratio(p.y().divide(first, MathContext.DECIMAL64)) + ")";
    }
}
