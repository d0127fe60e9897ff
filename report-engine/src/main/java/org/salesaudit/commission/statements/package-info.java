/**
 * One commission statement per rep, as PDF (laid out at fixed positions by {@code statements.pdf})
 * and XLSX, in the rep's language: header, summary, every credited deal with its source, the
 * calculation step by step, clawbacks, adjustments and the year to date.
 */
package org.salesaudit.commission.statements;
