package org.salesaudit.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

import org.salesaudit.report.Value;

/**
 * Formats report values for one locale: money with its currency, ratios as percentages, counts with
 * grouping, dates in the locale's medium style. Formatting happens here, in Java, never in templates.
 */
public final class ValueFormatter {

    /** Shown where no value can be computed. */
    public static final String NOT_AVAILABLE = "\u2013";

    private final Locale locale;
    private final DateTimeFormatter dates;

    public ValueFormatter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public String format(Value value) {
        if (value instanceof Value.Money m) {
            return money(m.amount(), m.currency());
        } else if (value instanceof Value.Ratio r) {
            return percent(r.fraction());
        } else if (value instanceof Value.Count c) {
            return NumberFormat.getIntegerInstance(locale).format(c.count());
        } else if (value instanceof Value.Quantity q) {
            return decimal(q.value(), Math.max(1, Math.min(q.value().scale(), 6)));
        } else if (value instanceof Value.Text t) {
            return t.text();
        } else if (value instanceof Value.Date d) {
            return dates.format(d.date());
        } else if (value instanceof Value.NotAvailable) {
            return NOT_AVAILABLE;
        }
        throw new IllegalArgumentException("unknown value type: " + value);
    }

    private String money(BigDecimal amount, java.util.Currency currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    private String percent(BigDecimal fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(fraction);
    }

    private String decimal(BigDecimal value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
