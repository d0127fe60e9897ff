package org.salesaudit.commission.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.salesaudit.render.xlsx.ReproducibleXlsx;

/**
 * Typed cells for the commission workbooks: money as numbers with the currency's decimals, ratios as
 * percentages, real dates, bold labels, and text that can never turn into a formula. Formulas are
 * written with their cached value so a workbook opens with correct numbers before any recalculation.
 */
public final class SheetCells {

    private final CellStyle money;
    private final CellStyle moneyBold;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle bold;
    private final CellStyle quoted;
    private final CellStyle title;

    public SheetCells(XSSFWorkbook workbook, Currency currency) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        String moneyFormat = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat(moneyFormat));
        moneyBold = workbook.createCellStyle();
        moneyBold.cloneStyleFrom(money);
        moneyBold.setFont(boldFont);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
    }

    public static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    public void text(Row row, int column, String text) {
        if (text == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (ReproducibleXlsx.needsQuotePrefix(text)) {
            cell.setCellStyle(quoted);
        }
    }

    public void bold(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(ReproducibleXlsx.needsQuotePrefix(text) ? quoted : bold);
    }

    public void title(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(title);
    }

    public void money(Row row, int column, BigDecimal amount) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(money);
    }

    public void number(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    /** A ratio (0.5 = 50 %), empty when null. */
    public void percent(Row row, int column, BigDecimal fraction) {
        if (fraction == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(fraction.doubleValue());
        cell.setCellStyle(percent);
    }

    public void date(Row row, int column, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    /** A money formula with its cached value, bold when {@code total}. */
    public void moneyFormula(Row row, int column, String formula, double cached, boolean total) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(total ? moneyBold : money);
    }

    /** A percentage formula with its cached value. */
    public void percentFormula(Row row, int column, String formula, double cached) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(percent);
    }
}
