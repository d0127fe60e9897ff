package org.salesaudit.render.chart;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import org.salesaudit.render.Messages;
import org.salesaudit.render.ValueFormatter;
import org.salesaudit.report.Chart;
import org.salesaudit.report.ChartKind;

/**
 * Draws a {@link Chart} as an inline SVG element for the PDF and HTML reports: axes with tick labels
 * formatted like the report's values, a legend, shaded bands for intervals, dashed series, labelled
 * scatter points, funnel steps with their share of the first step. No scripts, no external
 * references, one font family per chart (the one of the report's language). The chart's title is not
 * part of the SVG: the document shows it as text above.
 *
 * <p>The SVG carries its text alternative (from the chart's alt-text key) as {@code alt} (used for
 * the PDF's tagged figure), {@code aria-label} and {@code <title>} (read by browsers). Coordinates are
 * written with a dot whatever the locale. Values of {@link org.salesaudit.report.AxisScale#DATE} axes
 * are day numbers ({@link java.time.LocalDate#toEpochDay()}).
 *
 * <p>Immutable and thread-safe; the same chart gives the same string.
 */
public final class ChartSvg {

    /** The drawing's size in CSS pixels; the stylesheet may scale it down. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;

    private final ChartText text;
    private final Messages messages;
    private final String fontFamily;

    /**
     * @param messages the report's words
     * @param values   the report's number formats
     * @param currency the currency of money axes
     */
    public ChartSvg(Messages messages, ValueFormatter values, Currency currency) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.text = new ChartText(messages, Objects.requireNonNull(values, "values"),
                Objects.requireNonNull(currency, "currency"));
        this.fontFamily = fontFamily(messages.locale());
    }

    /** The bundled font that covers the language: charts use a single font. */
    static String fontFamily(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ko" -> "NanumGothic";
            case "ar" -> "Noto Naskh Arabic";
            default -> "Noto Sans";
        };
    }

    /** @return the drawing's height: {@value #HEIGHT}, or less for a funnel of few steps */
    static int height(Chart chart) {
        if (chart.kind() != ChartKind.FUNNEL) {
            return HEIGHT;
        }
        int steps = chart.series().isEmpty() ? 0 : chart.series().get(0).points().size();
        return (int) Math.min(HEIGHT, 24 + steps * FunnelPlot.MAX_ROW);
    }

    /** @return the chart's title in the report's language */
    public String title(Chart chart) {
        return messages.get(chart.titleKey());
    }

    /** @return the chart's text alternative, its alt-text pattern filled with its arguments */
    public String altText(Chart chart) {
        return messages.format(chart.altTextKey(), chart.altTextArgs());
    }

    /** @return an {@code <svg>} element in the SVG namespace, ready to be inlined into XHTML */
    public String svg(Chart chart) {
        Objects.requireNonNull(chart, "chart");
        String alt = Svg.escape(altText(chart));
        int height = height(chart);
        Svg svg = new Svg();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" data-kind=\""
                + chart.kind().name().toLowerCase(Locale.ROOT) + "\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" font-family=\"" + fontFamily + "\" role=\"img\""
                + " aria-label=\"" + alt + "\" alt=\"" + alt + "\">");
        svg.raw("<title>" + alt + "</title>");
        svg.rect(0, 0, WIDTH, height, "#ffffff");
        double top = 8;
        if (chart.kind() != ChartKind.FUNNEL) {
            top += Legend.draw(svg, chart.series(), text, 8, 8, WIDTH - 16, chart.kind() != ChartKind.BAR
                    && chart.kind() != ChartKind.SCATTER) + 6;
        }
        switch (chart.kind()) {
            case BAR -> BarPlot.draw(svg, chart, text, top, WIDTH, HEIGHT);
            case FUNNEL -> FunnelPlot.draw(svg, chart, text, top + 4, WIDTH, height);
            case LINE, STEP, SCATTER -> XyPlot.draw(svg, chart, text, top, WIDTH, HEIGHT);
            default -> throw new IllegalArgumentException("unknown chart kind " + chart.kind());
        }
        svg.raw("</svg>");
        return svg.toString();
    }
}
