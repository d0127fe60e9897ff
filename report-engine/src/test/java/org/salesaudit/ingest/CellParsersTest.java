package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParsersTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "$12,500; 12500",
        "12500; 12500",
        "1.234,56 zł; 1234.56",
        "₩1,200,000; 1200000",
        "12 500,00; 12500.00",
        "1,234.56; 1234.56",
        "12,5; 12.5",
        "EUR 99.90; 99.90",
        "(1,000); -1000",
        "1 234,56 ₽; 1234.56",
        "$1,200.50; 1200.50",
        "١٬٢٣٤٫٥٦ ر.س; 1234.56",
        "٩٩; 99",
        "۱۲۳۴; 1234",
        "0.5; 0.5"})
    void readsAmountsTypedAsText(String text, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), CellParsers.amount(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TBD", "n/a", "", "12.345.67", "twelve", "--"})
    void refusesWhatIsNotAnAmount(String text) {
        assertTrue(CellParsers.amount(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "2025-03-15; 2025-03-15",
        "2025/3/5; 2025-03-05",
        "2025. 3. 15.; 2025-03-15",
        "15.03.2025; 2025-03-15",
        "25/05/2024; 2024-05-25",
        "05/25/2024; 2024-05-25",
        "2025-03-15 14:30; 2025-03-15"})
    void readsUnambiguousTextDates(String text, LocalDate expected) {
        assertEquals(new CellParsers.DateText.Read(expected), CellParsers.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/05/2024", "1/2/2025"})
    void flagsDayMonthAmbiguity(String text) {
        assertInstanceOf(CellParsers.DateText.Ambiguous.class, CellParsers.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "yesterday", "2025-13-01"})
    void refusesInvalidDates(String text) {
        assertInstanceOf(CellParsers.DateText.Invalid.class, CellParsers.date(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {"60%; 0.60", "12,5 %; 0.125", "0.4; 0.4"})
    void readsPercentages(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(CellParsers.percent(text).orElseThrow()));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {"usd; USD", "$; USD", "zł; PLN", "₩; KRW", "EUR; EUR"})
    void readsCurrencies(String text, String code) {
        assertEquals(code, CellParsers.currency(text).orElseThrow().getCurrencyCode());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Yes; true", "no; false", "TRUE; true", "1; true", "0; false", "Y; true",
        "Tak; true", "nie; false", "Да; true", "нет; false", "예; true", "아니오; false", "네; true",
        "نعم; true", "لا; false", "١; true"})
    void readsYesAndNoInFiveLanguages(String text, boolean expected) {
        assertEquals(Optional.of(expected), CellParsers.bool(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "oui", ""})
    void refusesWordsThatAreNeitherYesNorNo(String text) {
        assertEquals(Optional.empty(), CellParsers.bool(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', value = {
        "03/05/2024; DAY_FIRST; 2024-05-03",
        "03/05/2024; MONTH_FIRST; 2024-03-05",
        "12/31/2024; MONTH_FIRST; 2024-12-31",
        "٠٣/٠٥/٢٠٢٤; DAY_FIRST; 2024-05-03"})
    void aColumnRuleSettlesAmbiguousSlashedDates(String text, DateOrder order, LocalDate expected) {
        assertEquals(new CellParsers.DateText.Read(expected), CellParsers.date(text, order));
    }

    @org.junit.jupiter.api.Test
    void aDateAgainstTheColumnRuleIsInvalidAndWithoutARuleAmbiguous() {
        assertInstanceOf(CellParsers.DateText.Invalid.class, CellParsers.date("12/31/2024", DateOrder.DAY_FIRST));
        assertInstanceOf(CellParsers.DateText.Ambiguous.class, CellParsers.date("03/05/2024", null));
        assertEquals(new CellParsers.DateText.Read(LocalDate.of(2024, 5, 25)), CellParsers.date("٢٥.٠٥.٢٠٢٤"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"day-first; DAY_FIRST", "D/M/Y; DAY_FIRST", "month-first; MONTH_FIRST",
        "MDY; MONTH_FIRST"})
    void readsDateRulesOfTheMappingFile(String text, DateOrder expected) {
        assertEquals(Optional.of(expected), DateOrder.parse(text));
    }

    @org.junit.jupiter.api.Test
    void readsTheTimeOfDayAfterATextDate() {
        assertEquals(java.time.LocalTime.of(14, 30), CellParsers.timeOfDay("2025-03-15 14:30"));
        assertEquals(java.time.LocalTime.MIDNIGHT, CellParsers.timeOfDay("2025-03-15"));
    }
}
