package org.salesaudit.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the dataset as an XSSF workbook with fixed document properties. */
final class WorkbookWriter {

    private WorkbookWriter() {
    }

    /** The workbook bytes as POI writes them, and the number of data rows per sheet. */
    record Written(byte[] bytes, Map<String, Integer> rowCounts) {
    }

    static Written write(AcmeDataset data, DirtyCells dirty) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Map<String, Integer> rows = new LinkedHashMap<>();
            rows.put("Deals", DealSheets.writeDeals(workbook, styles, data, dirty));
            rows.put("StageHistory", DealSheets.writeStageHistory(workbook, styles, data));
            rows.put("Reps", TeamSheets.writeReps(workbook, styles, data));
            rows.put("Quotas", TeamSheets.writeQuotas(workbook, styles, data));
            rows.put("Leads", FunnelSheets.writeLeads(workbook, styles, data));
            rows.put("Activities", FunnelSheets.writeActivities(workbook, styles, data));
            rows.put("Campaigns", MarketingSheets.writeCampaigns(workbook, styles, data));
            rows.put("Customers", MarketingSheets.writeCustomers(workbook, styles, data));
            fixProperties(workbook.getProperties());
            ByteArrayOutputStream out = new ByteArrayOutputStream(4 << 20);
            workbook.write(out);
            return new Written(out.toByteArray(), rows);
        }
    }

    private static void fixProperties(POIXMLProperties properties) {
        Optional<Date> time = Optional.of(Date.from(DataWindow.DOCUMENT_INSTANT));
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreator(DataWindow.CREATOR);
        core.setLastModifiedByUser(DataWindow.CREATOR);
        core.setCreated(time);
        core.setModified(time);
        core.setTitle(DataWindow.COMPANY + " sales data (example)");
        core.setDescription("Example sales and marketing data, 2024-11-01 to 2026-10-31, in "
                + DataWindow.CURRENCY + ".");
        properties.getExtendedProperties().setCompany(DataWindow.COMPANY);
    }
}
