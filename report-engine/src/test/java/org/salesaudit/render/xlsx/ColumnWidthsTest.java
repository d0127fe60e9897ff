package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void countsEastAsianCharactersTwice() {
        assertEquals(5, ColumnWidths.displayWidth("Deals"));
        assertEquals(8, ColumnWidths.displayWidth("\uC601\uC5C5 \uAC10\uC0AC".replace(" ", "")));
        assertEquals(4, ColumnWidths.displayWidth("\u58F2\u4E0A"));
    }

    @Test
    void measuresTheLongestLine() {
        assertEquals(6, ColumnWidths.displayWidth("ab\nabcdef\nabc"));
    }

    @Test
    void widthsArePaddedAndBounded() {
        assertEquals((10 + 2) * 256, ColumnWidths.units(10));
        assertEquals(ColumnWidths.MIN_CHARS * 256, ColumnWidths.units(0));
        assertEquals(ColumnWidths.MAX_CHARS * 256, ColumnWidths.units(10_000));
    }
}
