package org.salesaudit.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Appends SVG markup: coordinates written with a dot and at most two decimals whatever the default
 * locale, and every text and attribute escaped for XML.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(8 * 1024);

    /** @return {@code value} as an SVG number: "12.5", never "12,5" or "1.2E3" */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite coordinate: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.toPlainString();
        return "-0".equals(text) ? "0" : text;
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    boolean invalid = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
                    s.append(invalid ? '\uFFFD' : c);
                }
            }
        }
        return s.toString();
    }

    /** Appends raw markup made by this package. */
    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
                .append("\" class=\"").append(cssClass).append("\"").append(stroke(cssClass)).append("/>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String fill) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(Math.max(0, width))).append("\" height=\"")
                .append(num(Math.max(0, height))).append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(r)).append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
        return this;
    }

    /** A path; {@code d} is built with {@link #num(double)} by the caller. */
    Svg path(String d, String stroke, double width, boolean dashed, String fill, double fillOpacity) {
        out.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append('"');
        if (!"none".equals(fill) && fillOpacity < 1) {
            out.append(" fill-opacity=\"").append(num(fillOpacity)).append('"');
        }
        out.append(" stroke=\"").append(stroke).append('"');
        if (!"none".equals(stroke)) {
            out.append(" stroke-width=\"").append(num(width)).append("\" stroke-linejoin=\"round\"");
            if (dashed) {
                out.append(" stroke-dasharray=\"6 4\"");
            }
        }
        out.append("/>");
        return this;
    }

    /**
     * @param anchor start, middle or end
     * @param rotate degrees around (x, y), 0 for none
     */
    Svg text(double x, double y, String text, String anchor, double size, String fill, boolean bold, double rotate) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(num(size))
                .append("\" fill=\"").append(fill).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (rotate != 0) {
            out.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ')
                    .append(num(y)).append(")\"");
        }
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    private static String stroke(String cssClass) {
        return switch (cssClass) {
            case "axis" -> " stroke=\"#4a5a6a\" stroke-width=\"1\"";
            case "grid" -> " stroke=\"#e1e6eb\" stroke-width=\"0.8\"";
            default -> " stroke=\"#b8c2cc\" stroke-width=\"1\"";
        };
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
