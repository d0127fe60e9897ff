/**
 * Commission statements: plans read as data ({@code plans}), the calculation of each rep's period
 * ({@code calculation}), the statements per rep ({@code statements}), the payout register and the
 * manifest ({@code register}) and the comparison with a previous run ({@code diff}).
 */
package org.salesaudit.commission;
