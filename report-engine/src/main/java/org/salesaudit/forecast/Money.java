package org.salesaudit.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.salesaudit.report.Value;

/**
 * Rounding rules of the forecast: money is rounded once, when shown, to the currency's minor unit
 * (HALF_UP); ratios keep six decimals (HALF_UP); values computed in {@code double} (time series,
 * simulation) become money through {@link BigDecimal#valueOf(double)}.
 */
final class Money {

    static final int RATIO_SCALE = 6;

    private Money() {
    }

    static Value of(BigDecimal amount, Currency currency) {
        return new Value.Money(round(amount, currency), currency);
    }

    static Value of(double amount, Currency currency) {
        return of(BigDecimal.valueOf(amount), currency);
    }

    static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
    }

    static Value ratio(BigDecimal fraction) {
        return new Value.Ratio(fraction.setScale(RATIO_SCALE, RoundingMode.HALF_UP));
    }

    static Value ratio(double fraction) {
        return Double.isFinite(fraction) ? ratio(BigDecimal.valueOf(fraction)) : Value.notAvailable();
    }
}
