package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;
import org.salesaudit.report.Value;

class NumberFormatsTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void moneyPutsTheSymbolWhereTheLocaleDoes() {
        assertEquals("\"$\"#,##0.00", new NumberFormats(Locale.ENGLISH).money(USD));
        String polish = new NumberFormats(Locale.forLanguageTag("pl")).money(Currency.getInstance("PLN"));
        assertTrue(polish.startsWith("#,##0.00\"") && polish.endsWith("z\u0142\""), polish);
    }

    @Test
    void moneyHasTheCurrencysFractionDigits() {
        assertEquals("\"\u00A5\"#,##0", new NumberFormats(Locale.ENGLISH).money(Currency.getInstance("JPY")));
        assertEquals("\"BHD\"#,##0.000", new NumberFormats(Locale.ENGLISH).money(Currency.getInstance("BHD")));
    }

    @Test
    void moneyGetsANegativeSectionWhereTheMinusIsNotInFront() {
        String dutch = new NumberFormats(Locale.forLanguageTag("nl")).money(Currency.getInstance("EUR"));
        assertEquals(2, dutch.split(";").length, dutch);
        // POI's formatter applies Excel format codes: check the result reads as Dutch writes it.
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        assertEquals("\u20AC 1,234.50", formatter.formatRawCellContents(1234.5, 200, dutch).replace('\u00A0', ' '));
        assertEquals("\u20AC -1,234.50", formatter.formatRawCellContents(-1234.5, 200, dutch).replace('\u00A0', ' '));
    }

    @Test
    void eachValueKindHasItsFormat() {
        NumberFormats formats = new NumberFormats(Locale.ENGLISH);
        assertEquals("0.0%", formats.forValue(new Value.Ratio(BigDecimal.ONE)));
        assertEquals("#,##0", formats.forValue(new Value.Count(1)));
        assertEquals("#,##0.0", formats.forValue(new Value.Quantity(BigDecimal.ONE)));
        assertEquals("yyyy-mm-dd", formats.forValue(new Value.Date(LocalDate.of(2026, 1, 1))));
        assertEquals("\"$\"#,##0.00", formats.forValue(new Value.Money(BigDecimal.ONE, USD)));
        assertNull(formats.forValue(new Value.Text("x")));
        assertNull(formats.forValue(Value.notAvailable()));
    }
}
