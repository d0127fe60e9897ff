/**
 * Charts as SVG: {@link org.salesaudit.render.chart.ChartSvg} draws a
 * {@link org.salesaudit.report.Chart} of any {@link org.salesaudit.report.ChartKind} as an inline
 * {@code <svg>} element that the PDF (Batik through openhtmltopdf) and HTML reports embed. Tick labels
 * are formatted for the report's locale by {@link org.salesaudit.render.ValueFormatter}; coordinates
 * are always written with a dot.
 */
package org.salesaudit.render.chart;
