package org.salesaudit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.salesaudit.report.Value;

/** A term of salesaudit's vocabulary: its name in the report's language, its code in results.json. */
class ValueFormatterTermTest {

    private static final Value.Term MONTE_CARLO = new Value.Term("monte_carlo", "forecast.method.monte_carlo");

    @Test
    void aTermIsShownByItsNameInTheReportsLanguage() {
        Locale polish = Locale.forLanguageTag("pl");
        assertEquals("Simulation (P50)",
                new ValueFormatter(Locale.ENGLISH, Messages.forLocale(Locale.ENGLISH)).format(MONTE_CARLO));
        assertEquals("Symulacja (P50)", new ValueFormatter(polish, Messages.forLocale(polish)).format(MONTE_CARLO));
    }

    @Test
    void itsCodeIsWhatResultsJsonAndAFormatterWithoutMessagesSee() {
        assertEquals("monte_carlo", MONTE_CARLO.json());
        assertEquals("monte_carlo", new ValueFormatter(Locale.ENGLISH).format(MONTE_CARLO));
    }
}
