package org.salesaudit.examples;

import static org.salesaudit.examples.SheetWriter.col;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the Campaigns and Customers sheets. */
final class MarketingSheets {

    private MarketingSheets() {
    }

    static int writeCampaigns(XSSFWorkbook workbook, Styles styles, AcmeDataset data) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "Campaigns",
                col("Campaign", 27), col("Channel", 12), col("Period", 9), col("Spend", 12), col("Sent", 9),
                col("Opened", 9), col("Clicked", 9));
        for (CampaignMonth month : data.campaignMonths()) {
            sheet.row().text(month.campaign().name()).text(month.campaign().channel()).text(month.period().toString())
                    .money(month.spend()).count(month.sent()).count(month.opened()).count(month.clicked());
        }
        return sheet.finish();
    }

    static int writeCustomers(XSSFWorkbook workbook, Styles styles, AcmeDataset data) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "Customers",
                col("Account", 34), col("Since", 12), col("Churned On", 12), col("MRR", 12));
        for (Customer customer : data.customers()) {
            sheet.row().text(customer.account).date(customer.since).date(customer.churnedOn).money(customer.mrr);
        }
        return sheet.finish();
    }
}
