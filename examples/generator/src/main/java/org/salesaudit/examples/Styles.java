package org.salesaudit.examples;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the workbook: header, date, date-time, money, percent and count. */
final class Styles {

    final CellStyle header;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle count;

    Styles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = format(workbook, "yyyy-mm-dd");
        dateTime = format(workbook, "yyyy-mm-dd hh:mm");
        money = format(workbook, "#,##0.00");
        percent = format(workbook, "0%");
        count = format(workbook, "#,##0");
    }

    private static CellStyle format(XSSFWorkbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }
}
