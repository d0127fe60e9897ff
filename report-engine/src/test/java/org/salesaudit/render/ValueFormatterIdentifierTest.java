package org.salesaudit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salesaudit.report.Value;

/** A number that names something (a simulation's seed) keeps its digits as typed, in every language. */
class ValueFormatterIdentifierTest {

    private static final Value.Identifier SEED = new Value.Identifier(20261130L);

    @ParameterizedTest
    @ValueSource(strings = {"en", "pl", "ru", "ko", "ar"})
    void anIdentifierIsNeverGrouped(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertEquals("20261130", new ValueFormatter(locale, Messages.forLocale(locale)).format(SEED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pl"})
    void aCountOfTheSameSizeIsGrouped(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertNotEquals("20261130", new ValueFormatter(locale).format(new Value.Count(20261130L)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0L, 7L, 20261130L, Long.MAX_VALUE})
    void resultsJsonCarriesTheNumber(long number) {
        assertEquals(number, new Value.Identifier(number).json());
    }
}
