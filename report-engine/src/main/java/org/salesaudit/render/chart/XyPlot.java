package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.salesaudit.report.AxisScale;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;
import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;

/**
 * Lines (LINE), step lines (STEP) and labelled points (SCATTER) over a numeric x axis, or over
 * categories when the points have labels but no x. Intervals are shaded bands under the lines.
 */
final class XyPlot {

    /** Lines with at most this many points get a marker on each. */
    static final int MAX_MARKED_POINTS = 24;
    /** Share of the data's span added around scatter points so that none sits on the frame. */
    static final double SCATTER_PADDING = 0.06;

    private final Chart chart;
    private final ChartText text;
    private final boolean categorical;
    private final Categories categories;
    private NiceScale x;
    private NiceScale y;
    private Frame frame;

    private XyPlot(Chart chart, ChartText text) {
        this.chart = chart;
        this.text = text;
        this.categorical = chart.series().stream().flatMap(s -> s.points().stream()).anyMatch(p -> p.x() == null);
        this.categories = new Categories(chart.series());
    }

    static void draw(Svg svg, Chart chart, ChartText text, double top, double width, double height) {
        new XyPlot(chart, text).drawInto(svg, top, width, height);
    }

    private void drawInto(Svg svg, double top, double width, double height) {
        boolean scatter = chart.kind() == ChartKind.SCATTER;
        Extent extent = Extent.ofY(chart.series(), false);
        if (scatter) {
            extent = extent.padded(SCATTER_PADDING);
        } else if (extent.min().signum() >= 0) {
            extent = Extent.ofY(chart.series(), true);
        }
        y = extent.scale(chart.y().scale());
        String yTitle = text.axisTitle(chart.y());
        String xTitle = text.axisTitle(chart.x());
        double left = 8 + (yTitle.isEmpty() ? 0 : 16) + Frame.tickWidth(y, chart.y().scale(), text) + 6;
        if (!categorical) {
            Extent xs = Extent.ofX(chart.series());
            x = (scatter ? xs.padded(SCATTER_PADDING) : xs).scale(chart.x().scale());
        }
        double right = width - Math.max(16, lastTickHalfWidth() + 6);
        List<String> names = categories.labels().stream().map(text::label).toList();
        double labels = categorical ? Categories.labelsHeight(names, left, right) : 18;
        frame = new Frame(left, top, right, height - labels - (xTitle.isEmpty() ? 4 : 20));
        y.onto(frame.bottom, frame.top);
        if (!categorical) {
            x.onto(frame.left, frame.right);
        }

        frame.valueAxis(svg, y, chart.y().scale(), text);
        frame.baseline(svg, frame.bottom);
        double used = categorical ? Categories.drawLabels(svg, names, frame.left, frame.right, frame.bottom) : 18;
        if (!categorical) {
            frame.numericXAxis(svg, x, this::xTickText);
        }
        for (int s = 0; s < chart.series().size(); s++) {
            band(svg, chart.series().get(s), Palette.colour(s));
        }
        for (int s = 0; s < chart.series().size(); s++) {
            ChartSeries series = chart.series().get(s);
            if (chart.kind() == ChartKind.SCATTER) {
                points(svg, series, Palette.colour(s));
            } else {
                line(svg, series, Palette.colour(s));
            }
        }
        frame.titles(svg, xTitle, yTitle, frame.bottom + used + 12);
    }

    /** @return half the width of the last x tick label, which is centred on the plot's right edge */
    private double lastTickHalfWidth() {
        if (categorical || x.ticks().isEmpty()) {
            return 0;
        }
        BigDecimal last = x.ticks().get(x.ticks().size() - 1);
        return ChartText.width(xTickText(last), Frame.TICK_FONT) / 2;
    }

    /**
     * @return the text under an x tick: on a category axis whose points sit at positions 0, 1, 2, … with a
     *         label each (months, quarters), the label of the point at the tick, or nothing between them;
     *         otherwise the number formatted for the axis scale
     */
    private String xTickText(BigDecimal tick) {
        if (chart.x().scale() == AxisScale.CATEGORY) {
            for (ChartSeries series : chart.series()) {
                for (ChartPoint p : series.points()) {
                    if (p.label() != null && p.x() != null && p.x().compareTo(tick) == 0) {
                        return text.label(p.label());
                    }
                }
            }
            return "";
        }
        return text.tick(chart.x().scale(), tick, x.fractionDigits());
    }

    private double px(ChartPoint p) {
        return categorical ? Categories.centre(Math.max(0, categories.of(p)), categories.size(), frame.left,
                frame.right) : x.position(p.x());
    }

    private boolean step() {
        return chart.kind() == ChartKind.STEP;
    }

    private void band(Svg svg, ChartSeries series, String colour) {
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (ChartPoint p : series.points()) {
            if (p.low() != null) {
                upper.add(new double[] {px(p), y.position(p.high())});
                lower.add(0, new double[] {px(p), y.position(p.low())});
            }
        }
        if (upper.size() < 2) {
            return;
        }
        StringBuilder d = new StringBuilder();
        appendPath(d, upper, true, false);
        List<double[]> back = lower;
        appendPath(d, back, false, true);
        d.append(" Z");
        svg.path(d.toString(), "none", 0, false, colour, 0.18);
    }

    private void line(Svg svg, ChartSeries series, String colour) {
        List<double[]> points = new ArrayList<>();
        for (ChartPoint p : series.points()) {
            points.add(new double[] {px(p), y.position(p.y())});
        }
        if (points.isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder();
        appendPath(d, points, true, false);
        svg.path(d.toString(), colour, 2, series.dashed(), "none", 1);
        if (points.size() <= MAX_MARKED_POINTS && !step()) {
            for (double[] p : points) {
                svg.circle(p[0], p[1], 2.6, colour);
            }
        }
    }

    /**
     * @param reversed the points run from right to left (the lower edge of a band): a step then turns
     *                 vertically first, so it mirrors the upper edge
     */
    private void appendPath(StringBuilder d, List<double[]> points, boolean move, boolean reversed) {
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            if (i == 0) {
                d.append(move ? "M" : " L").append(Svg.num(p[0])).append(' ').append(Svg.num(p[1]));
            } else if (step() && !reversed) {
                d.append(" H").append(Svg.num(p[0])).append(" V").append(Svg.num(p[1]));
            } else if (step()) {
                d.append(" V").append(Svg.num(p[1])).append(" H").append(Svg.num(p[0]));
            } else {
                d.append(" L").append(Svg.num(p[0])).append(' ').append(Svg.num(p[1]));
            }
        }
    }

    private void points(Svg svg, ChartSeries series, String colour) {
        for (ChartPoint p : series.points()) {
            double cx = px(p);
            double cy = y.position(p.y());
            svg.circle(cx, cy, 4, colour);
            if (p.label() != null) {
                boolean rightHalf = cx > (frame.left + frame.right) / 2;
                svg.text(rightHalf ? cx - 6 : cx + 6, cy - 6, text.label(p.label()), rightHalf ? "end" : "start",
                        8.5, Palette.TEXT, false, 0);
            }
        }
    }
}
