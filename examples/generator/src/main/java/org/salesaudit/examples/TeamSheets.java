package org.salesaudit.examples;

import static org.salesaudit.examples.SheetWriter.col;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the Reps and Quotas sheets. */
final class TeamSheets {

    private TeamSheets() {
    }

    static int writeReps(XSSFWorkbook workbook, Styles styles, AcmeDataset data) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "Reps",
                col("Rep ID", 8), col("Name", 18), col("Team", 11), col("Level", 8), col("Manager", 15),
                col("Region", 14), col("Start Date", 12), col("End Date", 12), col("Language", 9));
        for (Rep rep : data.reps()) {
            sheet.row().text(rep.id()).text(rep.name()).text(rep.team().label).text(rep.level()).text(rep.manager())
                    .text(rep.region().label).date(rep.start()).date(rep.end()).text(rep.language());
        }
        return sheet.finish();
    }

    static int writeQuotas(XSSFWorkbook workbook, Styles styles, AcmeDataset data) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "Quotas",
                col("Rep ID", 8), col("Period", 9), col("Amount", 13));
        for (Quota quota : data.quotas()) {
            sheet.row().text(quota.repId()).text(quota.period().toString()).money(quota.amount());
        }
        return sheet.finish();
    }
}
