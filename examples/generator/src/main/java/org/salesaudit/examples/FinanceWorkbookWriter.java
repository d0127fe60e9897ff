package org.salesaudit.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link FinanceDataset} as an .xlsx workbook: Deals, Reps, Plans, Tiers, SPIFs, Plan
 * Assignments, Credit Splits and Cancellations, headers in row 1, dates as date cells, amounts with
 * two decimals, percentages as plain numbers (10 means 10 %).
 */
final class FinanceWorkbookWriter {

    private FinanceWorkbookWriter() {
    }

    /** @return the workbook's bytes (before zip normalisation) and the data rows per sheet */
    static GeneratedWorkbook write(FinanceDataset data) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Styles styles = new Styles(date, money, header);
            sheet(workbook, "Deals", FinanceDataset.DEAL_HEADERS, data.deals(), styles, counts);
            sheet(workbook, "Reps", FinanceDataset.REP_HEADERS, data.reps(), styles, counts);
            sheet(workbook, "Plans", FinanceDataset.PLAN_HEADERS, data.plans(), styles, counts);
            sheet(workbook, "Tiers", FinanceDataset.TIER_HEADERS, data.tiers(), styles, counts);
            sheet(workbook, "SPIFs", FinanceDataset.SPIF_HEADERS, data.spifs(), styles, counts);
            sheet(workbook, "Plan Assignments", FinanceDataset.ASSIGNMENT_HEADERS, data.assignments(), styles, counts);
            sheet(workbook, "Credit Splits", FinanceDataset.SPLIT_HEADERS, data.splits(), styles, counts);
            sheet(workbook, "Cancellations", FinanceDataset.CANCELLATION_HEADERS, data.cancellations(), styles, counts);
            java.util.Date created = java.util.Date.from(DataWindow.DOCUMENT_TIME.toInstant(java.time.ZoneOffset.UTC));
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(created));
            workbook.getProperties().getCoreProperties().setModified(Optional.of(created));
            workbook.getProperties().getCoreProperties().setCreator("salesaudit example generator");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new GeneratedWorkbook(ReproducibleZip.normalize(out.toByteArray()), counts, List.of());
        }
    }

    private record Styles(CellStyle date, CellStyle money, CellStyle header) {
    }

    private static void sheet(XSSFWorkbook workbook, String name, List<String> headers, List<List<Object>> rows,
            Styles styles, Map<String, Integer> counts) {
        Sheet sheet = workbook.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, Math.max(12, headers.get(c).length() + 4) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date());
                } else if (v instanceof BigDecimal b) {
                    cell.setCellValue(b.doubleValue());
                    cell.setCellStyle(styles.money());
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        counts.put(name, rows.size());
    }
}
