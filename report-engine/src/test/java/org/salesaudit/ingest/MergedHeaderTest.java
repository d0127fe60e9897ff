package org.salesaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.model.Deal;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.problem.ProblemLog;
import org.salesaudit.problem.ProblemPolicy;

/**
 * Merged header cells: a header merged over several columns names each of them, and a two-row header whose
 * top row is merged ("Deal" over "Amount | Currency", "Deal ID" over both rows) is recognised. Each
 * workbook is also read without its merges, to show that the merges are what makes it readable.
 */
class MergedHeaderTest {

    @TempDir
    Path dir;

    private final ProblemLog problems = new ProblemLog(ProblemPolicy.COLLECT);

    private Ingested read(Path file) throws Exception {
        return new SalesDataReader(ColumnMapping.none()).read(List.of(file), Optional.empty(), problems);
    }

    /**
     * Row 1: "Deal ID" (A1:A2), "Deal" (B1:C1), "Stage" (D1:D2), "Status" (E1:E2); row 2: "Amount", "Currency";
     * deals from row 3.
     */
    private Path twoRowHeader(String file, boolean merged) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(file))) {
            Sheet sheet = wb.createSheet("Pipeline export");
            values(sheet.createRow(0), "Deal ID", "Deal", null, "Stage", "Status");
            values(sheet.createRow(1), null, "Amount", "Currency");
            values(sheet.createRow(2), "D-1", 1200.0, "EUR", "Product demo", "Open");
            values(sheet.createRow(3), "D-2", 800.0, "EUR", "Qualified", "Open");
            if (merged) {
                sheet.addMergedRegion(CellRangeAddress.valueOf("A1:A2"));
                sheet.addMergedRegion(CellRangeAddress.valueOf("B1:C1"));
                sheet.addMergedRegion(CellRangeAddress.valueOf("D1:D2"));
                sheet.addMergedRegion(CellRangeAddress.valueOf("E1:E2"));
            }
            wb.write(out);
        }
        return dir.resolve(file);
    }

    @Test
    void recognisesATwoRowHeaderWhoseTopRowIsMerged() throws Exception {
        Ingested in = read(twoRowHeader("merged.xlsx", true));

        List<Deal> deals = in.data().deals();
        assertEquals(2, deals.size(), problems.problems().toString());
        assertEquals("D-1", deals.get(0).id());
        assertEquals(new BigDecimal("1200"), deals.get(0).amount());
        assertEquals("EUR", deals.get(0).currency().getCurrencyCode());
        assertEquals("Qualified", deals.get(1).stage());
        assertEquals(2, in.inputs().get(0).sheets().get(0).headerRow());
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
    }

    @Test
    void withoutItsMergesTheSameSheetIsNotRecognised() throws Exception {
        Ingested in = read(twoRowHeader("plain.xlsx", false));

        assertTrue(in.data().deals().isEmpty());
        assertEquals(null, in.inputs().get(0).sheets().get(0).dataset());
    }

    /** "Amount" merged over B1:C1: some rows have the amount in B, others in C. */
    private Path mergedAcrossColumns(String file, boolean merged) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve(file))) {
            Sheet sheet = wb.createSheet("Deals");
            values(sheet.createRow(0), "Deal ID", "Amount", null, "Stage");
            values(sheet.createRow(1), "D-1", 100.0, null, "Qualified");
            values(sheet.createRow(2), "D-2", null, 250.0, "Qualified");
            if (merged) {
                sheet.addMergedRegion(CellRangeAddress.valueOf("B1:C1"));
            }
            wb.write(out);
        }
        return dir.resolve(file);
    }

    @Test
    void aHeaderMergedOverTwoColumnsNamesBoth() throws Exception {
        Ingested in = read(mergedAcrossColumns("merged.xlsx", true));

        List<BigDecimal> amounts = in.data().deals().stream().map(Deal::amount).toList();
        assertEquals(List.of(new BigDecimal("100"), new BigDecimal("250")), amounts,
                problems.problems().toString());
        assertTrue(problems.problems().isEmpty(), problems.problems().toString());
    }

    @Test
    void withoutTheMergeTheSecondColumnIsNotRead() throws Exception {
        Ingested in = read(mergedAcrossColumns("plain.xlsx", false));

        assertEquals(1, in.data().deals().size());
        assertEquals("crm: plain.xlsx, sheet Deals, cell B3 (Amount): expected an amount (row left out)",
                "crm: " + problems.problems().get(0).message());
    }

    @Test
    void theMergeListAfterALongSheetIsFound() throws Exception {
        Path file = dir.resolve("long.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Deals");
            values(sheet.createRow(0), "Deal ID", "Amount", null, "Stage");
            for (int r = 1; r <= 30_000; r++) {
                values(sheet.createRow(r), "D-" + r, r % 2 == 0 ? (double) r : null, r % 2 == 0 ? null : (double) r,
                        "Qualified <b>&amp;</b>");
            }
            sheet.addMergedRegion(CellRangeAddress.valueOf("B1:C1"));
            wb.write(out);
        }

        List<Deal> deals = read(file).data().deals();

        assertEquals(30_000, deals.size(), problems.problems().isEmpty() ? "" : problems.problems().get(0).toString());
        assertEquals(new BigDecimal("29999"), deals.get(29_998).amount());
    }

    @Test
    void mergesBelowTheHeaderLeaveDataCellsBlank() throws Exception {
        Path file = dir.resolve("data-merge.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Deals");
            values(sheet.createRow(0), "Deal ID", "Amount", "Stage", "Region");
            values(sheet.createRow(1), "D-1", 100.0, "Qualified", "EMEA");
            values(sheet.createRow(2), "D-2", 200.0, "Qualified");
            sheet.addMergedRegion(CellRangeAddress.valueOf("D2:D3"));
            wb.write(out);
        }

        List<Deal> deals = read(file).data().deals();

        assertEquals("EMEA", deals.get(0).region());
        assertEquals("", deals.get(1).region() == null ? "" : deals.get(1).region());
    }

    @Test
    void aMergedTitleRowAboveTheHeaderIsLeftOut() throws Exception {
        Path file = dir.resolve("titled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Deals");
            values(sheet.createRow(0), "Pipeline, Q3");
            values(sheet.createRow(1), "Deal ID", "Amount", "Stage");
            values(sheet.createRow(2), "D-1", 100.0, "Qualified");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
            wb.write(out);
        }

        Ingested in = read(file);

        assertEquals(1, in.data().deals().size());
        assertEquals(2, in.inputs().get(0).sheets().get(0).headerRow());
        assertEquals(List.of(), in.inputs().get(0).sheets().get(0).unmappedColumns());
    }

    @Test
    void twoRowHeaderWithoutMergesOnADealsSheetIsAClearError() throws Exception {
        Path file = twoRowHeader("plain.xlsx", false);
        Path renamed = dir.resolve("deals.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file));
                OutputStream out = Files.newOutputStream(renamed)) {
            wb.setSheetName(0, "Deals");
            wb.write(out);
        }
        assertThrows(InvalidInputException.class, () -> read(renamed));
    }

    private static void values(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof Double d) {
                row.createCell(c).setCellValue(d);
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }
}
