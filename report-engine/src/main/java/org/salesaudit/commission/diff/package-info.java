/**
 * Reruns: reading the payout register of a previous run, comparing its lines with the same month
 * recalculated from the current data, and explaining every changed amount (a late-closed deal, a
 * changed amount, a clawback, a plan version).
 */
package org.salesaudit.commission.diff;
