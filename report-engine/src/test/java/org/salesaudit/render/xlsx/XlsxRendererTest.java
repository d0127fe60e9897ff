package org.salesaudit.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.salesaudit.engine.OutputFormat;
import org.salesaudit.render.Messages;
import org.salesaudit.report.ReportModel;
import org.salesaudit.report.SampleReports;

class XlsxRendererTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Messages MESSAGES = Messages.forLocale(EN);

    private static String msg(String key) {
        return MESSAGES.get(key);
    }

    private static XSSFWorkbook complete() {
        return Workbooks.renderAndOpen(SampleReports.complete(), EN);
    }

    @Test
    void isTheXlsxRenderer() throws Exception {
        assertEquals(OutputFormat.XLSX, new XlsxRenderer().format());
    }

    @Test
    void hasSummaryOneSheetPerProducedSectionAndDataQuality() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            assertEquals(List.of(msg("report.summary"), msg("section.pipeline.title"),
                    msg("section.sales_effectiveness.title"), msg("dataQuality.title")), Workbooks.sheetNames(wb));
        }
    }

    @Test
    void figuresAreNumbersWithNumberFormats() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet pipeline = wb.getSheet(msg("section.pipeline.title"));
            assertNumber(pipeline, "figure.audit.pipeline_value", 1234567.89, "\"$\"#,##0.00");
            assertNumber(pipeline, "figure.audit.open_deals", 42, "#,##0");
            XSSFSheet effectiveness = wb.getSheet(msg("section.sales_effectiveness.title"));
            assertNumber(effectiveness, "figure.audit.win_rate", 0.3125, "0.0%");
            assertNumber(effectiveness, "figure.audit.average_deal_size", 8765.43, "\"$\"#,##0.00");

            // The summary repeats every figure, as typed cells too.
            XSSFSheet summary = wb.getSheet(msg("report.summary"));
            assertNumber(summary, "figure.audit.pipeline_value", 1234567.89, "\"$\"#,##0.00");
            assertNumber(summary, "figure.audit.win_rate", 0.3125, "0.0%");
            assertNumber(summary, "figure.audit.open_deals", 42, "#,##0");
        }
    }

    private static void assertNumber(XSSFSheet sheet, String labelKey, double expected, String format) {
        Cell cell = Workbooks.rowStartingWith(sheet, msg(labelKey)).getCell(1);
        assertEquals(CellType.NUMERIC, cell.getCellType(), labelKey);
        assertEquals(expected, cell.getNumericCellValue(), 0.0, labelKey);
        assertEquals(format, cell.getCellStyle().getDataFormatString(), labelKey);
    }

    @Test
    void notAvailableIsAnEmptyCell() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet effectiveness = wb.getSheet(msg("section.sales_effectiveness.title"));
            Cell cell = Workbooks.rowStartingWith(effectiveness, msg("figure.audit.median_deal_size")).getCell(1);
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "median deal size should be empty");
        }
    }

    @Test
    void datesAreDateCells() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet effectiveness = wb.getSheet(msg("section.sales_effectiveness.title"));
            assertDate(Workbooks.rowStartingWith(effectiveness, msg("figure.audit.window_start")).getCell(1),
                    LocalDate.of(2025, 11, 1));
            assertDate(Workbooks.rowStartingWith(effectiveness, msg("figure.audit.window_end")).getCell(1),
                    LocalDate.of(2026, 10, 31));
            XSSFSheet summary = wb.getSheet(msg("report.summary"));
            assertDate(Workbooks.rowStartingWith(summary, msg("xlsx.summary.asOf")).getCell(1),
                    LocalDate.of(2026, 10, 31));
        }
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(cell), "date format expected, was " + cell.getCellStyle().getDataFormatString());
        assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString());
        assertEquals(expected.atStartOfDay(), cell.getLocalDateTimeCellValue());
    }

    @Test
    void summaryListsGeneratorInputsAndSkippedSections() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet summary = wb.getSheet(msg("report.summary"));
            assertEquals(msg("report.title"), summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals("salesaudit test",
                    Workbooks.rowStartingWith(summary, msg("xlsx.summary.generatedBy")).getCell(1).getStringCellValue());
            assertEquals("0".repeat(64), Workbooks.rowStartingWith(summary, "acme.xlsx").getCell(1).getStringCellValue());
            Row skippedTitle = Workbooks.rowStartingWith(summary, msg("section.quota_attainment.title"));
            String reason = MESSAGES.format("skipped.noSheet", List.of("Quotas"));
            assertEquals(MESSAGES.format("report.skipped", List.of(reason)),
                    summary.getRow(skippedTitle.getRowNum() + 1).getCell(0).getStringCellValue());
            Workbooks.rowStartingWith(summary, MESSAGES.format("dataQuality.counts", List.of("1", "1")));
        }
    }

    @Test
    void tablesHaveCaptionHeaderRowsAndTotalRowOfSums() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet pipeline = wb.getSheet(msg("section.pipeline.title"));
            Row caption = Workbooks.rowStartingWith(pipeline, msg("table.audit.pipeline.by_stage"));
            Row header = pipeline.getRow(caption.getRowNum() + 1);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of(msg("column.stage"), msg("column.deals"), msg("column.value"),
                    msg("column.probability"), msg("column.weighted_value")), headers);

            Row first = pipeline.getRow(header.getRowNum() + 1);
            assertEquals("Product trial", first.getCell(0).getStringCellValue());
            assertEquals(0.6, first.getCell(3).getNumericCellValue(), 0.0);
            assertEquals("0.0%", first.getCell(3).getCellStyle().getDataFormatString());

            Row total = pipeline.getRow(header.getRowNum() + 3);
            int from = header.getRowNum() + 2;
            int to = header.getRowNum() + 3;
            assertEquals(msg("xlsx.table.total"), total.getCell(0).getStringCellValue());
            assertFormula(total.getCell(1), "SUM(B" + from + ":B" + to + ")", 3, "#,##0");
            assertFormula(total.getCell(2), "SUM(C" + from + ":C" + to + ")", 1050, "\"$\"#,##0.00");
            assertFormula(total.getCell(4), "SUM(E" + from + ":E" + to + ")", 600, "\"$\"#,##0.00");
            // No sum under a ratio column.
            assertTrue(total.getCell(3) == null || total.getCell(3).getCellType() == CellType.BLANK);
            assertNull(pipeline.getRow(total.getRowNum() + 1), "nothing below the total row");
        }
    }

    private static void assertFormula(Cell cell, String formula, double cached, String format) {
        assertEquals(CellType.FORMULA, cell.getCellType(), Workbooks.address(cell));
        assertEquals(formula, cell.getCellFormula());
        assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType());
        assertEquals(cached, cell.getNumericCellValue(), 0.0);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    @Test
    void everyFormulaEvaluatesToItsCachedValue() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            assertEquals(3, Workbooks.assertCachedValuesMatchEvaluation(wb));
        }
        for (ReportModel model : List.of(XlsxFixtures.attainment(), XlsxFixtures.zeroQuota(),
                XlsxFixtures.awkwardSums(), XlsxFixtures.twoTablesAndHostileText())) {
            try (XSSFWorkbook wb = Workbooks.renderAndOpen(model, EN)) {
                assertTrue(Workbooks.assertCachedValuesMatchEvaluation(wb) > 0);
            }
        }
    }

    @Test
    void theFormulaCheckNoticesAWrongCachedValue() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            Cell total = Workbooks.formulaCells(wb).get(0);
            total.setCellValue(total.getNumericCellValue() + 0.01);
            assertThrows(AssertionFailedError.class, () -> Workbooks.assertCachedValuesMatchEvaluation(wb));
        }
    }

    @Test
    void sumsAreCachedAsExcelAddsDoublesAndOnlyOverOneCurrency() throws Exception {
        try (XSSFWorkbook wb = Workbooks.renderAndOpen(XlsxFixtures.awkwardSums(), EN)) {
            XSSFSheet pipeline = wb.getSheet(msg("section.pipeline.title"));
            Row total = Workbooks.rowStartingWith(pipeline, msg("xlsx.table.total"));
            assertEquals(0.1 + 0.2, total.getCell(2).getNumericCellValue(), 0.0);
            assertEquals(1, total.getCell(1).getNumericCellValue(), 0.0, "empty cells are skipped by SUM");
            Cell mixedCurrencies = total.getCell(3);
            assertEquals(CellType.BLANK, mixedCurrencies.getCellType(), "USD and EUR must not be added up");
        }
    }

    @Test
    void totalAttainmentIsBookingsOverQuotaOfTheTotals() throws Exception {
        try (XSSFWorkbook wb = Workbooks.renderAndOpen(XlsxFixtures.attainment(), EN)) {
            XSSFSheet sheet = wb.getSheet(msg("section.quota_attainment.title"));
            Row total = Workbooks.rowStartingWith(sheet, msg("xlsx.table.total"));
            int excelRow = total.getRowNum() + 1;
            assertFormula(total.getCell(2), "SUM(C" + (excelRow - 2) + ":C" + (excelRow - 1) + ")", 180000,
                    "\"$\"#,##0.00");
            assertFormula(total.getCell(3), "SUM(D" + (excelRow - 2) + ":D" + (excelRow - 1) + ")", 165000,
                    "\"$\"#,##0.00");
            assertFormula(total.getCell(4), "IF(C" + excelRow + "=0,\"\",D" + excelRow + "/C" + excelRow + ")",
                    165000.0 / 180000.0, "0.0%");
        }
        try (XSSFWorkbook wb = Workbooks.renderAndOpen(XlsxFixtures.zeroQuota(), EN)) {
            XSSFSheet sheet = wb.getSheet(msg("section.quota_attainment.title"));
            Cell attainment = Workbooks.rowStartingWith(sheet, msg("xlsx.table.total")).getCell(4);
            assertEquals(CellType.FORMULA, attainment.getCellType());
            assertEquals(CellType.STRING, attainment.getCachedFormulaResultType());
            assertEquals("", attainment.getStringCellValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysQuotePrefixedText() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            List<Cell> cells = Workbooks.cellsWithText(wb, "=HYPERLINK(\"http://x\")");
            assertEquals(1, cells.size());
            assertEquals(CellType.STRING, cells.get(0).getCellType());
            assertTrue(cells.get(0).getCellStyle().getQuotePrefixed(), "quote prefix");
            Cell plain = Workbooks.cellsWithText(wb, "Product trial").get(0);
            assertFalse(plain.getCellStyle().getQuotePrefixed(), "ordinary text is not quote-prefixed");
            for (Cell formula : Workbooks.formulaCells(wb)) {
                assertTrue(formula.getCellFormula().startsWith("SUM("), "unexpected formula " + formula.getCellFormula());
            }
        }
        try (XSSFWorkbook wb = Workbooks.renderAndOpen(XlsxFixtures.twoTablesAndHostileText(), EN)) {
            for (String text : List.of("+1", "-2", "@SUM(A1)", "\uFF1D1+1", "=evil.xlsx", "=cmd|' /C calc'!A0")) {
                List<Cell> cells = Workbooks.cellsWithText(wb, text);
                assertFalse(cells.isEmpty(), text);
                for (Cell cell : cells) {
                    assertEquals(CellType.STRING, cell.getCellType(), text);
                    assertTrue(cell.getCellStyle().getQuotePrefixed(), text + " at " + Workbooks.address(cell));
                }
            }
            for (Cell formula : Workbooks.formulaCells(wb)) {
                assertTrue(formula.getCellFormula().startsWith("SUM("), "unexpected formula " + formula.getCellFormula());
            }
        }
    }

    @Test
    void textIsCleanedOfControlCharactersAndCutToExcelsLimit() throws Exception {
        try (XSSFWorkbook wb = Workbooks.renderAndOpen(XlsxFixtures.twoTablesAndHostileText(), EN)) {
            assertEquals(2, Workbooks.cellsWithText(wb, "bell\uFFFD and nul\uFFFD").size());
            List<Cell> longText = Workbooks.allCells(wb).stream()
                    .filter(c -> c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("xxxx"))
                    .toList();
            assertEquals(2, longText.size());
            for (Cell cell : longText) {
                assertEquals(32_767, cell.getStringCellValue().length());
            }
        }
    }

    @Test
    void dataQualitySheetHasOneRowPerProblemUnderAFrozenFilteredHeader() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet sheet = wb.getSheet(msg("dataQuality.title"));
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of(msg("dataQuality.column.severity"), msg("dataQuality.column.file"),
                    msg("dataQuality.column.sheet"), msg("dataQuality.column.cell"), msg("dataQuality.column.column"),
                    msg("dataQuality.column.expected"), msg("dataQuality.column.found"),
                    msg("dataQuality.column.action")), header);
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(List.of(msg("severity.ERROR"), "acme.xlsx", "Deals", "I57", "Amount", "an amount", "TBD",
                    "row skipped"), texts(sheet.getRow(1)));
            assertEquals(List.of(msg("severity.WARNING"), "acme.xlsx", "Deals", "I12", "Amount", "a number",
                    "$12,500", "read as 12500"), texts(sheet.getRow(2)));

            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane(), "frozen header");
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals("A1:H3", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    @Test
    void aSectionWithOneTableFreezesAndFiltersItsHeader() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet pipeline = wb.getSheet(msg("section.pipeline.title"));
            Row caption = Workbooks.rowStartingWith(pipeline, msg("table.audit.pipeline.by_stage"));
            int headerExcelRow = caption.getRowNum() + 2;
            assertEquals("A" + headerExcelRow + ":E" + (headerExcelRow + 2),
                    pipeline.getCTWorksheet().getAutoFilter().getRef(), "header and data rows, not the total");
            PaneInformation pane = pipeline.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane());
            assertEquals(headerExcelRow, pane.getHorizontalSplitPosition());
            assertNull(wb.getSheet(msg("section.sales_effectiveness.title")).getPaneInformation(),
                    "no table, nothing frozen");
        }
    }

    @Test
    void sectionsWithTheSameTitleGetDistinctSheetsAndSeveralTablesAreNotFrozen() throws Exception {
        try (XSSFWorkbook wb = Workbooks.renderAndOpen(XlsxFixtures.twoTablesAndHostileText(), EN)) {
            String title = msg("section.pipeline.title");
            assertEquals(List.of(msg("report.summary"), title, title + " (2)", msg("dataQuality.title")),
                    Workbooks.sheetNames(wb));
            XSSFSheet second = wb.getSheet(title + " (2)");
            Cell secondCaption = Workbooks.cellsWithText(wb, msg("table.audit.quota_attainment.reps")).get(0);
            assertEquals(second, secondCaption.getSheet());
            assertEquals("A4:B10", second.getCTWorksheet().getAutoFilter().getRef(), "the first table has the filter");
            assertNull(second.getPaneInformation(), "two tables: no frozen header");
            Row fileOnly = wb.getSheet(msg("dataQuality.title")).getRow(2);
            assertEquals("empty.xlsx", fileOnly.getCell(1).getStringCellValue());
            assertEquals(CellType.BLANK, fileOnly.getCell(3).getCellType(), "no cell address known");
        }
    }

    @Test
    void anEmptyReportStillHasItsFixedSheets() throws Exception {
        try (XSSFWorkbook wb = Workbooks.renderAndOpen(XlsxFixtures.empty(), EN)) {
            assertEquals(List.of(msg("report.summary"), msg("dataQuality.title")), Workbooks.sheetNames(wb));
            XSSFSheet dataQuality = wb.getSheet(msg("dataQuality.title"));
            assertEquals(msg("dataQuality.none"), dataQuality.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void columnsAreWideEnoughForTheirText() throws Exception {
        try (XSSFWorkbook wb = complete()) {
            XSSFSheet summary = wb.getSheet(msg("report.summary"));
            assertEquals(ColumnWidths.units(64), summary.getColumnWidth(1), "the SHA-256 column");
            XSSFSheet dataQuality = wb.getSheet(msg("dataQuality.title"));
            assertEquals(ColumnWidths.units("read as 12500".length()), dataQuality.getColumnWidth(7));
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytesInAnyTimeZone() throws Exception {
        byte[] first = Workbooks.render(SampleReports.complete(), EN);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Thread.sleep(1100); // a second later: nothing may come from the clock
            byte[] second = Workbooks.render(SampleReports.complete(), EN);
            assertArrayEquals(first, second);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void documentDatesAndZipEntryTimesComeFromTheAsOfDate() throws Exception {
        ReportModel model = SampleReports.complete();
        byte[] bytes = Workbooks.render(model, EN);
        try (XSSFWorkbook wb = Workbooks.open(bytes)) {
            var core = wb.getProperties().getCoreProperties();
            Date asOf = Date.from(model.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
            assertEquals(asOf, core.getCreated());
            assertEquals(asOf, core.getModified());
            assertEquals(model.generator(), core.getCreator());
        }
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                assertEquals(LocalDateTime.of(2026, 10, 31, 0, 0), entry.getTimeLocal(), entry.getName());
                assertNull(entry.getExtra(), entry.getName());
            }
        }
        assertTrue(entries > 5);
    }

    @Test
    void rendersInPolishAndKorean() throws Exception {
        for (Locale locale : List.of(Locale.forLanguageTag("pl"), Locale.forLanguageTag("ko"))) {
            byte[] bytes = Workbooks.render(SampleReports.complete(), locale);
            assertArrayEquals(bytes, Workbooks.render(SampleReports.complete(), locale), locale + " twice");
            try (XSSFWorkbook wb = Workbooks.open(bytes)) {
                assertEquals(4, wb.getNumberOfSheets(), locale.toString());
                Cell pipelineValue = wb.getSheetAt(1).getRow(2).getCell(1);
                assertEquals(1234567.89, pipelineValue.getNumericCellValue(), 0.0, locale.toString());
                String format = pipelineValue.getCellStyle().getDataFormatString();
                assertTrue(format.contains("#,##0.00") && format.contains(SampleReports.USD.getSymbol(locale)),
                        locale + ": " + format);
                assertEquals(3, Workbooks.assertCachedValuesMatchEvaluation(wb), locale.toString());
                assertEquals(1, Workbooks.cellsWithText(wb, "I57").size(), locale.toString());
            }
        }
    }
}
