package org.salesaudit.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart of a section, drawn by the renderers (SVG in PDF and HTML, a native chart or its data in
 * XLSX); its points are also in results.json under {@code charts.<key>}.
 *
 * @param key         stable key, e.g. {@code audit.funnel.chart}
 * @param titleKey    message key of the title
 * @param altTextKey  message key of the text alternative (PDF/UA), a MessageFormat pattern
 * @param altTextArgs its arguments
 */
public record Chart(String key, String titleKey, ChartKind kind, Axis x, Axis y, List<ChartSeries> series,
        String altTextKey, List<String> altTextArgs) {

    public Chart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        series = List.copyOf(series);
        Objects.requireNonNull(altTextKey, "altTextKey");
        altTextArgs = List.copyOf(altTextArgs);
    }
}
