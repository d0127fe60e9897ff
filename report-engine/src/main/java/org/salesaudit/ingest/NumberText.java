package org.salesaudit.ingest;

import java.math.BigDecimal;

/** Spreadsheet numbers as text and as exact decimals. */
final class NumberText {

    private NumberText() {
    }

    /**
     * @return the shortest decimal that reads back as {@code value}: what Excel shows, without a
     *         trailing {@code .0} (so an id typed as 123 stays "123")
     */
    static String plain(double value) {
        return decimal(value).toPlainString();
    }

    /** @return the shortest exact decimal of a spreadsheet number (0.1 stays 0.1) */
    static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
