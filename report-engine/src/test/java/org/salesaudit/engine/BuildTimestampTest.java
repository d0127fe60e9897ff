package org.salesaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BuildTimestampTest {

    @Test
    void isoDateTimesGiveTheirUtcDay() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), BuildTimestamp.asOfDate("2026-11-30T00:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), BuildTimestamp.asOfDate("2026-12-01T01:00:00+02:00"));
    }

    @Test
    void epochSecondsGiveTheirUtcDay() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), BuildTimestamp.asOfDate("1795996800"));
    }

    @Test
    void unsetValuesGiveNoDate() {
        assertEquals(Optional.empty(), BuildTimestamp.asOfDate(null));
        assertEquals(Optional.empty(), BuildTimestamp.asOfDate(""));
        assertEquals(Optional.empty(), BuildTimestamp.asOfDate("1"));
    }

    @Test
    void anythingElseIsRefusedQuotingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildTimestamp.asOfDate("30/11/2026"));
        assertEquals("project.build.outputTimestamp '30/11/2026' is neither an ISO-8601 date-time such as "
                + "2026-11-30T00:00:00Z nor seconds since 1970-01-01", e.getMessage());
    }
}
