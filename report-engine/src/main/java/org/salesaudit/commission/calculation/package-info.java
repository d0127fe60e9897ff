/**
 * The commission calculation: crediting won deals to reps (splits by largest remainder), each plan
 * segment of a month (tiers, thresholds, caps), SPIFs, clawbacks, draws with their carried balance,
 * and the year to date. Pure functions of the data; money is {@link java.math.BigDecimal} at the
 * currency's scale, every step rounded half-up.
 */
package org.salesaudit.commission.calculation;
