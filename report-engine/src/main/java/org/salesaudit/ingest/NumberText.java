package org.salesaudit.ingest;

import java.math.BigDecimal;

/** Spreadsheet numbers as text and as exact decimals. */
final class NumberText {

    /** Whole numbers below this magnitude are exact as doubles and as longs. */
    private static final double EXACT_WHOLE = 0x1p53;

    private NumberText() {
    }

    /**
     * @return the shortest decimal that reads back as {@code value}: what Excel shows, without a
     *         trailing {@code .0} (so an id typed as 123 stays "123")
     */
    static String plain(double value) {
        if (isExactWhole(value)) {
            return Long.toString((long) value);
        }
        if (Double.isFinite(value)) {
            // Double.toString is the shortest decimal; without an exponent it has no trailing zeros
            String shortest = Double.toString(value);
            if (shortest.indexOf('E') < 0) {
                return shortest;
            }
        }
        return decimal(value).toPlainString();
    }

    /** @return the shortest exact decimal of a spreadsheet number (0.1 stays 0.1) */
    static BigDecimal decimal(double value) {
        if (isExactWhole(value)) {
            return BigDecimal.valueOf((long) value);
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** @return true for a whole number that a long holds exactly (|value| below 2^53) */
    static boolean isExactWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE;
    }
}
