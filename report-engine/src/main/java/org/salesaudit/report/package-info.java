/**
 * The report model: an immutable description of a report ({@link org.salesaudit.report.ReportModel}
 * with its {@link org.salesaudit.report.Section}s, {@link org.salesaudit.report.Figure}s and
 * {@link org.salesaudit.report.Table}s, or {@link org.salesaudit.report.Skipped} reasons) that every
 * renderer and results.json are made from. Labels are message keys; numbers are typed
 * {@link org.salesaudit.report.Value}s, formatted only by the renderers.
 */
package org.salesaudit.report;
