package org.salesaudit.commission.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.util.CellReference;

import org.salesaudit.render.xlsx.ReproducibleXlsx;

/**
 * The worksheet XML of a statement, written row by row: inline strings (quote-prefixed when a
 * spreadsheet could read them as a formula), money and percentages as exact decimals, dates as
 * serial numbers, and formulas with their cached values. Styles are the fixed indexes of
 * {@link XlsxPackage#styles}.
 */
final class StatementSheet {

    static final int TITLE = 1;
    static final int BOLD = 2;
    static final int MONEY = 3;
    static final int MONEY_BOLD = 4;
    static final int PERCENT = 5;
    static final int DATE = 6;
    static final int QUOTED = 7;

    private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final String[] COLUMNS = new String[16];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = CellReference.convertNumToColString(c);
        }
    }

    private final StringBuilder xml = new StringBuilder(16 * 1024);
    private int row = -1;
    private boolean rowOpen;

    /** Starts row {@code index} (0-based, increasing); rows never started stay empty. */
    StatementSheet row(int index) {
        closeRow();
        row = index;
        xml.append("<row r=\"").append(index + 1).append("\">");
        rowOpen = true;
        return this;
    }

    void text(int column, String text) {
        if (text != null) {
            string(column, text, ReproducibleXlsx.needsQuotePrefix(text) ? QUOTED : 0);
        }
    }

    void bold(int column, String text) {
        string(column, text, ReproducibleXlsx.needsQuotePrefix(text) ? QUOTED : BOLD);
    }

    void title(int column, String text) {
        string(column, text, TITLE);
    }

    void money(int column, BigDecimal amount) {
        if (amount != null) {
            number(column, amount.toPlainString(), MONEY);
        }
    }

    void percent(int column, BigDecimal fraction) {
        if (fraction != null) {
            number(column, fraction.toPlainString(), PERCENT);
        }
    }

    void date(int column, LocalDate date) {
        if (date != null) {
            number(column, Long.toString(date.toEpochDay() - EXCEL_EPOCH), DATE);
        }
    }

    /** A bold money formula with its cached value. */
    void moneyTotal(int column, String formula, BigDecimal cached) {
        open(column, MONEY_BOLD);
        xml.append("><f>").append(formula).append("</f><v>").append(cached.toPlainString()).append("</v></c>");
    }

    /** @return the worksheet part, right to left when asked, with the given column widths in characters */
    String xml(boolean rightToLeft, int[] widths) {
        closeRow();
        StringBuilder out = new StringBuilder(xml.length() + 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append(XlsxPackage.MAIN).append("\"><sheetViews><sheetView workbookViewId=\"0\"")
                .append(rightToLeft ? " rightToLeft=\"1\"" : "").append("/></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < widths.length; c++) {
            out.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(widths[c]).append("\" customWidth=\"1\"/>");
        }
        out.append("</cols><sheetData>").append(xml).append("</sheetData>")
                .append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("</worksheet>");
        return out.toString();
    }

    private void string(int column, String text, int style) {
        open(column, style);
        xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        // "_x0041_" would be read back as "A": its underscore is written as _x005F_
        XlsxPackage.escape(text.contains("_x") ? text.replace("_x", "_x005F_x") : text, xml);
        xml.append("</t></is></c>");
    }

    private void number(int column, String value, int style) {
        open(column, style);
        xml.append("><v>").append(value).append("</v></c>");
    }

    private void open(int column, int style) {
        xml.append("<c r=\"").append(COLUMNS[column]).append(row + 1).append('"');
        if (style != 0) {
            xml.append(" s=\"").append(style).append('"');
        }
    }

    private void closeRow() {
        if (rowOpen) {
            xml.append("</row>");
            rowOpen = false;
        }
    }
}
