package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.util.List;

import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;

/**
 * Vertical bars per category, series side by side; an interval is drawn as an error bar, a dashed
 * series as outlined bars.
 */
final class BarPlot {

    private BarPlot() {
    }

    static void draw(Svg svg, Chart chart, ChartText text, double top, double width, double height) {
        Categories categories = new Categories(chart.series());
        List<String> names = categories.labels().stream().map(text::label).toList();
        NiceScale y = Extent.ofY(chart.series(), true).scale(chart.y().scale());
        String yTitle = text.axisTitle(chart.y());
        String xTitle = text.axisTitle(chart.x());
        double left = 8 + (yTitle.isEmpty() ? 0 : 16) + Frame.tickWidth(y, chart.y().scale(), text) + 6;
        double right = width - 12;
        double below = Categories.labelsHeight(names, left, right) + (xTitle.isEmpty() ? 4 : 20);
        Frame frame = new Frame(left, top, right, height - below);
        y.onto(frame.bottom, frame.top);

        frame.valueAxis(svg, y, chart.y().scale(), text);
        int n = Math.max(1, categories.size());
        double band = frame.width() / n;
        double group = band * 0.72;
        int seriesCount = Math.max(1, chart.series().size());
        double barWidth = group / seriesCount;
        double zero = y.position(BigDecimal.ZERO);
        for (int s = 0; s < chart.series().size(); s++) {
            ChartSeries series = chart.series().get(s);
            String colour = Palette.colour(s);
            for (ChartPoint p : series.points()) {
                int c = categories.of(p);
                if (c < 0) {
                    continue;
                }
                double x = frame.left + c * band + (band - group) / 2 + s * barWidth;
                double py = y.position(p.y());
                double barTop = Math.min(py, zero);
                double barHeight = Math.abs(zero - py);
                if (series.dashed()) {
                    svg.path("M" + Svg.num(x + 1) + " " + Svg.num(barTop) + " h" + Svg.num(barWidth - 2) + " v"
                            + Svg.num(barHeight) + " h" + Svg.num(-(barWidth - 2)) + " Z", colour, 1.4, true,
                            "#ffffff", 1);
                } else {
                    svg.rect(x + 1, barTop, barWidth - 2, barHeight, colour);
                }
                if (p.low() != null) {
                    double cx = x + barWidth / 2;
                    double lo = y.position(p.low());
                    double hi = y.position(p.high());
                    svg.path("M" + Svg.num(cx) + " " + Svg.num(lo) + " V" + Svg.num(hi) + " M" + Svg.num(cx - 4) + " "
                            + Svg.num(lo) + " h8 M" + Svg.num(cx - 4) + " " + Svg.num(hi) + " h8", Palette.TEXT, 1,
                            false, "none", 1);
                }
            }
        }
        frame.baseline(svg, zero);
        double used = Categories.drawLabels(svg, names, frame.left, frame.right, frame.bottom);
        frame.titles(svg, xTitle, yTitle, frame.bottom + used + 12);
    }
}
