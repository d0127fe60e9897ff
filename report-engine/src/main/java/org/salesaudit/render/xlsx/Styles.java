package org.salesaudit.render.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created on first use and shared (a workbook holds at most 64,000
 * styles, so never one per cell). Creation order follows the report, which keeps the output stable.
 */
final class Styles {

    private static final short TITLE_POINTS = 14;

    private record Key(Role role, String format, boolean quotePrefixed) {
    }

    private final Workbook workbook;
    private final NumberFormats formats;
    private final DataFormat dataFormat;
    private final Map<Key, CellStyle> styles = new HashMap<>();
    private Font bold;
    private Font title;

    Styles(Workbook workbook, NumberFormats formats) {
        this.workbook = workbook;
        this.formats = formats;
        this.dataFormat = workbook.createDataFormat();
    }

    NumberFormats formats() {
        return formats;
    }

    /**
     * @param format        an Excel number format code, or null for General
     * @param quotePrefixed whether the cell's text must stay text when edited
     */
    CellStyle get(Role role, String format, boolean quotePrefixed) {
        return styles.computeIfAbsent(new Key(role, format, quotePrefixed), this::create);
    }

    private CellStyle create(Key key) {
        CellStyle style = workbook.createCellStyle();
        if (key.format() != null) {
            style.setDataFormat(dataFormat.getFormat(key.format()));
        }
        style.setQuotePrefixed(key.quotePrefixed());
        switch (key.role()) {
            case TITLE -> style.setFont(titleFont());
            case HEADING -> style.setFont(boldFont());
            case HEADER -> {
                style.setFont(boldFont());
                style.setBorderBottom(BorderStyle.THIN);
            }
            case TOTAL -> {
                style.setFont(boldFont());
                style.setBorderTop(BorderStyle.THIN);
            }
            case BODY, NOTE -> {
                // the workbook's default font
            }
        }
        return style;
    }

    private Font boldFont() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }

    private Font titleFont() {
        if (title == null) {
            title = workbook.createFont();
            title.setBold(true);
            title.setFontHeightInPoints(TITLE_POINTS);
        }
        return title;
    }
}
