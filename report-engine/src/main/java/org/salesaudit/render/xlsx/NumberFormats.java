package org.salesaudit.render.xlsx;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.salesaudit.report.Value;

/**
 * Excel number format codes for report values. Separators in a format code are always {@code ,} and
 * {@code .}; Excel shows them as the reader's locale wants. What the report's locale decides is the
 * currency symbol and whether it goes before or after the number.
 */
final class NumberFormats {

    static final String RATIO = "0.0%";
    static final String COUNT = "#,##0";
    static final String IDENTIFIER = "0";
    static final String QUANTITY = "#,##0.0";
    static final String DATE = "yyyy-mm-dd";

    private final Locale locale;

    NumberFormats(Locale locale) {
        this.locale = locale;
    }

    /** @return the format code for {@code value}, or null for text and empty cells (General) */
    String forValue(Value value) {
        if (value instanceof Value.Money m) {
            return money(m.currency());
        } else if (value instanceof Value.Ratio) {
            return RATIO;
        } else if (value instanceof Value.Count) {
            return COUNT;
        } else if (value instanceof Value.Identifier) {
            return IDENTIFIER;
        } else if (value instanceof Value.Quantity q) {
            return q.value().scale() > 1 ? "#,##0." + "0".repeat(Math.min(q.value().scale(), 6)) : QUANTITY;
        } else if (value instanceof Value.Date) {
            return DATE;
        }
        return null;
    }

    /**
     * @return e.g. {@code "$"#,##0.00} in English, {@code #,##0.00" zł"} in Polish, {@code "₩"#,##0} for
     *         won; with a second section for negative amounts where the locale does not just put a
     *         minus sign in front ({@code "€ "#,##0.00;"€ -"#,##0.00} in Dutch)
     */
    String money(Currency currency) {
        int digits = currency.getDefaultFractionDigits() < 0 ? 2 : currency.getDefaultFractionDigits();
        String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        NumberFormat localized = NumberFormat.getCurrencyInstance(locale);
        if (!(localized instanceof DecimalFormat decimal)) {
            return literal(currency.getSymbol(locale)) + number;
        }
        decimal.setCurrency(currency);
        String prefix = decimal.getPositivePrefix();
        String suffix = decimal.getPositiveSuffix();
        String positive = literal(prefix) + number + literal(suffix);
        String negativePrefix = decimal.getNegativePrefix();
        String negativeSuffix = decimal.getNegativeSuffix();
        if (negativePrefix.equals("-" + prefix) && negativeSuffix.equals(suffix)) {
            return positive;
        }
        return positive + ";" + literal(negativePrefix) + number + literal(negativeSuffix);
    }

    /** @return {@code text} as a quoted literal of a format code (quotes inside it dropped) */
    private static String literal(String text) {
        return text.isEmpty() ? "" : "\"" + text.replace("\"", "") + "\"";
    }
}
