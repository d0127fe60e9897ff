package org.salesaudit.ingest;

import java.util.List;

/**
 * The rows of one sheet, read once, top to bottom.
 */
interface SheetRows {

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
