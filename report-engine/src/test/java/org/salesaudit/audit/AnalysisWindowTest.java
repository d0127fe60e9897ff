package org.salesaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class AnalysisWindowTest {

    private static final AuditSettings LEAP_DAY = new AuditSettings(LocalDate.of(2024, 2, 29),
            Currency.getInstance("USD"), StageProbabilities.defaults());

    @Test
    void bothEndsAreInsideAndNullIsOutside() {
        AnalysisWindow window = new AnalysisWindow(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 10, 31));
        assertTrue(window.contains(LocalDate.of(2025, 11, 1)));
        assertTrue(window.contains(LocalDate.of(2026, 10, 31)));
        assertFalse(window.contains(LocalDate.of(2025, 10, 31)));
        assertFalse(window.contains(LocalDate.of(2026, 11, 1)));
        assertFalse(window.contains(null));
    }

    @Test
    void theSettingsWindowIsTwelveMonthsUpToTheAsOfDate() {
        assertEquals(new AnalysisWindow(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 2, 29)), LEAP_DAY.window());
        assertTrue(LEAP_DAY.inWindow(LocalDate.of(2023, 3, 1)));
        assertFalse(LEAP_DAY.inWindow(LocalDate.of(2023, 2, 28)));
    }
}
