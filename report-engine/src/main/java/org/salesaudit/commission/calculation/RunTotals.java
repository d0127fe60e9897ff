package org.salesaudit.commission.calculation;

import java.math.BigDecimal;

/**
 * The totals of a month's statements, added up one statement at a time.
 *
 * @param variablePay what the draw ledgers paid out on top of base salary
 */
public record RunTotals(int statements, BigDecimal credit, BigDecimal earned, BigDecimal variablePay,
        BigDecimal baseSalary, BigDecimal totalPay) {

    /** @return no statements, amounts zero at {@code scale} */
    public static RunTotals zero(int scale) {
        BigDecimal z = BigDecimal.ZERO.setScale(scale);
        return new RunTotals(0, z, z, z, z, z);
    }

    /** @return the totals of every statement of {@code run} */
    public static RunTotals of(CommissionRun run) {
        RunTotals totals = zero(Math.max(0, run.currency().getDefaultFractionDigits()));
        for (RepMonth m : run.statements()) {
            totals = totals.plus(m);
        }
        return totals;
    }

    /** @return these totals and one more statement */
    public RunTotals plus(RepMonth m) {
        return new RunTotals(statements + 1, credit.add(m.credit()), earned.add(m.earned()),
                variablePay.add(m.ledger().paid()), baseSalary.add(m.baseSalary()), totalPay.add(m.totalPay()));
    }
}
