package org.salesaudit.model;

/** The kinds of table a workbook can hold; each audit section declares which ones it needs. */
public enum Dataset {
    DEALS("Deals"),
    REPS("Reps"),
    QUOTAS("Quotas"),
    LEADS("Leads"),
    STAGE_HISTORY("StageHistory"),
    ACTIVITIES("Activities"),
    CAMPAIGNS("Campaigns"),
    CUSTOMERS("Customers");

    private final String sheetName;

    Dataset(String sheetName) {
        this.sheetName = sheetName;
    }

    /** @return the canonical sheet name, as documented in docs/workbook-format.md */
    public String sheetName() {
        return sheetName;
    }
}
