package org.salesaudit.commission.statements;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.salesaudit.LibreOfficeRoundTrip;
import org.salesaudit.commission.calculation.RepMonth;

class StatementWorkbookTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 31);

    @TempDir
    Path dir;

    /** Typed cells, live totals with their cached values, the sheet's direction and the same bytes every time. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void linesAreTypedAndTotalledByLiveFormulas(String language) throws Exception {
        RepMonth m = statement(language, 3);
        StatementText t = new StatementText(Locale.forLanguageTag(language), Currency.getInstance("USD"));

        byte[] xlsx = StatementWorkbook.write(m, t, "salesaudit test", DATE);

        assertArrayEquals(xlsx, StatementWorkbook.write(m, t, "salesaudit test", DATE));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals(t.rightToLeft(), sheet.isRightToLeft());
            assertEquals(t.text("commission.statement.title"), sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex() > 0, "the title is styled");
            Row first = find(sheet, "D-1");
            assertEquals("Globex", first.getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2026, 10, 2), first.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(3)));
            assertEquals(8000.0, first.getCell(5).getNumericCellValue(), 0.0);
            assertEquals("crm.xlsx / Deals / 2", first.getCell(10).getStringCellValue());
            Row total = find(sheet, t.text("commission.column.total"));
            Cell commission = total.getCell(StatementWorkbook.CREDIT_COLUMN + 1);
            assertEquals(CellType.FORMULA, commission.getCellType());
            assertEquals("SUM(H" + (first.getRowNum() + 1) + ":H" + (first.getRowNum() + 3) + ")",
                    commission.getCellFormula());
            assertEquals(m.commission().doubleValue(), commission.getNumericCellValue(), 0.0);
            assertEquals("#,##0.00", commission.getCellStyle().getDataFormatString());
        }
    }

    /** A text a spreadsheet would take for a formula stays text. */
    @Test
    void formulaLikeTextsStayText() throws Exception {
        StatementSheet sheet = new StatementSheet();
        sheet.row(0).text(0, "=HYPERLINK(\"x\")");
        sheet.text(1, "a_x0041_b & <c>");
        byte[] xlsx = XlsxPackage.bytes("S", sheet.xml(false, new int[] {10, 10}), 2, DATE, "t");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell cell = wb.getSheetAt(0).getRow(0).getCell(0);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals("=HYPERLINK(\"x\")", cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
            assertEquals("a_x0041_b & <c>", wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
        }
    }

    /** LibreOffice opens the statement, recalculates it and gets the cached totals. */
    @Test
    @Tag("libreoffice")
    void libreOfficeRecalculatesTheTotalsToTheCachedValues() throws Exception {
        RepMonth m = statement("pl", 4);
        StatementText t = new StatementText(Locale.forLanguageTag("pl"), Currency.getInstance("USD"));
        byte[] xlsx = StatementWorkbook.write(m, t, "salesaudit test", DATE);

        Path saved = roundTrip(xlsx);

        try (XSSFWorkbook wb = new XSSFWorkbook(saved.toFile())) {
            Row total = find(wb.getSheetAt(0), t.text("commission.column.total"));
            for (int i = 0; i < 3; i++) {
                assertEquals(CellType.FORMULA, total.getCell(StatementWorkbook.CREDIT_COLUMN + i).getCellType());
            }
            assertEquals(m.credit().doubleValue(), total.getCell(StatementWorkbook.CREDIT_COLUMN).getNumericCellValue(),
                    1e-9);
            assertEquals(m.commission().doubleValue(),
                    total.getCell(StatementWorkbook.CREDIT_COLUMN + 1).getNumericCellValue(), 1e-9);
        }
    }

    private Path roundTrip(byte[] xlsx) throws Exception {
        return LibreOfficeRoundTrip.resave(dir, xlsx, "statement");
    }

    private static Row find(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + first);
    }

    private RepMonth statement(String language, int deals) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= deals; i++) {
            rows.add(Arrays.asList("D-" + i, "R01", LocalDate.of(2026, 10, 1 + i), 8000, "USD", "Won", "Analytics",
                    "Globex"));
        }
        return StatementFixtures.statement(dir, language, rows);
    }
}
