package org.salesaudit.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.salesaudit.report.Value;

/**
 * The arithmetic rules of the audit: sums are exact, money is rounded once, at the end, to the
 * currency's minor unit with {@link RoundingMode#HALF_UP}; ratios keep six decimals (HALF_UP).
 */
final class Amounts {

    /** Decimals kept in ratios (fractions, 0.123456). */
    static final int RATIO_SCALE = 6;

    private Amounts() {
    }

    static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Value money(BigDecimal amount, Currency currency) {
        return new Value.Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP),
                currency);
    }

    /** @return numerator / denominator as a ratio, or not-available when the denominator is zero */
    static Value ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Value.notAvailable();
        }
        return new Value.Ratio(numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP));
    }

    /** @return a fraction computed in floating point (a statistic), kept to {@value #RATIO_SCALE} decimals */
    static Value ratio(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return Value.notAvailable();
        }
        return new Value.Ratio(decimal(fraction, RATIO_SCALE));
    }

    /** @return a statistic as a quantity with {@code scale} decimals, or not-available when undefined */
    static Value quantity(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Value.notAvailable();
        }
        return new Value.Quantity(decimal(value, scale));
    }

    static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    static Value ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** @return the mean, or empty for no amounts (full precision; round with {@link #money}) */
    static Optional<BigDecimal> mean(List<BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sum(amounts).divide(BigDecimal.valueOf(amounts.size()), 10, RoundingMode.HALF_UP));
    }

    /** @return the median (the mean of the two middle values for an even count), or empty */
    static Optional<BigDecimal> median(List<BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = amounts.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return Optional.of(sorted.get(n / 2));
        }
        return Optional.of(sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2)));
    }

    static Value moneyOrNotAvailable(Optional<BigDecimal> amount, Currency currency) {
        return amount.map(a -> money(a, currency)).orElseGet(Value::notAvailable);
    }
}
