package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of reading amounts typed as text: whatever the amount, the way the client's locale writes it
 * as money (symbol or code before or after, grouping by '.', ',', spaces or narrow no-break spaces, local
 * digits) reads back as the same number.
 */
class AmountTextPropertiesTest {

    /** The locales of the clients' exports, each with its own currency. */
    private static final Locale[] LOCALES = {
        Locale.US, Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("pl-PL"), Locale.forLanguageTag("ru-RU"),
        Locale.forLanguageTag("ko-KR"), Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("fr-FR"),
        Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("ar-AE"), Locale.forLanguageTag("ar-EG"),
    };

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-999999999.99"), new BigDecimal("999999999.99"))
                .ofScale(2);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(LOCALES);
    }

    @Property(tries = 2_000)
    void moneyAsTheLocaleWritesItReadsBack(@ForAll("amounts") BigDecimal amount, @ForAll("locales") Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = format.getCurrency();
        BigDecimal shown = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        String text = format.format(shown);
        assertEquals(0, shown.compareTo(CellParsers.amount(text).orElseThrow(
                () -> new AssertionError("not read: '" + text + "' (" + locale + ")"))), text);
    }

    @Property(tries = 1_000)
    void plainNumbersAsTheLocaleWritesThemReadBack(@ForAll("amounts") BigDecimal amount,
            @ForAll("locales") Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String text = format.format(amount);
        assertEquals(0, amount.compareTo(CellParsers.amount(text).orElseThrow(
                () -> new AssertionError("not read: '" + text + "' (" + locale + ")"))), text);
    }
}
