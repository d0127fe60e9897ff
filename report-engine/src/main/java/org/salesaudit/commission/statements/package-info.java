/**
 * One commission statement per rep, as PDF (from the {@code statement.ftlh} template) and XLSX, in
 * the rep's language: header, summary, every credited deal with its source, the calculation step by
 * step, clawbacks, adjustments and the year to date.
 */
package org.salesaudit.commission.statements;
