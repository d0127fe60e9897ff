package org.salesaudit.ingest;

/**
 * Spells cell addresses the way Excel shows them ({@code A1}, {@code AB12}) from 0-based row and column
 * numbers, without building a POI {@code CellReference} per cell.
 */
final class A1 {

    private A1() {
    }

    /** @return the address of the cell at 0-based {@code row} and {@code column}, e.g. {@code C5} for (4, 2) */
    static String of(int row, int column) {
        return column(column) + (row + 1);
    }

    /** @return the letters of a 0-based column: {@code A} for 0, {@code Z} for 25, {@code AA} for 26 */
    static String column(int column) {
        char[] letters = new char[4];
        int at = letters.length;
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters[--at] = (char) ('A' + rem);
            c = (c - 1) / 26;
        }
        return new String(letters, at, letters.length - at);
    }
}
