package org.salesaudit.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import org.salesaudit.report.AxisScale;
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
    private final Messages terms;

    public ValueFormatter(Locale locale) {
        this(locale, null);
    }

    /** @param terms the messages that name {@link Value.Term}s, or {@code null} to show their codes */
    public ValueFormatter(Locale locale, Messages terms) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.terms = terms;
    }

    public String format(Value value) {
        if (value instanceof Value.Money m) {
            return money(m.amount(), m.currency());
        } else if (value instanceof Value.Ratio r) {
            return percent(r.fraction());
        } else if (value instanceof Value.Count c) {
            return NumberFormat.getIntegerInstance(locale).format(c.count());
        } else if (value instanceof Value.Identifier i) {
            return Long.toString(i.number());
        } else if (value instanceof Value.Quantity q) {
            return decimal(q.value(), Math.max(1, Math.min(q.value().scale(), 6)));
        } else if (value instanceof Value.Text t) {
            return t.text();
        } else if (value instanceof Value.Term t) {
            return terms == null ? t.code() : terms.get(t.labelKey());
        } else if (value instanceof Value.Date d) {
            return dates.format(d.date());
        } else if (value instanceof Value.NotAvailable) {
            return NOT_AVAILABLE;
        }
        throw new IllegalArgumentException("unknown value type: " + value);
    }

    /**
     * Formats a tick label of a chart axis like the report's values of that scale, with
     * {@code fractionDigits} decimals (ticks are round numbers: $1,000, 25%, 12.5); dates are ticked
     * by month and written as month and year ("Jan 2026").
     *
     * @param value    for {@link AxisScale#DATE} a day number ({@link java.time.LocalDate#toEpochDay()})
     * @param currency the currency of {@link AxisScale#MONEY} axes
     */
    public String tick(AxisScale scale, BigDecimal value, int fractionDigits, Currency currency) {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(value, "value");
        switch (scale) {
            case MONEY -> {
                NumberFormat f = NumberFormat.getCurrencyInstance(locale);
                f.setCurrency(Objects.requireNonNull(currency, "currency"));
                // cents are written in full or not at all: $0.50, never $0.5
                int digits = fractionDigits == 0 ? 0 : Math.max(fractionDigits, currency.getDefaultFractionDigits());
                return fixed(f, value, digits);
            }
            case RATIO -> {
                return fixed(NumberFormat.getPercentInstance(locale), value, Math.max(0, fractionDigits - 2));
            }
            case DATE -> {
                LocalDate date = LocalDate.ofEpochDay(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
                com.ibm.icu.text.DateFormat months = com.ibm.icu.text.DateFormat.getInstanceForSkeleton("yMMM",
                        com.ibm.icu.util.ULocale.forLocale(locale));
                months.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
                return months.format(new java.util.Date(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                        .toEpochMilli()));
            }
            default -> {
                return fixed(NumberFormat.getNumberInstance(locale), value, fractionDigits);
            }
        }
    }

    private static String fixed(NumberFormat f, BigDecimal value, int fractionDigits) {
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
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
