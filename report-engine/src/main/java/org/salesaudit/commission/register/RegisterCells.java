package org.salesaudit.commission.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import org.salesaudit.render.xlsx.ReproducibleXlsx;

/**
 * Typed cells of the payout register, for a streamed workbook (rows are only ever created, never looked
 * up again): money as numbers with the currency's decimals, ratios as percentages, real dates, bold
 * labels, text that can never turn into a formula, and formulas with their cached value. The styles are
 * those of the statements' workbooks, created in the same order.
 */
final class RegisterCells {

    private final CellStyle money;
    private final CellStyle moneyBold;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle bold;
    private final CellStyle quoted;
    private final CellStyle title;

    RegisterCells(Workbook workbook, Currency currency) {
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

    void text(Row row, int column, String text) {
        if (text == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (ReproducibleXlsx.needsQuotePrefix(text)) {
            cell.setCellStyle(quoted);
        }
    }

    void bold(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(ReproducibleXlsx.needsQuotePrefix(text) ? quoted : bold);
    }

    void title(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(title);
    }

    void money(Row row, int column, BigDecimal amount) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(money);
    }

    /** A ratio (0.5 = 50 %), empty when null. */
    void percent(Row row, int column, BigDecimal fraction) {
        if (fraction == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(fraction.doubleValue());
        cell.setCellStyle(percent);
    }

    void date(Row row, int column, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    /** A money formula with its cached value, bold when {@code total}. */
    void moneyFormula(Row row, int column, String formula, double cached, boolean total) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(total ? moneyBold : money);
    }

    /** A percentage formula with its cached value. */
    void percentFormula(Row row, int column, String formula, double cached) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(percent);
    }
}
