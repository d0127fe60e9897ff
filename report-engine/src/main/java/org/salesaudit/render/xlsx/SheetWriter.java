package org.salesaudit.render.xlsx;

import java.time.LocalDate;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.salesaudit.render.ValueFormatter;
import org.salesaudit.report.Value;

/**
 * Writes one sheet from top to bottom: rows in order (as a streaming workbook needs), typed cells with
 * shared styles, text that can never become a formula, and column widths from the text shown.
 */
final class SheetWriter {

    static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Excel's 1900 date system starts on 1900-01-01; earlier dates are written as ISO text. */
    private static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 3, 1);

    private final Sheet sheet;
    private final Styles styles;
    private final ValueFormatter formatter;
    private final ColumnWidths widths = new ColumnWidths();
    private int nextRow;

    SheetWriter(Sheet sheet, Styles styles, ValueFormatter formatter) {
        this.sheet = sheet;
        this.styles = styles;
        this.formatter = formatter;
    }

    Sheet sheet() {
        return sheet;
    }

    /** @return a new row below the last one */
    Row newRow() {
        return sheet.createRow(nextRow++);
    }

    /** Leaves an empty row. */
    void skipRow() {
        nextRow++;
    }

    /** Leaves empty rows so that the next row is at least {@code row} (below a chart drawn over the cells). */
    void skipTo(int row) {
        nextRow = Math.max(nextRow, row);
    }

    /** @return the index of the row {@link #newRow()} creates next */
    int nextRowIndex() {
        return nextRow;
    }

    /** Writes {@code text} as a string cell, never a formula; quote-prefixed if it looks like one. */
    void text(Row row, int column, String text, Role role) {
        String safe = cellText(text);
        Cell cell = row.createCell(column);
        cell.setCellValue(safe);
        cell.setCellStyle(styles.get(role, null, FormulaInjection.needsQuotePrefix(safe)));
        note(column, safe, role);
    }

    /** Writes {@code value} as a typed cell: a number or date with its format, text, or an empty cell. */
    void value(Row row, int column, Value value, Role role) {
        if (value instanceof Value.Text t) {
            text(row, column, t.text(), role);
        } else if (value instanceof Value.Term) {
            text(row, column, formatter.format(value), role);
        } else if (value instanceof Value.NotAvailable) {
            blank(row, column, role);
        } else if (value instanceof Value.Date d) {
            if (d.date().isBefore(FIRST_EXCEL_DATE)) {
                text(row, column, d.date().toString(), role);
                return;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(d.date());
            cell.setCellStyle(styles.get(role, NumberFormats.DATE, false));
            note(column, NumberFormats.DATE, role);
        } else {
            Cell cell = row.createCell(column);
            cell.setCellValue(number(value));
            cell.setCellStyle(styles.get(role, styles.formats().forValue(value), false));
            note(column, formatter.format(value), role);
        }
    }

    /**
     * Writes a formula with its cached result, so that viewers which do not recalculate show it.
     *
     * @param shownAs the result as a value: decides the number format and the column width
     */
    void formula(Row row, int column, String formula, double cached, Value shownAs, Role role) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(styles.get(role, styles.formats().forValue(shownAs), false));
        note(column, formatter.format(shownAs), role);
    }

    /** Writes a formula whose cached result is text (e.g. the empty text of {@code IF(x=0,"",…)}). */
    void formulaWithTextResult(Row row, int column, String formula, String cached, String format, Role role) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(styles.get(role, format, false));
        note(column, cached, role);
    }

    /** Writes an empty cell that still carries the role's style (e.g. the rule above a total row). */
    void blank(Row row, int column, Role role) {
        row.createCell(column).setCellStyle(styles.get(role, null, false));
    }

    /** Sets the column widths; call once everything is written. */
    void finish() {
        widths.apply(sheet);
    }

    /** @return the number a numeric value is stored as; the total row sums exactly these numbers */
    static double number(Value value) {
        if (value instanceof Value.Money m) {
            return m.amount().doubleValue();
        } else if (value instanceof Value.Ratio r) {
            return r.fraction().doubleValue();
        } else if (value instanceof Value.Count c) {
            return c.count();
        } else if (value instanceof Value.Identifier i) {
            return i.number();
        } else if (value instanceof Value.Quantity q) {
            return q.value().doubleValue();
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    /**
     * @return {@code text} as a cell can hold it: characters XML 1.0 cannot carry replaced by U+FFFD,
     *         cut to Excel's 32,767 characters
     */
    static String cellText(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invalid = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (invalid && s == null) {
                s = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (s != null) {
                s.append(invalid ? '\uFFFD' : c);
            }
        }
        String clean = s == null ? text : s.toString();
        if (clean.length() > MAX_TEXT_LENGTH) {
            clean = SheetNames.truncate(clean, MAX_TEXT_LENGTH - 1) + '\u2026';
        }
        return clean;
    }

    private void note(int column, String text, Role role) {
        if (role.sizesColumn()) {
            widths.note(column, text);
        }
    }
}
