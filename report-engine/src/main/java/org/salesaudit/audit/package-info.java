/**
 * The sales audit: one {@link org.salesaudit.audit.Audit} per question, each turning
 * {@link org.salesaudit.model.SalesData} into a report {@link org.salesaudit.report.Section} or a
 * {@link org.salesaudit.report.Skipped} reason. Money is summed exactly and rounded once to the
 * currency's minor unit (HALF_UP); ratios keep six decimals. Sections also contribute
 * {@link org.salesaudit.report.Finding}s, ranked by money at stake into the executive summary. The
 * definitions and methods of every section are documented in docs/audit.md.
 */
package org.salesaudit.audit;
