/**
 * The report as one XHTML document, shared by the PDF and the HTML renderer:
 * {@link org.salesaudit.render.template.ReportDocument} turns a
 * {@link org.salesaudit.report.ReportModel} and a locale into XHTML with the FreeMarker template
 * {@code report.ftlh} and the stylesheet {@code report.css} of the templates module.
 *
 * <p>All text reaching the template is already localized and formatted in Java (labels from
 * {@link org.salesaudit.render.Messages}, values from {@link org.salesaudit.render.ValueFormatter});
 * the template only arranges plain strings, and its XHTML output format escapes every one of them.
 * FreeMarker is locked down: no class instantiation ({@code ?new}), no {@code ?api}, exceptions
 * rethrown with the template's file, line and column, templates loaded only from the templates jar or
 * a user's template folder ({@link org.salesaudit.render.template.ReportDocument#fromFolder}), and a
 * template stopped when it runs too long or writes too much. Charts come into the document as SVG
 * drawn by {@link org.salesaudit.render.chart.ChartSvg}.
 */
package org.salesaudit.render.template;
