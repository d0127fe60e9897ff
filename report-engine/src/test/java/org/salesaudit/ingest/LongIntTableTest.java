package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LongIntTableTest {

    @Test
    void keepsTheFirstValueOfEachKeyThroughGrowth() {
        LongIntTable table = new LongIntTable(4);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(-1, table.putIfAbsent(i * 7_919L, i));
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, table.putIfAbsent(i * 7_919L, -5));
        }
        assertEquals(-1, table.putIfAbsent(Long.MIN_VALUE, 3));
        assertEquals(3, table.putIfAbsent(Long.MIN_VALUE, 4));
    }
}
