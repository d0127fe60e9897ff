package org.salesaudit.ingest;

import java.util.List;

/**
 * The rows of one sheet, read once, top to bottom.
 */
interface SheetRows {

    /**
     * @return true when every value arrives as text (CSV): reading {@code 1.234,56} or {@code 15.03.2025}
     *         is then the normal case, not a repair worth a warning
     */
    default boolean valuesAreText() {
        return false;
    }

    /** @return the sheet's name as shown on its tab */
    String sheetName();

    /**
     * Calls {@code visitor} for every non-empty row in order.
     *
     * @param visitor gets the 1-based row number and the cells (index = column); stops when it returns false
     */
    void forEachRow(RowVisitor visitor) throws Exception;

    @FunctionalInterface
    interface RowVisitor {
        boolean visit(int rowNumber, List<RawCell> cells) throws Exception;
    }
}
