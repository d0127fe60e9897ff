package org.salesaudit.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesaudit.report.ChartPoint;
import org.salesaudit.report.ChartSeries;
import org.salesaudit.report.Label;

/** The categories of a categorical chart: every point label of every series, in order of first appearance. */
final class Categories {

    /** Category labels wider than this are cut with an ellipsis. */
    static final double MAX_LABEL_WIDTH = 140;

    private final Map<Label, Integer> index = new LinkedHashMap<>();

    Categories(List<ChartSeries> series) {
        for (ChartSeries s : series) {
            for (ChartPoint p : s.points()) {
                if (p.label() != null) {
                    index.putIfAbsent(p.label(), index.size());
                }
            }
        }
    }

    int size() {
        return index.size();
    }

    /** @return the category of a point, or -1 when it has no label */
    int of(ChartPoint point) {
        return point.label() == null ? -1 : index.get(point.label());
    }

    List<Label> labels() {
        return new ArrayList<>(index.keySet());
    }

    /** @return the centre of category {@code i} in a band from {@code left} to {@code right} */
    static double centre(int i, int count, double left, double right) {
        return left + (i + 0.5) * (right - left) / Math.max(1, count);
    }

    /** Draws the category labels under the plot, rotated when they do not fit; @return the height used */
    static double drawLabels(Svg svg, List<String> labels, double left, double right, double y) {
        List<String> names = labels.stream().map(n -> shorten(n, MAX_LABEL_WIDTH)).toList();
        double band = (right - left) / Math.max(1, names.size());
        double widest = 0;
        for (String name : names) {
            widest = Math.max(widest, ChartText.width(name, Frame.TICK_FONT));
        }
        boolean rotate = widest > band - 4;
        for (int i = 0; i < names.size(); i++) {
            double x = centre(i, names.size(), left, right);
            if (rotate) {
                svg.text(x + 3, y + 10, names.get(i), "end", Frame.TICK_FONT, Palette.MUTED, false, -35);
            } else {
                svg.text(x, y + 13, names.get(i), "middle", Frame.TICK_FONT, Palette.MUTED, false, 0);
            }
        }
        return rotate ? Math.min(widest, MAX_LABEL_WIDTH) * 0.6 + 14 : 18;
    }

    /** @return the height {@link #drawLabels} will need */
    static double labelsHeight(List<String> labels, double left, double right) {
        List<String> names = labels.stream().map(n -> shorten(n, MAX_LABEL_WIDTH)).toList();
        double band = (right - left) / Math.max(1, names.size());
        double widest = 0;
        for (String name : names) {
            widest = Math.max(widest, ChartText.width(name, Frame.TICK_FONT));
        }
        return widest > band - 4 ? Math.min(widest, MAX_LABEL_WIDTH) * 0.6 + 14 : 18;
    }

    /** @return {@code text} cut with an ellipsis to at most {@code width} at the tick font size */
    static String shorten(String text, double width) {
        if (ChartText.width(text, Frame.TICK_FONT) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && ChartText.width(cut + "\u2026", Frame.TICK_FONT) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(0, cut.codePointCount(0, cut.length()) - 1));
        }
        return cut + "\u2026";
    }
}
