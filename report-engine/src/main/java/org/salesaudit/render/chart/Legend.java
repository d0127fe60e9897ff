package org.salesaudit.render.chart;

import java.util.List;

import org.salesaudit.report.ChartSeries;

/** The row(s) of series names above the plot, each with its colour (a dashed line for dashed series). */
final class Legend {

    static final double FONT = 10;
    static final double ROW = 16;
    private static final double SWATCH = 16;
    private static final double GAP = 14;

    private Legend() {
    }

    /** Draws the legend from (x, y) within {@code width}; @return its height */
    static double draw(Svg svg, List<ChartSeries> series, ChartText text, double x, double y, double width,
            boolean lines) {
        if (series.isEmpty()) {
            return 0;
        }
        double cx = x;
        double cy = y;
        for (int i = 0; i < series.size(); i++) {
            String name = text.label(series.get(i).name());
            double w = SWATCH + 4 + ChartText.width(name, FONT) + GAP;
            if (cx > x && cx + w > x + width) {
                cx = x;
                cy += ROW;
            }
            String colour = Palette.colour(i);
            if (lines) {
                svg.path("M" + Svg.num(cx) + " " + Svg.num(cy + 6) + " H" + Svg.num(cx + SWATCH), colour, 2.2,
                        series.get(i).dashed(), "none", 1);
            } else if (series.get(i).dashed()) {
                svg.path("M" + Svg.num(cx + 3) + " " + Svg.num(cy + 1) + " h10 v10 h-10 Z", colour, 1.4, true,
                        "#ffffff", 1);
            } else {
                svg.rect(cx + 3, cy + 1, 10, 10, colour);
            }
            svg.text(cx + SWATCH + 4, cy + 10, name, "start", FONT, Palette.TEXT, false, 0);
            cx += w;
        }
        return cy - y + ROW + 4;
    }
}
