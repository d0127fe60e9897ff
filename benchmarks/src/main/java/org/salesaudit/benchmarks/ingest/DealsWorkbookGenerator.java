package org.salesaudit.benchmarks.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a large, realistic Deals workbook (plus Reps and Quotas) from a fixed seed with POI's
 * streaming writer: 14 columns, date cells, numbers, text as inline strings.
 */
final class DealsWorkbookGenerator {

    static final String[] HEADERS = {"Deal ID", "Lead ID", "Account", "Owner", "Created", "Close Date", "Stage",
        "Probability", "Amount", "Currency", "Status", "Product", "Region", "Type"};
    private static final String[] OPEN_STAGES = {"Discovery call", "Qualified", "Product demo", "Product trial",
        "Final negotiation"};
    private static final String[] PRODUCTS = {"Analytics Cloud", "Data Connectors", "Premium Support"};
    private static final String[] REGIONS = {"North America", "EMEA", "APAC"};
    private static final String[] TYPES = {"New", "Upsell", "Cross-sell", "Renewal"};
    private static final int REPS = 200;
    private static final int ACCOUNTS = 20_000;

    private DealsWorkbookGenerator() {
    }

    static Path write(Path file, int rows) throws IOException {
        Random random = new Random(20261130L);
        LocalDate start = LocalDate.of(2022, 1, 1);
        LocalDate asOf = LocalDate.of(2026, 10, 30);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet deals = wb.createSheet("Deals");
            header(deals.createRow(0));
            for (int i = 1; i <= rows; i++) {
                Row row = deals.createRow(i);
                LocalDate created = start.plusDays(random.nextInt(1700));
                LocalDate close = created.plusDays(20 + random.nextInt(200));
                double roll = random.nextDouble();
                String status = close.isAfter(asOf) || roll < 0.1 ? "Open" : roll < 0.4 ? "Won" : "Lost";
                String stage = status.equals("Open") ? OPEN_STAGES[random.nextInt(OPEN_STAGES.length)]
                        : status.equals("Won") ? "Closed Won" : "Closed Lost";
                if (status.equals("Open") && !close.isAfter(asOf)) {
                    close = asOf.plusDays(1 + random.nextInt(90));
                }
                row.createCell(0).setCellValue(String.format("D-%07d", i));
                row.createCell(1).setCellValue(String.format("L-%07d", i));
                row.createCell(2).setCellValue("Account " + random.nextInt(ACCOUNTS));
                row.createCell(3).setCellValue(String.format("R%03d", 1 + random.nextInt(REPS)));
                row.createCell(4).setCellValue(created);
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(close);
                row.getCell(5).setCellStyle(date);
                row.createCell(6).setCellValue(stage);
                row.createCell(7).setCellValue(status.equals("Won") ? 1.0 : status.equals("Lost") ? 0.0
                        : 0.1 + 0.2 * random.nextInt(4));
                row.createCell(8).setCellValue(1000 + 250 * random.nextInt(400));
                row.createCell(9).setCellValue("USD");
                row.createCell(10).setCellValue(status);
                row.createCell(11).setCellValue(PRODUCTS[random.nextInt(PRODUCTS.length)]);
                row.createCell(12).setCellValue(REGIONS[random.nextInt(REGIONS.length)]);
                row.createCell(13).setCellValue(TYPES[random.nextInt(TYPES.length)]);
            }
            Sheet reps = wb.createSheet("Reps");
            Row repHeader = reps.createRow(0);
            repHeader.createCell(0).setCellValue("Rep ID");
            repHeader.createCell(1).setCellValue("Name");
            Sheet quotas = wb.createSheet("Quotas");
            Row quotaHeader = quotas.createRow(0);
            quotaHeader.createCell(0).setCellValue("Rep ID");
            quotaHeader.createCell(1).setCellValue("Period");
            quotaHeader.createCell(2).setCellValue("Amount");
            int q = 1;
            for (int r = 1; r <= REPS; r++) {
                String id = String.format("R%03d", r);
                Row rep = reps.createRow(r);
                rep.createCell(0).setCellValue(id);
                rep.createCell(1).setCellValue("Rep " + r);
                for (int m = 1; m <= 12; m++) {
                    Row quota = quotas.createRow(q++);
                    quota.createCell(0).setCellValue(id);
                    quota.createCell(1).setCellValue(String.format("2026-%02d", m));
                    quota.createCell(2).setCellValue(60_000);
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private static void header(Row row) {
        for (int c = 0; c < HEADERS.length; c++) {
            row.createCell(c).setCellValue(HEADERS[c]);
        }
    }
}
