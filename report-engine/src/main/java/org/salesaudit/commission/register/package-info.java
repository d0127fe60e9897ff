/**
 * The payout register for finance (one row per rep with live formulas and their cached values,
 * subtotals per team, every credited line) and the manifest of a run (SHA-256 of every input and
 * output).
 */
package org.salesaudit.commission.register;
