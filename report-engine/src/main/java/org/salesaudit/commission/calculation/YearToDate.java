package org.salesaudit.commission.calculation;

import java.math.BigDecimal;

/** Sums from January to the statement's month, inclusive. */
public record YearToDate(BigDecimal credit, BigDecimal target, BigDecimal earned, BigDecimal variablePaid,
        BigDecimal baseSalary, BigDecimal totalPay) {

    YearToDate plus(RepMonth month) {
        return new YearToDate(credit.add(month.credit()), target.add(month.target()), earned.add(month.earned()),
                variablePaid.add(month.ledger().paid()), baseSalary.add(month.baseSalary()),
                totalPay.add(month.totalPay()));
    }

    static YearToDate zero(int scale) {
        BigDecimal z = BigDecimal.ZERO.setScale(scale);
        return new YearToDate(z, z, z, z, z, z);
    }
}
