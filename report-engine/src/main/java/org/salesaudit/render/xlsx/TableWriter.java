package org.salesaudit.render.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.salesaudit.render.Messages;
import org.salesaudit.report.Column;
import org.salesaudit.report.Table;
import org.salesaudit.report.Value;

/**
 * Writes one table from column A down: caption, header row, data rows, and a total row with live
 * formulas. Writes rows strictly in order and computes the cached formula values itself, so it works
 * on a streaming sheet too.
 */
final class TableWriter {

    /**
     * Where a table landed.
     *
     * @param headerRow   the 0-based row of its header
     * @param lastDataRow the last data row (the header row if there are none); the total row is below
     */
    record Placement(int headerRow, int lastDataRow, int lastColumn) {

        /** @return the header and data rows: the range an autofilter covers (not the total row) */
        CellRangeAddress filterRange() {
            return new CellRangeAddress(headerRow, lastDataRow, 0, lastColumn);
        }
    }

    private TableWriter() {
    }

    static Placement write(SheetWriter sheet, Table table, Messages messages) {
        sheet.text(sheet.newRow(), 0, messages.get(table.titleKey()), Role.HEADING);

        Row header = sheet.newRow();
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            sheet.text(header, i, messages.get(columns.get(i).labelKey()), Role.HEADER);
        }

        int firstDataRow = sheet.nextRowIndex();
        if (table.showsEmptyNote()) {
            sheet.text(sheet.newRow(), 0, messages.get(table.emptyNoteKey()), Role.BODY);
        }
        for (List<Value> values : table.rows()) {
            Row row = sheet.newRow();
            for (int i = 0; i < values.size(); i++) {
                sheet.value(row, i, values.get(i), Role.BODY);
            }
        }
        int lastDataRow = sheet.nextRowIndex() - 1;

        TableTotals totals = TableTotals.of(table);
        if (totals.hasTotalRow()) {
            writeTotalRow(sheet, columns.size(), totals, firstDataRow, lastDataRow, messages);
        }
        return new Placement(header.getRowNum(), Math.max(header.getRowNum(), lastDataRow), columns.size() - 1);
    }

    private static void writeTotalRow(SheetWriter sheet, int columnCount, TableTotals totals,
            int firstDataRow, int lastDataRow, Messages messages) {
        Row row = sheet.newRow();
        int[] attainment = totals.attainmentColumns().orElse(null);
        int labelColumn = totals.isSummed(0) ? -1 : 0;
        for (int i = 0; i < columnCount; i++) {
            if (attainment != null && i == attainment[2]) {
                writeAttainment(sheet, row, totals, attainment[0], attainment[1], i);
            } else if (totals.isSummed(i)) {
                String range = new CellRangeAddress(firstDataRow, lastDataRow, i, i).formatAsString();
                sheet.formula(row, i, "SUM(" + range + ")", totals.sum(i), totals.total(i), Role.TOTAL);
            } else if (i == labelColumn) {
                sheet.text(row, i, messages.get("xlsx.table.total"), Role.TOTAL);
            } else {
                sheet.blank(row, i, Role.TOTAL);
            }
        }
    }

    /** The total row's attainment: bookings / quota of the totals, empty text when there is no quota. */
    private static void writeAttainment(SheetWriter sheet, Row row, TableTotals totals,
            int quota, int bookings, int attainment) {
        String quotaCell = new CellReference(row.getRowNum(), quota).formatAsString();
        String bookingsCell = new CellReference(row.getRowNum(), bookings).formatAsString();
        String formula = "IF(" + quotaCell + "=0,\"\"," + bookingsCell + "/" + quotaCell + ")";
        double quotaTotal = totals.sum(quota);
        if (quotaTotal == 0) {
            sheet.formulaWithTextResult(row, attainment, formula, "", NumberFormats.RATIO, Role.TOTAL);
        } else {
            double ratio = totals.sum(bookings) / quotaTotal;
            sheet.formula(row, attainment, formula, ratio,
                    new Value.Ratio(BigDecimal.valueOf(ratio)), Role.TOTAL);
        }
    }
}
