package org.salesaudit.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one sheet: a styled, frozen, filterable header row, then data rows cell by cell. A
 * null value leaves the cell blank. Column widths are fixed (never measured from fonts, which
 * would depend on the machine).
 */
final class SheetWriter {

    /** A column: its header text and its width in characters. */
    record Column(String header, int width) {
    }

    static Column col(String header, int width) {
        return new Column(header, width);
    }

    private final XSSFSheet sheet;
    private final Styles styles;
    private final int columns;
    private Row row;
    private int column;

    SheetWriter(XSSFWorkbook workbook, Styles styles, String name, Column... columns) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.columns = columns.length;
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns[i].header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, columns[i].width() * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Starts the next data row. */
    SheetWriter row() {
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
        return this;
    }

    /** The address of the cell the next value goes to, such as {@code I57}. */
    String nextAddress() {
        return new CellAddress(row.getRowNum(), column).formatAsString();
    }

    /** The 1-based number of the current row as Excel shows it. */
    int rowNumber() {
        return row.getRowNum() + 1;
    }

    SheetWriter text(String value) {
        Cell cell = next(value == null);
        if (cell != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    SheetWriter date(LocalDate value) {
        Cell cell = next(value == null);
        if (cell != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
        return this;
    }

    SheetWriter dateTime(LocalDateTime value) {
        Cell cell = next(value == null);
        if (cell != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.dateTime);
        }
        return this;
    }

    SheetWriter money(double value) {
        return number(value, styles.money);
    }

    SheetWriter percent(double value) {
        return number(value, styles.percent);
    }

    SheetWriter count(long value) {
        return number(value, styles.count);
    }

    SheetWriter yesNo(boolean value) {
        return text(value ? "Yes" : "No");
    }

    /** Adds the filter buttons over the header and the data; call once the rows are written. */
    int finish() {
        int last = Math.max(1, sheet.getLastRowNum());
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns - 1));
        return sheet.getLastRowNum();
    }

    private SheetWriter number(double value, CellStyle style) {
        Cell cell = next(false);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return this;
    }

    private Cell next(boolean blank) {
        int index = column++;
        return blank ? null : row.createCell(index);
    }
}
