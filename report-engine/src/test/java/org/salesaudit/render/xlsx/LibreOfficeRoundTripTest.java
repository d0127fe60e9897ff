package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesaudit.LibreOfficeRoundTrip;
import org.salesaudit.render.chart.ChartFixtures;
import org.salesaudit.report.SampleReports;

/**
 * A second spreadsheet program reads the workbooks: LibreOffice opens each report, recalculates every
 * formula (its profile is set to always recalculate OOXML files) and saves it again; every formula must
 * come back with the value the renderer cached. Runs in the {@code libreoffice} Maven profile, which
 * activates wherever {@code /usr/bin/soffice} exists (CI installs it); there a missing LibreOffice on
 * the PATH fails the test.
 */
@Tag("libreoffice")
class LibreOfficeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theExampleReportRecalculatesToItsCachedValues() throws Exception {
        org.salesaudit.report.ReportModel example = new org.salesaudit.engine.ReportEngine().buildModel(
                org.salesaudit.engine.ReportRequest.builder(List.of(Path.of("..", "examples", "acme-sales.xlsx")),
                        dir.resolve("unused")).build());
        byte[] xlsx = Workbooks.render(example, Locale.ENGLISH);
        assertTrue(assertRecalculatesToCache(xlsx, roundTrip(xlsx, "example")) > 0);
    }

    @Test
    void everyFormulaRecalculatesToItsCachedValueInEveryLanguage() throws Exception {
        for (String language : new String[] {"en", "ar", "pl"}) {
            byte[] xlsx = Workbooks.render(ChartFixtures.report(), Locale.forLanguageTag(language));
            Path saved = roundTrip(xlsx, "report-" + language);
            assertTrue(assertRecalculatesToCache(xlsx, saved) > 0, "formulas checked in " + language);
            try (XSSFWorkbook theirs = Workbooks.open(Files.readAllBytes(saved))) {
                XSSFSheet pipeline = theirs.getSheetAt(1);
                assertFalse(pipeline.getDrawingPatriarch() == null || pipeline.getDrawingPatriarch().getCharts().isEmpty(),
                        "LibreOffice keeps the native charts of " + language);
            }
        }
    }

    @Test
    void thePayoutRegisterRecalculatesToItsCachedValues() throws Exception {
        org.salesaudit.commission.calculation.CommissionRun october = new org.salesaudit.engine.CommissionEngine(1)
                .calculate(org.salesaudit.engine.CommissionRequest.of(
                        List.of(Path.of("..", "examples", "finance", "finance-2026.xlsx")), dir.resolve("unused"),
                        java.time.YearMonth.of(2026, 10)));
        byte[] xlsx = org.salesaudit.commission.register.PayoutRegister.write(october, List.of(), false,
                new org.salesaudit.commission.statements.StatementText(Locale.ENGLISH, october.currency(),
                        october.rounding()), "salesaudit", october.period().atEndOfMonth());
        assertTrue(assertRecalculatesToCache(xlsx, roundTrip(xlsx, "register")) > 0);
    }

    /** @return the number of formulas whose value after LibreOffice's recalculation matched the cache */
    private static int assertRecalculatesToCache(byte[] xlsx, Path saved) throws IOException {
        int checked = 0;
        try (XSSFWorkbook ours = Workbooks.open(xlsx); XSSFWorkbook theirs = Workbooks.open(Files.readAllBytes(saved))) {
            assertEquals(Workbooks.sheetNames(ours), Workbooks.sheetNames(theirs));
            for (Cell cell : Workbooks.formulaCells(ours)) {
                Cell other = theirs.getSheet(cell.getSheet().getSheetName()).getRow(cell.getRowIndex())
                        .getCell(cell.getColumnIndex());
                assertSameResult(cell, other);
                checked++;
            }
        }
        return checked;
    }

    @Test
    void libreOfficeReallyRecalculates() throws Exception {
        byte[] xlsx = Workbooks.render(SampleReports.complete(), Locale.ENGLISH);
        Cell total;
        byte[] tampered;
        try (XSSFWorkbook workbook = Workbooks.open(xlsx)) {
            total = Workbooks.formulaCells(workbook).stream()
                    .filter(c -> c.getCachedFormulaResultType() == CellType.NUMERIC).findFirst().orElseThrow();
            double right = total.getNumericCellValue();
            total.setCellValue(right + 12345);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            tampered = out.toByteArray();
            try (XSSFWorkbook theirs = Workbooks.open(Files.readAllBytes(roundTrip(tampered, "tampered")))) {
                Cell recalculated = theirs.getSheet(total.getSheet().getSheetName()).getRow(total.getRowIndex())
                        .getCell(total.getColumnIndex());
                assertEquals(right, recalculated.getNumericCellValue(), Math.abs(right) * 1e-12,
                        "LibreOffice recomputed " + Workbooks.address(total) + " instead of keeping the wrong cache");
            }
        }
    }

    private static void assertSameResult(Cell ours, Cell theirs) {
        String where = Workbooks.address(ours) + " =" + ours.getCellFormula();
        assertEquals(CellType.FORMULA, theirs.getCellType(), where + " is still a formula");
        if (ours.getCachedFormulaResultType() == CellType.NUMERIC) {
            assertEquals(CellType.NUMERIC, theirs.getCachedFormulaResultType(), where);
            double expected = ours.getNumericCellValue();
            assertEquals(expected, theirs.getNumericCellValue(), Math.max(1e-9, Math.abs(expected) * 1e-12), where);
        } else {
            assertEquals(ours.getStringCellValue(), theirs.getStringCellValue(), where);
        }
    }

    private Path roundTrip(byte[] xlsx, String name) throws IOException, InterruptedException {
        return LibreOfficeRoundTrip.resave(dir, xlsx, name);
    }
}
