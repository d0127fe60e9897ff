package org.salesaudit.examples;

import static org.salesaudit.examples.SheetWriter.col;

import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the Leads and Activities sheets. */
final class FunnelSheets {

    private FunnelSheets() {
    }

    static int writeLeads(XSSFWorkbook workbook, Styles styles, AcmeDataset data) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "Leads",
                col("Lead ID", 10), col("Created", 17), col("Source", 12), col("Campaign", 27), col("Owner", 8),
                col("Stage", 13), col("MQL Date", 12), col("SAL Date", 12), col("SQL Date", 12),
                col("Customer Date", 14), col("Disqualified Date", 16), col("First Touch", 17),
                col("Temperature", 12), col("Form Type", 17), col("Pricing Page Visits", 18),
                col("Email Opens", 12), col("Email Clicks", 12), col("Persona Fit", 11), col("Bad Company Data", 17),
                col("Company Size", 13), col("Industry", 19), col("Country", 21));
        for (Lead lead : data.leads()) {
            sheet.row().text(lead.id).dateTime(lead.created).text(lead.source.label).text(lead.campaign.name())
                    .text(lead.owner).text(lead.stage.label).date(lead.mqlDate()).date(lead.salDate)
                    .date(lead.sqlDate).date(lead.customerDate).date(lead.disqualifiedDate)
                    .dateTime(lead.firstTouch).text(lead.form.temperature()).text(lead.form.label)
                    .count(lead.pricingPageVisits).count(lead.emailOpens).count(lead.emailClicks)
                    .yesNo(lead.personaFit).yesNo(lead.badCompanyData).text(lead.size.label)
                    .text(lead.industry.label).text(lead.country.label);
        }
        return sheet.finish();
    }

    static int writeActivities(XSSFWorkbook workbook, Styles styles, AcmeDataset data) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "Activities",
                col("Activity ID", 11), col("Date", 17), col("Rep ID", 8), col("Lead ID", 10), col("Deal ID", 10),
                col("Type", 9), col("Duration (min)", 14), col("Reached", 9));
        int number = 0;
        for (Activity activity : data.activities()) {
            number++;
            sheet.row().text(String.format(Locale.ROOT, "A-%06d", number)).dateTime(activity.at())
                    .text(activity.repId()).text(activity.leadId()).text(activity.dealId()).text(activity.type())
                    .count(activity.minutes()).yesNo(activity.reached());
        }
        return sheet.finish();
    }
}
