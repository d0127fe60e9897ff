package org.salesaudit.examples;

/**
 * A deliberately dirty cell of the example workbook.
 *
 * @param sheet sheet name
 * @param address cell address (or row range) on that sheet, such as {@code I57}
 * @param dealId the deal of the row
 * @param written what the cell holds
 * @param meaning what a reader should make of it
 */
public record DirtyCell(String sheet, String address, String dealId, String written, String meaning) {

    /** The address with its sheet, such as {@code Deals!I57}. */
    public String reference() {
        return sheet + "!" + address;
    }
}
