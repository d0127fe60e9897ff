package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        " Deal - Value ; deal value",
        "OPPORTUNITY_OWNER; opportunity owner",
        "Prawdopodobieństwo; prawdopodobienstwo",
        "Właściciel; wlasciciel",
        "Сумма; сумма",
        "금액; 금액",
        "Probability (%); probability"})
    void ignoresCaseAccentsAndPunctuation(String header, String expected) {
        assertEquals(expected, HeaderText.normalize(header));
    }
}
