package org.salesaudit.render.xlsx;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.salesaudit.render.Messages;
import org.salesaudit.report.Chart;
import org.salesaudit.report.Section;
import org.salesaudit.report.Table;

/**
 * The sheet of one produced section: its title, its figures, then each table, then the data of each
 * chart with a native chart beside it. The first table's
 * header and data get the sheet's autofilter (Excel allows one per sheet); when the section has a
 * single table, the rows down to its header are frozen.
 */
final class SectionSheet {

    /** Above this many rows a frozen pane would fill the screen; the header is then not frozen. */
    static final int MAX_FROZEN_ROWS = 15;

    private SectionSheet() {
    }

    /** @return the sheet that holds drawings: the sheet itself, or the template behind a streaming one */
    static XSSFSheet xssfSheet(Sheet sheet) {
        if (sheet instanceof XSSFSheet xssf) {
            return xssf;
        }
        SXSSFWorkbook streaming = (SXSSFWorkbook) sheet.getWorkbook();
        return streaming.getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    static void write(SheetWriter sheet, Section section, Messages messages, Currency currency) {
        sheet.text(sheet.newRow(), 0, messages.get(section.titleKey()), Role.TITLE);
        if (!section.figures().isEmpty()) {
            sheet.skipRow();
            FigureRows.write(sheet, section.figures(), messages);
        }
        List<TableWriter.Placement> placements = new ArrayList<>();
        for (Table table : section.tables()) {
            sheet.skipRow();
            placements.add(TableWriter.write(sheet, table, messages));
        }
        for (Chart chart : section.charts()) {
            sheet.skipRow();
            ChartBlock.Placement data = ChartBlock.write(sheet, chart, messages, currency);
            if (!chart.series().isEmpty() && data.lastRow() >= data.firstRow()) {
                sheet.skipTo(NativeChart.draw(xssfSheet(sheet.sheet()), chart, data, messages));
            }
        }
        if (!placements.isEmpty() && placements.get(0).lastColumn() >= 0) {
            TableWriter.Placement main = placements.get(0);
            sheet.sheet().setAutoFilter(main.filterRange());
            int frozenRows = main.headerRow() + 1;
            if (placements.size() == 1 && frozenRows <= MAX_FROZEN_ROWS) {
                sheet.sheet().createFreezePane(0, frozenRows);
            }
        }
        sheet.finish();
    }
}
