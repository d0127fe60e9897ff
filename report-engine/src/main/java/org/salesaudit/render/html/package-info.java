/**
 * The HTML report: {@link org.salesaudit.render.html.HtmlRenderer} writes the XHTML of
 * {@link org.salesaudit.render.template.ReportDocument} as one self-contained UTF-8 web page (inline
 * CSS, no scripts, no external references).
 */
package org.salesaudit.render.html;
