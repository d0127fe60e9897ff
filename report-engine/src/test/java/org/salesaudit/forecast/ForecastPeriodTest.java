package org.salesaudit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ForecastPeriodTest {

    @Test
    void quartersAreCalendarQuartersNamedByTheirFirstMonth() {
        ForecastPeriod q = ForecastPeriod.QUARTER;
        assertEquals(YearMonth.of(2026, 10), q.containing(LocalDate.of(2026, 11, 15)));
        assertEquals(YearMonth.of(2026, 1), q.containing(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2026, 12, 31), q.end(YearMonth.of(2026, 10)));
        assertEquals("2026-Q4", q.label(YearMonth.of(2026, 10)));
        assertEquals("2027-Q1", q.label(q.plus(YearMonth.of(2026, 10), 1)));
        assertEquals(-2, q.between(YearMonth.of(2026, 10), YearMonth.of(2026, 4)));
        // 31 December ends Q4; any other day of Q4 leaves Q3 as the last complete quarter
        assertEquals(YearMonth.of(2026, 10), q.lastComplete(LocalDate.of(2026, 12, 31)));
        assertEquals(YearMonth.of(2026, 7), q.lastComplete(LocalDate.of(2026, 12, 30)));
        assertEquals(4, q.perYear());
    }

    @Test
    void monthsAreTheIdentity() {
        ForecastPeriod m = ForecastPeriod.MONTH;
        assertEquals(YearMonth.of(2026, 11), m.containing(LocalDate.of(2026, 11, 15)));
        assertEquals("2026-11", m.label(YearMonth.of(2026, 11)));
        assertEquals(LocalDate.of(2026, 11, 30), m.end(YearMonth.of(2026, 11)));
        assertEquals(YearMonth.of(2026, 10), m.lastComplete(LocalDate.of(2026, 11, 29)));
        assertEquals(12, m.perYear());
    }
}
