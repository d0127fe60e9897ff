package org.salesaudit.examples;

import static org.salesaudit.examples.SheetWriter.col;

import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the Deals sheet (with its deliberate dirty cells) and the StageHistory sheet. */
final class DealSheets {

    private DealSheets() {
    }

    static int writeDeals(XSSFWorkbook workbook, Styles styles, AcmeDataset data, DirtyCells dirty) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "Deals",
                col("Deal ID", 10), col("Lead ID", 10), col("Account", 34), col("Owner", 8), col("Created", 12),
                col("Close Date", 12), col("Stage", 18), col("Probability", 11), col("Amount", 13),
                col("Currency", 9), col("Status", 8), col("Product", 16), col("Region", 14), col("Type", 11));
        for (Deal deal : data.deals()) {
            DirtyCells.Kind kind = dirty.kindOf(deal);
            writeDeal(sheet.row(), deal, kind, dirty);
            if (kind == DirtyCells.Kind.DUPLICATE_ROW) {
                int original = sheet.rowNumber();
                writeDeal(sheet.row(), deal, null, dirty);
                String range = "A" + sheet.rowNumber() + ":N" + sheet.rowNumber();
                dirty.record("Deals", range, deal, "a copy of row " + original,
                        "duplicate Deal ID " + deal.id + ": the whole row repeats row " + original);
            }
        }
        return sheet.finish();
    }

    private static void writeDeal(SheetWriter sheet, Deal deal, DirtyCells.Kind kind, DirtyCells dirty) {
        sheet.text(deal.id).text(deal.leadId()).text(deal.account);
        if (kind == DirtyCells.Kind.UNKNOWN_OWNER) {
            dirty.record("Deals", sheet.nextAddress(), deal, DirtyCells.UNKNOWN_OWNER_ID,
                    "owner not on the Reps sheet (the deal belongs to " + deal.owner + ")");
            sheet.text(DirtyCells.UNKNOWN_OWNER_ID);
        } else {
            sheet.text(deal.owner);
        }
        sheet.date(deal.created);
        if (kind == DirtyCells.Kind.CLOSE_DATE_AS_TEXT) {
            String text = DirtyCells.isoText(deal.closeDate());
            dirty.record("Deals", sheet.nextAddress(), deal, text, "close date stored as text instead of a date");
            sheet.text(text);
        } else {
            sheet.date(deal.closeDate());
        }
        sheet.text(deal.stage().label).percent(deal.stage().statedProbability);
        if (kind == DirtyCells.Kind.AMOUNT_AS_TEXT) {
            String text = "$" + String.format(Locale.US, "%,.0f", deal.amount());
            dirty.record("Deals", sheet.nextAddress(), deal, text,
                    "amount stored as text with a currency symbol and separators (readable as "
                            + String.format(Locale.US, "%.0f", deal.amount()) + ")");
            sheet.text(text);
        } else if (kind == DirtyCells.Kind.AMOUNT_UNREADABLE) {
            dirty.record("Deals", sheet.nextAddress(), deal, "TBD", "unreadable amount: the row cannot be used");
            sheet.text("TBD");
        } else {
            sheet.money(deal.amount());
        }
        sheet.text(DataWindow.CURRENCY).text(deal.status()).text(deal.product.label).text(deal.region.label)
                .text(deal.type.label);
    }

    static int writeStageHistory(XSSFWorkbook workbook, Styles styles, AcmeDataset data) {
        SheetWriter sheet = new SheetWriter(workbook, styles, "StageHistory",
                col("Deal ID", 10), col("Stage", 18), col("Entered On", 12), col("Amount", 13), col("Close Date", 12));
        for (Deal deal : data.deals()) {
            for (StageEntry entry : deal.history) {
                sheet.row().text(deal.id).text(entry.stage().label).date(entry.enteredOn()).money(entry.amount())
                        .date(entry.closeDate());
            }
        }
        return sheet.finish();
    }
}
